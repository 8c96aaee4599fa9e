package tlacheck.eval.stdlib;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import tlacheck.eval.BuiltinOp;

/**
 * The registry of the standard modules implemented in Java: a module's name to its operator
 * table. A spec sees an operator only if it extends (or instantiates) the module that defines it.
 *
 * <p><b>Adding a module</b> (a CommunityModule such as SequencesExt or Functions, or another of
 * TLC's modules such as Randomization): write its file, a final class with
 * {@code static void define(OperatorTable)} (see {@link Naturals}), and add one
 * {@code register} line below. A module that extends another starts its definition with
 * {@code table.extend("Other")}, as {@link Integers} extends Naturals; the other module is then
 * defined first, if it was not already.
 *
 * <p><b>Which wins, this registry or a file of the same name.</b> TLC's own standard modules
 * always win: the ModuleLoader asks {@link #module} before it looks for a file, so a
 * {@code Naturals.tla} (or {@code TLC.tla}, ...) beside the spec is never read, and cannot add or
 * redefine operators. Every other module registered here (the CommunityModules) yields to a file
 * of its name beside the spec ({@link #replaceableByFile}), as TLC reads the spec's folder before
 * its library: a spec may carry its own copy, or a module of its own that happens to share the
 * name. A single operator can still be replaced in the model's configuration
 * ({@code Nat <- MyNat}); CompiledSpec handles that.
 */
public final class StandardModules {
  /**
   * Each standard module's definition, by name, in the order registered. Written only while the
   * class is initialized, which publishes it to every thread; read-only after.
   */
  private static final Map<String, Consumer<OperatorTable>> DEFINITIONS = new LinkedHashMap<>();

  static {
    register("Naturals", Naturals::define);
    register("Integers", Integers::define);
    register("Sequences", Sequences::define);
    register("FiniteSets", FiniteSets::define);
    register("TLC", Tlc::define);
    register("Bags", Bags::define);
    register("TLCExt", TlcExt::define);
    register("Folds", Folds::define);
    register("Functions", Functions::define);
    register("FiniteSetsExt", FiniteSetsExt::define);
    register("SequencesExt", SequencesExt::define);
    register("BagsExt", BagsExt::define);
    register("Relation", Relation::define);
    register("Bitwise", Bitwise::define);
  }

  /**
   * Modules are defined on first use: each definition creates a few dozen lambda classes, and a
   * small model's whole run is short enough for that to show (workers load specs concurrently).
   */
  private static final Map<String, Map<String, BuiltinOp>> DEFINED = new ConcurrentHashMap<>();

  private StandardModules() {}

  /** TLC's own standard modules: these always win over a file of the same name. */
  private static final Set<String> ALWAYS_BUILT_IN = Set.of("Naturals", "Integers", "Sequences", "FiniteSets", "TLC",
      "Bags", "TLCExt");

  /** Whether a file {@code name.tla} beside the spec is read instead of this registered module. */
  public static boolean replaceableByFile(String name) {
    return DEFINITIONS.containsKey(name) && !ALWAYS_BUILT_IN.contains(name);
  }

  private static void register(String name, Consumer<OperatorTable> definition) {
    DEFINITIONS.put(name, definition);
  }

  /**
   * The operators of the standard module {@code name}, by operator name (unmodifiable), or null
   * when no standard module has that name. Safe to call from several threads at once.
   */
  public static Map<String, BuiltinOp> module(String name) {
    Consumer<OperatorTable> definition = DEFINITIONS.get(name);
    if (definition == null) {
      return null;
    }
    Map<String, BuiltinOp> operators = DEFINED.get(name);
    if (operators == null) {
      // One lock for all modules, held while defining: a module that extends another defines
      // that one too (the lock is reentrant), and no module is defined twice.
      synchronized (DEFINED) {
        operators = DEFINED.get(name);
        if (operators == null) {
          OperatorTable table = new OperatorTable();
          definition.accept(table);
          operators = table.unmodifiable();
          DEFINED.put(name, operators);
        }
      }
    }
    return operators;
  }

  /** The names of the standard modules, in the order registered. */
  public static Set<String> names() {
    return Collections.unmodifiableSet(DEFINITIONS.keySet());
  }
}
