package tlacheck.run;

import tlacheck.eval.ActionCall;
import tlacheck.mc.ActionLabel;
import tlacheck.mc.Model;
import tlacheck.spec.CompiledSpec;
import tlacheck.value.Value;

/**
 * A compiled TLA+ specification seen as the engine's {@link Model}: the one place where the two
 * meet. Action labels become the engine's plain records only when asked for (trace replay), so
 * the search itself pays for one call per successor and nothing else.
 */
final class SpecModel implements Model {
  private final CompiledSpec spec;

  SpecModel(CompiledSpec spec) {
    this.spec = spec;
  }

  static ActionLabel label(ActionCall call) {
    return call == null ? null
        : new ActionLabel(call.name(), call.parameterNames(), call.parameterValues(), call.span(), call.module());
  }

  @Override
  public void initialStates(Sink sink, boolean labels) {
    spec.initialStates((state, call) -> sink.accept(state, label(call)), labels);
  }

  @Override
  public int initialPrefixes(int depth) {
    return spec.initialPrefixes(depth);
  }

  @Override
  public void initialStatesPart(int depth, int part, int parts, PartSink sink) {
    spec.initialStatesPart(depth, part, parts, sink::accept);
  }

  @Override
  public void successors(Value[] state, Sink sink, boolean labels) {
    spec.successors(state, (next, call) -> sink.accept(next, label(call)), labels);
  }

  @Override
  public void beginLevel(int level) {
    spec.setLevel(level);
  }

  @Override
  public long fingerprint(Value[] state) {
    return spec.fingerprint(state);
  }

  @Override
  public void settle(Value[] state) {
    spec.settle(state);
  }

  @Override
  public boolean admitsInitial(Value[] state) {
    return spec.satisfiesConstraints(state);
  }

  @Override
  public boolean constrainsSteps() {
    return spec.hasConstraints();
  }

  @Override
  public boolean admitsStep(Value[] from, Value[] to, long changed) {
    return spec.satisfiesConstraintsAfterStep(to, changed) && spec.satisfiesActionConstraints(from, to);
  }

  @Override
  public int invariantCount() {
    return spec.invariantCount();
  }

  @Override
  public String invariantName(int index) {
    return spec.invariantName(index);
  }

  @Override
  public boolean invariantHolds(int index, Value[] state) {
    return spec.invariantHolds(index, state);
  }

  @Override
  public boolean invariantHoldsInitially(int index, Value[] state) {
    return spec.invariantHoldsInitially(index, state);
  }

  @Override
  public boolean invariantHoldsAfterStep(int index, Value[] state, long changed) {
    return spec.invariantHoldsAfterStep(index, state, changed);
  }

  @Override
  public boolean invariantsArePure() {
    return spec.invariantsArePure();
  }
}
