package tlacheck.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.Module;

/**
 * The names visible inside one module (its own definitions, what it extends or instantiates)
 * and the subset it exports to modules that extend it (everything but LOCAL definitions).
 *
 * <p>A module read through {@code INSTANCE} gets a scope of its own for each instantiation: its
 * CONSTANTs and VARIABLEs become {@link SubstitutionSymbol}s (expressions of the instantiating
 * module), and its definitions are fresh {@link UserOp}s compiled under those substitutions.
 * Definitions of an instance {@code N(p) == INSTANCE M} take the instance parameters as hidden
 * leading parameters, the scope's <em>frame</em>; nested parameterised instances append to it.
 */
public final class ModuleScope {
  /** What a global name means. */
  public sealed interface Symbol
      permits VariableSymbol, ConstantSymbol, DefinitionSymbol, BuiltinSymbol, SubstitutionSymbol, InstanceSymbol {}

  public record VariableSymbol(int slot, String name) implements Symbol {}

  /** A CONSTANT; the model configuration gives it a value or an operator to stand for it. */
  public static final class ConstantSymbol implements Symbol {
    public final String name;
    public final int arity;
    public tlacheck.value.Value value;
    public UserOp substitute;

    public ConstantSymbol(String name, int arity) {
      this.name = name;
      this.arity = arity;
    }
  }

  public record DefinitionSymbol(UserOp op) implements Symbol {}

  public record BuiltinSymbol(BuiltinOp op) implements Symbol {}

  /**
   * A CONSTANT or VARIABLE of an instantiated module: {@code replacement} (from {@code WITH name <- e},
   * or the same name when no substitution is written) is read in {@code replacementScope}, with the
   * instance's frame as its only local bindings.
   */
  public static final class SubstitutionSymbol implements Symbol {
    public final String name;
    public final int arity;
    public final Expr replacement;
    public final ModuleScope replacementScope;
    /** The frame the replacement is compiled in: the instance scope's frame names. */
    public final String[] frameNames;
    public Node compiled;
    public boolean compiling;
    /**
     * Whether the replacement is impure (see {@link Compiler#impure}): found when it is compiled,
     * the first time it is used, and passed on to every definition that uses it.
     */
    public boolean impure;
    /** Shared by the uses of a substitution that may keep its value per state; null until needed. */
    public PerStateMemo kept;

    public SubstitutionSymbol(String name, int arity, Expr replacement, ModuleScope replacementScope, String[] frameNames) {
      this.name = name;
      this.arity = arity;
      this.replacement = replacement;
      this.replacementScope = replacementScope;
      this.frameNames = frameNames;
    }
  }

  /** {@code N == INSTANCE M} or {@code N(p, q) == INSTANCE M}: {@code N!Op} names Op of {@code scope}. */
  public record InstanceSymbol(String name, ModuleScope scope, int paramCount, Span span) implements Symbol {}

  public final String name;
  final Module module;
  public final Map<String, Symbol> visible = new LinkedHashMap<>();
  public final Map<String, Symbol> exported = new LinkedHashMap<>();
  /**
   * Where each global name other than a standard module's was declared, defined or imported in
   * this module's text: a local binder may not reuse a name declared before it (see
   * {@link Compiler}), but may reuse one that is only declared later.
   */
  public final Map<String, tlacheck.source.Span> declaredAt = new java.util.HashMap<>();
  /**
   * Names of the hidden leading parameters of every definition here (empty outside parameterised
   * instances). Only the instance's own parameters are nameable, and only in its substitutions.
   */
  public final String[] frameNames;

  public ModuleScope(String name, Module module) {
    this(name, module, new String[0]);
  }

  public ModuleScope(String name, Module module, String[] frameNames) {
    this.name = name;
    this.module = module;
    this.frameNames = frameNames;
  }

  public int frame() {
    return frameNames.length;
  }
}
