package tlacheck.eval;

import tlacheck.value.EnumSetValue;
import tlacheck.value.SetValue;
import tlacheck.value.Value;

/**
 * {@code {x \in S : P}} over a large symbolic S (such as {@code SUBSET SUBSET 1..4}), kept as a
 * test until its elements are needed, as TLC does: {@code e \in {x \in S : P}} is decided as
 * {@code e \in S /\ P(e)} instead of by listing S. The predicate is evaluated in a copy of the
 * state it was built in (it reads no primed variables), so later changes cannot leak in.
 */
final class DeferredFilter extends SetValue {
  private final SetValue domain;
  private final BinderNodes.Bound bound;
  private final Node predicate;
  private final Context snapshot;
  private final Env env;
  private EnumSetValue elements;

  DeferredFilter(SetValue domain, BinderNodes.Bound bound, Node predicate, Context ctx, Env env) {
    this.domain = domain;
    this.bound = bound;
    this.predicate = predicate;
    this.snapshot = new Context(ctx.current == null ? null : ctx.current.clone(), null, ctx.runtime);
    this.env = env;
  }

  @Override
  public boolean contains(Value element) {
    if (elements != null) {
      return elements.contains(element);
    }
    return domain.contains(element) && predicate.evalBool(snapshot, new Env(env, element));
  }

  @Override
  public boolean isEnumerable() {
    return domain.isEnumerable();
  }

  @Override
  public EnumSetValue enumerate() {
    if (elements == null) {
      Value[] all = domain.enumerate().elements();
      Value[] kept = new Value[all.length];
      int n = 0;
      for (Value element : all) {
        if (predicate.evalBool(snapshot, new Env(env, element))) {
          kept[n++] = element;
        }
      }
      elements = EnumSetValue.ofSortedPrefix(kept, n);
    }
    return elements;
  }

  @Override
  public void print(StringBuilder out) {
    enumerate().print(out);
  }
}
