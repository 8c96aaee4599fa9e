package tlacheck.spec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tlacheck.eval.Context;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Env;
import tlacheck.eval.ModuleScope;
import tlacheck.eval.Node;
import tlacheck.eval.RunServices;
import tlacheck.eval.Thunk;
import tlacheck.eval.compile.Compiler;
import tlacheck.eval.enumerate.ActionEnumerator;
import tlacheck.eval.temporal.TemporalNodes;
import tlacheck.value.States;

/**
 * Which variables a compiled state predicate can read: a mask with {@link States#slotBit} set
 * for each variable slot, or {@link #ALL} when that cannot be bounded (ENABLED).
 *
 * <p>The caller must know that the predicate is pure (see {@link Compiler#impure}): then its
 * value in a state is a function of the variables it reads, so a predicate that held in a state
 * holds in any state with the same values of those variables.
 *
 * <p>Why reflection: the walk must not miss a child, or a needed check would be skipped in
 * silence. Listing each node class's children by hand would be one more thing to keep in step
 * with every new node class; following every field that holds compiled code cannot fall behind.
 * The walk runs once per invariant conjunct, before the search.
 */
final class VariableReads {
  static final long ALL = -1L;

  /**
   * Holders of run-time state or of whole modules: not part of an expression's code. Following a
   * {@link ModuleScope} would reach every definition of the module (still correct, but useless).
   */
  private static final Set<Class<?>> NOT_CODE = Set.of(Context.class, Env.class, RunServices.class,
      ModuleScope.class, Compiler.class, CompiledSpec.class, ActionEnumerator.class, Thunk.class);

  /** Compiled code lives in the evaluator's packages: its nodes, standard modules and temporal operators. */
  private static final String CODE_PACKAGES = "tlacheck.eval";

  private static final Map<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

  private final IdentityHashMap<Object, Boolean> visited = new IdentityHashMap<>();
  private long mask;

  private VariableReads() {}

  static long of(Node node) {
    VariableReads walk = new VariableReads();
    walk.visit(node);
    return walk.mask;
  }

  private void visit(Object o) {
    if (o == null || mask == ALL || visited.put(o, Boolean.TRUE) != null) {
      return;
    }
    if (o instanceof CoreNodes.VarRef v) {
      mask |= States.slotBit(v.slot);
      return;
    }
    if (o instanceof CoreNodes.PrimedVarRef v) {
      mask |= States.slotBit(v.slot);
      return;
    }
    if (o instanceof TemporalNodes.Enabled) {
      // Whether A is enabled depends on what A reads and on which variables it assigns.
      mask = ALL;
      return;
    }
    if (o instanceof Object[] array) {
      for (Object element : array) {
        visit(element);
      }
      return;
    }
    if (o instanceof Collection<?> collection) {
      for (Object element : new ArrayList<>(collection)) {
        visit(element);
      }
      return;
    }
    Class<?> type = o.getClass();
    if (!type.getPackageName().startsWith(CODE_PACKAGES) || NOT_CODE.contains(type)) {
      return; // Values, spans, syntax: constants as far as the state is concerned.
    }
    for (Field field : fieldsOf(type)) {
      try {
        visit(field.get(o));
      } catch (IllegalAccessException e) {
        mask = ALL; // Cannot look inside: assume the worst.
        return;
      }
    }
  }

  /** The instance fields of a class and its superclasses that may hold objects. */
  private static Field[] fieldsOf(Class<?> type) {
    return FIELDS.computeIfAbsent(type, t -> {
      List<Field> fields = new ArrayList<>();
      for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field f : c.getDeclaredFields()) {
          if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
            f.setAccessible(true);
            fields.add(f);
          }
        }
      }
      return fields.toArray(new Field[0]);
    });
  }
}
