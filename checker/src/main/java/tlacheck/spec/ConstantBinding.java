package tlacheck.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tlacheck.config.ModelConfig;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.PointwiseOperator;
import tlacheck.eval.UserOp;
import tlacheck.eval.compile.Compiler;
import tlacheck.eval.semantic.ModuleLoader;
import tlacheck.eval.stdlib.StandardModules;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.syntax.ast.OperatorSpelling;
import tlacheck.syntax.ast.Unit;
import tlacheck.value.BoolValue;
import tlacheck.value.EnumSetValue;
import tlacheck.value.IntValue;
import tlacheck.value.ModelValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;

/**
 * The model configuration's CONSTANT lines bound to the spec: values (model values among them),
 * {@code C <- Op} substitutions (also of standard-module operators), and the module-scoped
 * {@code C <- [M] Op} and {@code C = [M] v}.
 */
final class ConstantBinding {
  private ConstantBinding() {}

  static void bindConstants(ModelConfig config, ModuleLoader loader, ModuleScope root, Compiler compiler) {
    Map<String, ModelValue> modelValues = new HashMap<>();
    Map<String, Map<PointwiseOperator.Arguments, Value>> pointwise = new LinkedHashMap<>();
    Map<String, ModelConfig.ConstantAssignment> firstPoint = new HashMap<>();
    for (ModelConfig.ConstantAssignment given : config.constants()) {
      ModelConfig.ConstantAssignment a = canonical(given);
      if (!a.arguments().isEmpty()) {
        Value[] point = new Value[a.arguments().size()];
        for (int i = 0; i < point.length; i++) {
          point[i] = toValue(a.arguments().get(i), modelValues);
        }
        pointwise.computeIfAbsent(a.name(), n -> new LinkedHashMap<>())
            .put(new PointwiseOperator.Arguments(point), toValue(a.value(), modelValues));
        firstPoint.putIfAbsent(a.name(), a);
        continue;
      }
      UserOp target = null;
      if (a.substitute() != null) {
        target = Compiler.definition(root, a.substitute());
        if (target == null && root.visible.get(a.substitute()) instanceof ModuleScope.BuiltinSymbol builtin) {
          target = builtinWrapper(a.substitute(), builtin.op().arity(), a.span(), root); // Plus <- +
        }
        if (target == null) {
          throw SpecLoader.configError(a.span(), "the substitution " + a.name() + " <- " + a.substitute()
              + " names no definition of the spec");
        }
      }
      Value value = a.value() == null ? null : toValue(a.value(), modelValues);
      if (a.module() != null) {
        bindInModule(a, loader, target, value);
        continue;
      }
      ModuleScope.ConstantSymbol constant = loader.constants.get(a.name());
      UserOp definition = Compiler.definition(root, a.name());
      if (constant == null && definition == null && target != null && isBuiltin(a.name())) {
        // Nat <- NatOverride: replaces the built-in operator everywhere, as TLC's overrides do.
        compiler.builtinOverrides.put(a.name(), target);
        continue;
      }
      if (constant == null && definition == null) {
        continue; // TLC ignores assignments to names the spec does not declare.
      }
      if (constant != null) {
        constant.substitute = target;
        constant.value = value;
      } else {
        definition.substitute = target;
        definition.overrideValue = value;
      }
    }
    for (Map.Entry<String, Map<PointwiseOperator.Arguments, Value>> e : pointwise.entrySet()) {
      bindPointwise(firstPoint.get(e.getKey()), e.getValue(), loader, root);
    }
  }

  /** The assignment with its names in their canonical spelling ({@code (+)} is {@code \oplus}). */
  private static ModelConfig.ConstantAssignment canonical(ModelConfig.ConstantAssignment a) {
    return new ModelConfig.ConstantAssignment(OperatorSpelling.canonical(a.name()), a.arguments(), a.value(),
        a.substitute() == null ? null : OperatorSpelling.canonical(a.substitute()), a.module(), a.span());
  }

  /** {@code F(0) = 1  F(1) = 5}: the operator constant F becomes the table of its points. */
  private static void bindPointwise(ModelConfig.ConstantAssignment first, Map<PointwiseOperator.Arguments, Value> points,
      ModuleLoader loader, ModuleScope root) {
    ModuleScope.ConstantSymbol constant = loader.constants.get(first.name());
    if (constant == null) {
      return; // TLC ignores assignments to names the spec does not declare.
    }
    int arity = first.arguments().size();
    if (constant.arity != arity) {
      throw SpecLoader.configError(first.span(), "the constant " + first.name() + " takes " + constant.arity
          + " arguments, but the configuration gives it points of " + arity);
    }
    String[] params = new String[arity];
    for (int i = 0; i < arity; i++) {
      params[i] = "arg" + (i + 1);
    }
    UserOp table = new UserOp(first.name(), params, new int[arity], first.span(), root.name, null);
    table.scope = root;
    table.body = new PointwiseOperator(first.span(), first.name(), arity, points);
    constant.substitute = table;
  }

  /**
   * {@code Plus <- +}: a definition that applies a built-in operator to its parameters, compiled on
   * first use like any other (its parameter names are ones no TLA+ identifier can clash with).
   */
  private static UserOp builtinWrapper(String symbol, int arity, Span span, ModuleScope root) {
    List<Unit.Param> params = new ArrayList<>();
    List<Expr> args = new ArrayList<>();
    String[] names = new String[arity];
    for (int i = 0; i < arity; i++) {
      names[i] = "_" + symbol.hashCode() + "_arg" + i;
      params.add(new Unit.Param(names[i], 0));
      args.add(new Expr.Apply(names[i], List.of(), span));
    }
    Unit.OpDef definition = new Unit.OpDef(symbol, params, new Expr.Apply(symbol, args, span), false, span);
    UserOp op = new UserOp(symbol, names, new int[arity], span, root.name, definition);
    op.scope = root;
    return op;
  }

  static boolean isBuiltin(String name) {
    for (String module : StandardModules.names()) {
      if (StandardModules.module(module).containsKey(name)) {
        return true;
      }
    }
    return false;
  }

  /** {@code C <- [M] D} or {@code C = [M] v}: the definition C of module M, in every instance of M. */
  static void bindInModule(ModelConfig.ConstantAssignment a, ModuleLoader loader, UserOp target, Value value) {
    boolean found = false;
    for (UserOp op : loader.definitions) {
      if (op.module.equals(a.module()) && op.name.equals(a.name())) {
        op.substitute = target;
        op.overrideValue = value;
        found = true;
      }
    }
    if (!found) {
      throw SpecLoader.configError(a.span(), "module " + a.module() + " has no definition " + a.name()
          + " to replace (or the spec does not use module " + a.module() + ")");
    }
  }

  static Value toValue(ModelConfig.ConfigValue v, Map<String, ModelValue> modelValues) {
    if (v instanceof ModelConfig.IntConst i) {
      return IntValue.of(i.value());
    }
    if (v instanceof ModelConfig.StringConst s) {
      return StringValue.of(s.value());
    }
    if (v instanceof ModelConfig.BoolConst b) {
      return BoolValue.of(b.value());
    }
    if (v instanceof ModelConfig.ModelValueConst m) {
      return modelValues.computeIfAbsent(m.name(), ModelValue::of);
    }
    if (v instanceof ModelConfig.SetConst s) {
      Value[] elements = new Value[s.elements().size()];
      for (int i = 0; i < elements.length; i++) {
        elements[i] = toValue(s.elements().get(i), modelValues);
      }
      return EnumSetValue.of(elements);
    }
    ModelConfig.TupleConst t = (ModelConfig.TupleConst) v;
    Value[] elements = new Value[t.elements().size()];
    for (int i = 0; i < elements.length; i++) {
      elements[i] = toValue(t.elements().get(i), modelValues);
    }
    return TupleValue.of(elements);
  }
}
