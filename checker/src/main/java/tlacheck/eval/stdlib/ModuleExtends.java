package tlacheck.eval.stdlib;

/**
 * The EXTENDS of a CommunityModules module: the operators of the modules it extends are its own
 * too (a spec that EXTENDS Graphs sees SequencesExt's operators, as with TLC). A module named
 * here that is not registered in {@link StandardModules} is skipped (SequencesExt, Relation and
 * Functions, written in a change of their own, are registered now).
 */
final class ModuleExtends {
  private ModuleExtends() {}

  static void extend(OperatorTable table, String... modules) {
    for (String module : modules) {
      if (StandardModules.module(module) != null) {
        table.extend(module);
      }
    }
  }
}
