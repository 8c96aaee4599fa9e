package tlacheck.cli;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Binds the arguments of {@code check} to a {@link CheckCommand} without starting picocli, when
 * they are plain: options the command declares, each at most once, with a value where it takes
 * one, and the spec.
 *
 * <p>Why: picocli's start-up costs about 0.1 s on every run, as much as checking a small model.
 * Its classes are compiled for Java 5, which the class-data-sharing archive cannot hold, so each
 * run loads some 170 of them from the jar and runs their set-up in the interpreter.
 *
 * <p>The options are read from the command's own annotations, so they are defined once. For
 * anything else (help, version, an unknown or repeated option, a missing or second spec, a value
 * that is missing or not one the command accepts) {@link #bind} returns null, and picocli parses
 * the arguments and reports on them as before. QuickCheckTest checks that every binding made
 * here is the one picocli makes.
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
    } catch (ReflectiveOperationException | RuntimeException e) { // e.g. InvalidPathException
      return null; // Picocli parses and reports.
    }
  }

  private static CheckCommand bindOrNull(String[] args) throws ReflectiveOperationException {
    Map<String, Field> options = new HashMap<>();
    Field positional = null;
    for (Field f : CheckCommand.class.getDeclaredFields()) {
      Option o = f.getAnnotation(Option.class);
      Parameters p = f.getAnnotation(Parameters.class);
      if (o != null) {
        Class<?> type = f.getType();
        if (!o.arity().isEmpty() || !o.split().isEmpty() || o.negatable()
            || type != boolean.class && type != String.class && type != Path.class) {
          return null;
        }
        for (String name : o.names()) {
          options.put(name, f);
        }
      } else if (p != null) {
        if (positional != null || !p.index().equals("0") || f.getType() != Path.class) {
          return null;
        }
        positional = f;
      }
    }
    if (positional == null) {
      return null;
    }
    CheckCommand command = new CheckCommand();
    Set<Field> given = new HashSet<>();
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
      Field f = options.get(name);
      if (f == null || !given.add(f)) {
        return null;
      }
      if (f.getType() == boolean.class) {
        if (equals > 0) {
          return null;
        }
        f.setBoolean(command, true);
        continue;
      }
      String value;
      if (equals > 0) {
        value = arg.substring(equals + 1);
      } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
        value = args[++i];
      } else {
        return null;
      }
      f.set(command, convert(f, value));
    }
    if (spec == null || spec.isEmpty()) {
      return null;
    }
    positional.set(command, Path.of(spec));
    String noDefault = (String) Option.class.getMethod("defaultValue").getDefaultValue();
    for (Field f : new HashSet<>(options.values())) {
      String defaultValue = f.getAnnotation(Option.class).defaultValue();
      if (!given.contains(f) && !defaultValue.equals(noDefault)) {
        f.set(command, convert(f, defaultValue));
      }
    }
    return command.acceptsWorkers() ? command : null;
  }

  private static Object convert(Field f, String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("empty value");
    }
    return f.getType() == Path.class ? Path.of(value) : value;
  }
}
