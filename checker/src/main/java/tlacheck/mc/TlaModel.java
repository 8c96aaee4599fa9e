package tlacheck.mc;

import tlacheck.eval.CompiledSpec;
import tlacheck.value.Value;

/** A compiled TLA+ specification seen as a {@link Model}. */
public final class TlaModel implements Model {
  private final CompiledSpec spec;

  public TlaModel(CompiledSpec spec) {
    this.spec = spec;
  }

  @Override
  public String[] variableNames() {
    return spec.variableNames();
  }

  @Override
  public void initialStates(Sink sink, boolean labels) {
    spec.initialStates(sink::accept, labels);
  }

  @Override
  public void successors(Value[] state, Sink sink, boolean labels) {
    spec.successors(state, sink::accept, labels);
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
  public boolean satisfiesConstraints(Value[] state) {
    return spec.satisfiesConstraints(state);
  }

  @Override
  public boolean satisfiesActionConstraints(Value[] from, Value[] to) {
    return spec.satisfiesActionConstraints(from, to);
  }

  @Override
  public void setLevel(int level) {
    spec.setLevel(level);
  }
}
