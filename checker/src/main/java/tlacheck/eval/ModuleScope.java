package tlacheck.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import tlacheck.syntax.ast.Module;

/**
 * The names visible inside one module (its own definitions, what it extends or instantiates)
 * and the subset it exports to modules that extend it (everything but LOCAL definitions).
 */
final class ModuleScope {
  /** What a global name means. */
  sealed interface Symbol permits VariableSymbol, ConstantSymbol, DefinitionSymbol, BuiltinSymbol {}

  record VariableSymbol(int slot, String name) implements Symbol {}

  /** A CONSTANT; the model configuration gives it a value or an operator to stand for it. */
  static final class ConstantSymbol implements Symbol {
    final String name;
    final int arity;
    tlacheck.value.Value value;
    UserOp substitute;

    ConstantSymbol(String name, int arity) {
      this.name = name;
      this.arity = arity;
    }
  }

  record DefinitionSymbol(UserOp op) implements Symbol {}

  record BuiltinSymbol(Builtins.Op op) implements Symbol {}

  final String name;
  final Module module;
  final Map<String, Symbol> visible = new LinkedHashMap<>();
  final Map<String, Symbol> exported = new LinkedHashMap<>();

  ModuleScope(String name, Module module) {
    this.name = name;
    this.module = module;
  }
}
