package tlacheck.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Binds the arguments of {@code check} to a {@link CheckCommand} without starting picocli, when
 * they are plain: options the command declares, each at most once (but {@code --lib}, which
 * repeats), with a value where it takes one, and the spec.
 *
 * <p>Why: picocli's start-up costs about 0.1 s on every run, as much as checking a small model.
 * Its classes are compiled for Java 5, which the class-data-sharing archive cannot hold, so each
 * run loads some 170 of them from the jar and runs their set-up in the interpreter.
 *
 * <p>For anything else (help, version, an unknown or repeated option, a missing or second spec, a
 * value that is missing or not one the command accepts) {@link #bind} returns null, and picocli
 * parses the arguments and reports on them as before. The options are those of
 * {@link CheckCommand#takesValue}; QuickCheckTest checks that every binding made here is the one
 * picocli makes from the annotations.
 */
public final class QuickCheck {
  private QuickCheck() {}

  /** A {@code check} command with {@code args} (the first is "check") bound, or null. */
  public static CheckCommand bind(String[] args) {
    if (args.length < 2 || !args[0].equals("check")) {
      return null;
    }
    try {
      return bindOrNull(args);
    } catch (RuntimeException e) { // e.g. InvalidPathException: picocli parses and reports.
      return null;
    }
  }

  private static CheckCommand bindOrNull(String[] args) {
    CheckCommand command = new CheckCommand();
    Set<String> given = new HashSet<>();
    String spec = null;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        if (spec != null) {
          return null;
        }
        spec = arg;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals > 0 ? arg.substring(0, equals) : arg;
      Boolean takesValue = CheckCommand.takesValue(name);
      if (takesValue == null) {
        return null;
      }
      String value = null;
      if (!takesValue) {
        if (equals > 0) {
          return null;
        }
      } else if (equals > 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
        value = args[++i];
      } else {
        return null;
      }
      if (value != null && value.isEmpty() || !given.add(command.bindOption(name, value))
          && !CheckCommand.repeatable(name)) {
        return null;
      }
    }
    if (spec == null || spec.isEmpty()) {
      return null;
    }
    command.spec = Path.of(spec);
    return command.acceptsWorkers() ? command : null;
  }
}
