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
 * <p><b>A registered module and a file of the same name: TLC's overrides.</b> TLC reads every
 * module from a {@code .tla} file, its standard modules included, and then replaces the
 * definitions that it implements in Java (its "overrides"). tlacheck does the same, with this
 * registry as the Java (the ModuleLoader decides; checked with TLC 2.18, goldens
 * {@code lang/JavaOverrides}, {@code lang/OverridesOnlyReplace}, {@code lang/LibraryPath}):
 * <ol>
 *   <li>A module is looked for as a file {@code Name.tla}: beside the spec, then on the library
 *       path in order ({@code --lib}, {@code -DTLA-Library}, {@code TLA_PATH}, {@code TLA_LIBRARY};
 *       folders, {@code .jar} and {@code .zip} files).
 *   <li>A module found as a file is parsed, whether or not it is registered here, and its TLA+
 *       definitions are its meaning; but when its name is registered, each of its definitions
 *       (LOCAL ones too) with the name, the number of parameters and the arity of each parameter
 *       of an operator registered for that module is replaced by that operator: every use, inside
 *       the module too, calls the Java, and the TLA+ body is never compiled. A registered operator
 *       that the file does not define is not added (a user's {@code Naturals.tla} without
 *       {@code -} has no {@code -}); a definition with other parameters keeps its TLA+ meaning
 *       (TLC: so for its CommunityModules overrides; for its own standard modules it replaces
 *       by name alone and fails when such a definition is applied).
 *   <li>A registered module found nowhere as a file is used as built in: every operator
 *       registered for it, as if its file defined exactly those. This is the usual case for
 *       TLC's standard modules, and lets a CommunityModule implemented here be used without its
 *       file (where TLC would report the module missing).
 * </ol>
 * So a CommunityModule (e.g. SequencesExt) implemented here should register the operators that
 * TLC's CommunityModules jar implements in Java, under the names and parameters of the module's
 * {@code .tla}: with the CommunityModules on the library path, those replace the TLA+ definitions
 * and the rest of the module is interpreted from its TLA+; without them, the registered operators
 * are the whole module. A single operator can still be replaced in the model's configuration
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
