package tlacheck.examples;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * examples/BoundedQueue/BoundedQueue.tla with BoundedQueue.cfg (Producers = {p1, p2}, Consumers =
 * {c1, c2}, Capacity = 3, MaxSent = 3, CONSTRAINT SendLimit). Producers and consumers are the
 * indices 0 and 1.
 */
final class BoundedQueueOracle implements OracleModel<BoundedQueueOracle.Queue> {

  /** A message [from |-> p, seq |-> n]. */
  record Msg(int from, int seq) {}

  /** A producer record [state |-> "ready" or "blocked", sent |-> n]. */
  record Prod(String state, int sent) {}

  /** VARIABLES buf, prod, got (got.get(c).get(p) is got[c][p]). */
  record Queue(List<Msg> buf, List<Prod> prod, List<List<Integer>> got) {}

  private static final int PRODUCERS = 2;
  private static final int CONSUMERS = 2;
  private static final int CAPACITY = 3;
  private static final int MAX_SENT = 3;

  // Init == buf = <<>> /\ prod = [p \in Producers |-> [state |-> "ready", sent |-> 0]]
  //         /\ got = [c \in Consumers |-> [p \in Producers |-> 0]]
  @Override
  public List<Queue> initialStates() {
    Prod ready = new Prod("ready", 0);
    return List.of(new Queue(List.of(), List.of(ready, ready), List.of(List.of(0, 0), List.of(0, 0))));
  }

  // Next == \/ \E p \in Producers : SendOne(p) \/ SendTwo(p) \/ Block(p)
  //         \/ \E c \in Consumers : TakeOne(c) \/ TakeTwo(c)
  @Override
  public List<Queue> successors(Queue s) {
    List<Queue> out = new ArrayList<>();
    List<Msg> buf = s.buf();
    for (int p = 0; p < PRODUCERS; p++) {
      Prod me = s.prod().get(p);
      // SendOne(p) == prod[p].state = "ready" /\ Len(buf) < Capacity
      //   /\ buf' = Append(buf, M(p, prod[p].sent + 1))
      //   /\ prod' = [prod EXCEPT ![p].sent = @ + 1] /\ UNCHANGED got
      if (me.state().equals("ready") && buf.size() < CAPACITY) {
        out.add(new Queue(append(buf, new Msg(p, me.sent() + 1)),
            OracleModel.except(s.prod(), p, new Prod(me.state(), me.sent() + 1)), s.got()));
      }
      // SendTwo(p) == prod[p].state = "ready" /\ Len(buf) + 2 <= Capacity
      //   /\ LET n == prod[p].sent IN buf' = buf \o <<M(p, n + 1), M(p, n + 2)>>
      //   /\ prod' = [prod EXCEPT ![p].sent = @ + 2] /\ UNCHANGED got
      if (me.state().equals("ready") && buf.size() + 2 <= CAPACITY) {
        int n = me.sent();
        out.add(new Queue(append(append(buf, new Msg(p, n + 1)), new Msg(p, n + 2)),
            OracleModel.except(s.prod(), p, new Prod(me.state(), me.sent() + 2)), s.got()));
      }
      // Block(p) == prod[p].state = "ready" /\ Len(buf) = Capacity
      //   /\ prod' = [prod EXCEPT ![p].state = "blocked"] /\ UNCHANGED <<buf, got>>
      if (me.state().equals("ready") && buf.size() == CAPACITY) {
        out.add(new Queue(buf, OracleModel.except(s.prod(), p, new Prod("blocked", me.sent())),
            s.got()));
      }
    }
    for (int c = 0; c < CONSUMERS; c++) {
      // TakeOne(c) == buf # <<>>
      //   /\ LET m == Head(buf) IN got' = [got EXCEPT ![c][m.from] = @ + 1]
      //   /\ buf' = Tail(buf) /\ prod' = WakeAll
      if (!buf.isEmpty()) {
        List<List<Integer>> got = increment(s.got(), c, buf.get(0).from());
        out.add(new Queue(List.copyOf(buf.subList(1, buf.size())), wakeAll(s.prod()), got));
      }
      // TakeTwo(c) == Len(buf) >= 2
      //   /\ LET two == SubSeq(buf, 1, 2)
      //      IN got' = [got EXCEPT ![c][two[1].from] = @ + 1, ![c][two[2].from] = @ + 1]
      //   /\ buf' = SubSeq(buf, 3, Len(buf)) /\ prod' = WakeAll
      if (buf.size() >= 2) {
        // The two updates apply one after the other, so the same producer counts twice.
        List<List<Integer>> got = increment(s.got(), c, buf.get(0).from());
        got = increment(got, c, buf.get(1).from());
        out.add(new Queue(List.copyOf(buf.subList(2, buf.size())), wakeAll(s.prod()), got));
      }
    }
    return out;
  }

  // WakeAll == [p \in Producers |-> [prod[p] EXCEPT !.state = "ready"]]
  private static List<Prod> wakeAll(List<Prod> prod) {
    return prod.stream().map(r -> new Prod("ready", r.sent())).toList();
  }

  private static List<Msg> append(List<Msg> seq, Msg m) {
    List<Msg> out = new ArrayList<>(seq);
    out.add(m);
    return List.copyOf(out);
  }

  // [got EXCEPT ![c][p] = @ + 1]
  private static List<List<Integer>> increment(List<List<Integer>> got, int c, int p) {
    return OracleModel.except(got, c, OracleModel.except(got.get(c), p, got.get(c).get(p) + 1));
  }

  // SendLimit == \A p \in Producers : prod[p].sent <= MaxSent
  @Override
  public boolean withinConstraint(Queue s) {
    return s.prod().stream().allMatch(r -> r.sent() <= MAX_SENT);
  }

  @Override
  public LinkedHashMap<String, Predicate<Queue>> invariants() {
    LinkedHashMap<String, Predicate<Queue>> invariants = new LinkedHashMap<>();
    // TypeOK == Len(buf) <= Capacity /\ \A i \in 1 .. Len(buf) : buf[i] \in Msg /\ ...
    invariants.put("TypeOK", s -> s.buf().size() <= CAPACITY
        && s.buf().stream().allMatch(m -> m.seq() >= 0)
        && s.prod().stream().allMatch(r -> r.sent() >= 0
            && (r.state().equals("ready") || r.state().equals("blocked")))
        && s.got().stream().flatMap(List::stream).allMatch(n -> n >= 0));
    // NothingLost == \A p \in Producers : prod[p].sent = InBuffer(p) + Received(p)
    invariants.put("NothingLost", s -> {
      for (int p = 0; p < PRODUCERS; p++) {
        int self = p;
        long inBuffer = s.buf().stream().filter(m -> m.from() == self).count();
        long received = 0;
        for (int c = 0; c < CONSUMERS; c++) {
          received += s.got().get(c).get(p);
        }
        if (s.prod().get(p).sent() != inBuffer + received) {
          return false;
        }
      }
      return true;
    });
    // FifoOrder == \A i, j \in 1 .. Len(buf) :
    //                (i < j /\ buf[i].from = buf[j].from) => buf[i].seq < buf[j].seq
    invariants.put("FifoOrder", s -> {
      for (int i = 0; i < s.buf().size(); i++) {
        for (int j = i + 1; j < s.buf().size(); j++) {
          Msg a = s.buf().get(i);
          Msg b = s.buf().get(j);
          if (a.from() == b.from() && !(a.seq() < b.seq())) {
            return false;
          }
        }
      }
      return true;
    });
    // BlockedOnlyWhenFull == \A p \in Producers : prod[p].state = "blocked" => Len(buf) = Capacity
    invariants.put("BlockedOnlyWhenFull", s -> s.prod().stream()
        .allMatch(r -> !r.state().equals("blocked") || s.buf().size() == CAPACITY));
    return invariants;
  }

  @Override
  public List<String> cfgFacts() {
    return List.of("Producers\\s*=\\s*\\{\\s*p1\\s*,\\s*p2\\s*\\}",
        "Consumers\\s*=\\s*\\{\\s*c1\\s*,\\s*c2\\s*\\}", "Capacity\\s*=\\s*3\\s*$",
        "MaxSent\\s*=\\s*3\\s*$", "SPECIFICATION\\s+Spec\\s", "CONSTRAINT\\s+SendLimit",
        "INVARIANTS\\s+TypeOK\\s+NothingLost\\s+FifoOrder\\s+BlockedOnlyWhenFull");
  }
}
