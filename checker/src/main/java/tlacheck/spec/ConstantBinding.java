package tlacheck.spec;

import java.util.HashMap;
import java.util.Map;
import tlacheck.config.ModelConfig;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.UserOp;
import tlacheck.eval.compile.Compiler;
import tlacheck.eval.semantic.ModuleLoader;
import tlacheck.eval.stdlib.StandardModules;
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
    for (ModelConfig.ConstantAssignment a : config.constants()) {
      UserOp target = null;
      if (a.substitute() != null) {
        target = Compiler.definition(root, a.substitute());
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
