package tlacheck.config;

import java.util.List;
import tlacheck.source.Span;

/**
 * A parsed TLC model configuration (.cfg). No behaviour: the compiler interprets it.
 *
 * @param init the INIT definition's name, or null
 * @param next the NEXT definition's name, or null
 * @param specification the SPECIFICATION definition's name, or null
 * @param checkDeadlock CHECK_DEADLOCK, or null when the file does not say
 */
public record ModelConfig(
    Named init,
    Named next,
    Named specification,
    List<Named> invariants,
    List<Named> properties,
    List<Named> constraints,
    List<Named> actionConstraints,
    List<ConstantAssignment> constants,
    Boolean checkDeadlock,
    Named symmetry,
    Named view,
    Named alias,
    List<Named> postconditions) {

  /** A name in the configuration with where it was written. */
  public record Named(String name, Span span) {}

  /** A constant value written in the configuration. */
  public sealed interface ConfigValue {
    Span span();
  }

  public record IntConst(int value, Span span) implements ConfigValue {}

  public record StringConst(String value, Span span) implements ConfigValue {}

  public record BoolConst(boolean value, Span span) implements ConfigValue {}

  /** An identifier on the right of {@code =}: a model value of that name. */
  public record ModelValueConst(String name, Span span) implements ConfigValue {}

  public record SetConst(List<ConfigValue> elements, Span span) implements ConfigValue {}

  public record TupleConst(List<ConfigValue> elements, Span span) implements ConfigValue {}

  /**
   * {@code C = value} ({@code value} set), or {@code C <- Op} ({@code substitute} set), optionally
   * scoped to a module as {@code C <- [M] Op}. {@code name} and {@code substitute} may be operator
   * symbols ({@code ++ <- PlusPlus}, {@code Plus <- +}). An operator constant may be given point
   * by point, {@code F(0) = 1}: then {@code arguments} holds the point (else it is empty).
   */
  public record ConstantAssignment(String name, List<ConfigValue> arguments, ConfigValue value, String substitute,
      String module, Span span) {
    public ConstantAssignment {
      arguments = List.copyOf(arguments);
    }
  }
}
