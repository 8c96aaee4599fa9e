package tlacheck.eval.stdlib;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p><b>Which wins, this registry or a file of the same name.</b> A module registered here
 * always wins: the ModuleLoader asks {@link #module} before it looks for a file, so a
 * {@code Naturals.tla} (or {@code TLC.tla}, ...) beside the spec is never read, and cannot add or
 * redefine operators. A module that a user's {@code .tla} should be able to define instead (an
 * "overridable" one, e.g. a CommunityModule whose {@code .tla} defines more than its Java
 * part) would need that choice made here, beside its register line, and the loader to look for
 * the file first; no module is like that today. A single operator can still be replaced in the
 * model's configuration ({@code Nat <- MyNat}); CompiledSpec handles that.
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
    register("Graphs", Graphs::define);
    register("UndirectedGraphs", UndirectedGraphs::define);
    register("IOUtils", IoUtils::define);
    register("Json", Json::define);
    register("CSV", Csv::define);
    register("SVG", Svg::define);
    register("DyadicRationals", DyadicRationals::define);
    register("Statistics", Statistics::define);
    register("VectorClocks", VectorClocks::define);
    register("Combinatorics", Combinatorics::define);
    register("Randomization", Randomization::define);
    register("Reals", Reals::define);
    register("RealTime", RealTime::define);
  }

  /**
   * Modules are defined on first use: each definition creates a few dozen lambda classes, and a
   * small model's whole run is short enough for that to show (workers load specs concurrently).
   */
  private static final Map<String, Map<String, BuiltinOp>> DEFINED = new ConcurrentHashMap<>();

  private StandardModules() {}

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

  /**
   * The VARIABLEs a standard module declares (RealTime's {@code now}): a module that extends it
   * gets them as variables of its own, as if it declared them. None for most modules.
   */
  public static List<String> variables(String module) {
    return module.equals("RealTime") ? List.of(RealTime.NOW) : List.of();
  }

  /** The names of the standard modules, in the order registered. */
  public static Set<String> names() {
    return Collections.unmodifiableSet(DEFINITIONS.keySet());
  }
}
