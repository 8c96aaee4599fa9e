package tlacheck.spec;

import java.util.ArrayList;
import java.util.List;
import tlacheck.config.ModelConfig;
import tlacheck.eval.Context;
import tlacheck.eval.Node;
import tlacheck.source.TlaError;
import tlacheck.value.BoolValue;
import tlacheck.value.Value;

/**
 * What TLC checks of the configuration before anything else (before the assumptions): each
 * INVARIANT, PROPERTY, CONSTRAINT and ACTION_CONSTRAINT that mentions no variable is evaluated
 * once, and one equal to FALSE stops the run ("The invariant of Inv is equal to FALSE", exit
 * 151); then an INIT or NEXT that mentions no variable ("The next state action Next cannot be a
 * constant."). One that is TRUE, is not a Boolean, or fails to evaluate is left to the search,
 * which fails on it there as on any other (TLC 2.18, lang/ConstantPredicates).
 */
final class ConstantPredicates {
  /** One named predicate of the configuration, with the word TLC uses for its kind. */
  private record Entry(String kind, ModelConfig.Named name, Node predicate) {}

  private final List<Entry> predicates = new ArrayList<>();
  private final List<Entry> relations = new ArrayList<>();

  /** Notes a predicate of the configuration; kinds are checked in the order TLC checks them. */
  void predicate(String kind, ModelConfig.Named name, Node predicate) {
    predicates.add(new Entry(kind, name, predicate));
  }

  /** Notes INIT ("initial predicate") or NEXT ("next state action"), which may not be constants. */
  void relation(String kind, ModelConfig.Named name, Node formula) {
    relations.add(new Entry(kind, name, formula));
  }

  /** Throws the configuration error TLC reports first, if any. */
  void check(Context ctx) {
    for (String kind : new String[] {"invariant", "property", "constraint", "action constraint"}) {
      for (Entry e : predicates) {
        if (e.kind.equals(kind) && e.predicate.level == Node.CONSTANT && isFalse(e.predicate, ctx)) {
          throw SpecLoader.configError(e.name.span(), "The " + kind + " of " + e.name.name() + " is equal to FALSE");
        }
      }
    }
    for (Entry e : relations) {
      if (e.predicate.level == Node.CONSTANT) {
        throw SpecLoader.configError(e.name.span(), "The " + e.kind + " " + e.name.name() + " cannot be a constant.");
      }
    }
  }

  /** Whether a constant predicate is FALSE; one that fails to evaluate is not (its error comes in the search). */
  private static boolean isFalse(Node predicate, Context ctx) {
    Value v;
    try {
      v = predicate.eval(ctx, null);
    } catch (TlaError | tlacheck.value.ValueException | StackOverflowError e) {
      return false;
    }
    return v == BoolValue.FALSE || v instanceof BoolValue b && !b.value();
  }
}
