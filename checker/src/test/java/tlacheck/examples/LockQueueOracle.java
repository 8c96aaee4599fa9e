package tlacheck.examples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Predicate;

/**
 * examples/LockQueue/LockQueue.tla with LockQueue.cfg (Procs = {p1, p2, p3}). The model values
 * p1, p2, p3 are the indices 0, 1, 2: like model values, they are only ever compared for equality.
 */
final class LockQueueOracle implements OracleModel<LockQueueOracle.Lock> {

  /** VARIABLES pc, queue */
  record Lock(List<String> pc, List<Integer> queue) {}

  private static final int PROCS = 3;

  // Init == pc = [p \in Procs |-> "idle"] /\ queue = <<>>
  @Override
  public List<Lock> initialStates() {
    return List.of(new Lock(List.copyOf(Collections.nCopies(PROCS, "idle")), List.of()));
  }

  // Next == \E p \in Procs : Request(p) \/ Enter(p) \/ Exit(p)
  @Override
  public List<Lock> successors(Lock s) {
    List<Lock> out = new ArrayList<>();
    for (int p = 0; p < PROCS; p++) {
      // Request(p) == pc[p] = "idle" /\ pc' = [pc EXCEPT ![p] = "waiting"]
      //               /\ queue' = Append(queue, p)
      if (s.pc().get(p).equals("idle")) {
        List<Integer> queue = new ArrayList<>(s.queue());
        queue.add(p);
        out.add(new Lock(OracleModel.except(s.pc(), p, "waiting"), List.copyOf(queue)));
      }
      // Enter(p) == pc[p] = "waiting" /\ Head(queue) = p
      //             /\ pc' = [pc EXCEPT ![p] = "critical"] /\ UNCHANGED queue
      if (s.pc().get(p).equals("waiting") && s.queue().get(0) == p) {
        out.add(new Lock(OracleModel.except(s.pc(), p, "critical"), s.queue()));
      }
      // Exit(p) == pc[p] = "critical" /\ pc' = [pc EXCEPT ![p] = "idle"] /\ queue' = Tail(queue)
      if (s.pc().get(p).equals("critical")) {
        out.add(new Lock(OracleModel.except(s.pc(), p, "idle"),
            List.copyOf(s.queue().subList(1, s.queue().size()))));
      }
    }
    return out;
  }

  @Override
  public LinkedHashMap<String, Predicate<Lock>> invariants() {
    LinkedHashMap<String, Predicate<Lock>> invariants = new LinkedHashMap<>();
    // TypeOK == pc \in [Procs -> {"idle", "waiting", "critical"}]
    //           /\ \A i \in 1 .. Len(queue) : queue[i] \in Procs
    invariants.put("TypeOK", s -> s.pc().stream()
            .allMatch(v -> List.of("idle", "waiting", "critical").contains(v))
        && s.queue().stream().allMatch(q -> 0 <= q && q < PROCS));
    // MutualExclusion == Cardinality({p \in Procs : pc[p] = "critical"}) <= 1
    invariants.put("MutualExclusion",
        s -> s.pc().stream().filter(v -> v.equals("critical")).count() <= 1);
    // QueueMatchesPc == \A p \in Procs :
    //   Cardinality({i \in 1 .. Len(queue) : queue[i] = p}) = IF pc[p] = "idle" THEN 0 ELSE 1
    invariants.put("QueueMatchesPc", s -> {
      for (int p = 0; p < PROCS; p++) {
        int self = p;
        long count = s.queue().stream().filter(q -> q == self).count();
        if (count != (s.pc().get(p).equals("idle") ? 0 : 1)) {
          return false;
        }
      }
      return true;
    });
    // CriticalIsHead == \A p \in Procs : pc[p] = "critical" => queue # <<>> /\ Head(queue) = p
    invariants.put("CriticalIsHead", s -> {
      for (int p = 0; p < PROCS; p++) {
        if (s.pc().get(p).equals("critical") && !(!s.queue().isEmpty() && s.queue().get(0) == p)) {
          return false;
        }
      }
      return true;
    });
    return invariants;
  }

  @Override
  public List<String> cfgFacts() {
    return List.of("Procs\\s*=\\s*\\{\\s*p1\\s*,\\s*p2\\s*,\\s*p3\\s*\\}", "SPECIFICATION\\s+Spec\\s",
        "INVARIANTS\\s+TypeOK\\s+MutualExclusion\\s+QueueMatchesPc\\s+CriticalIsHead");
  }
}
