package tlacheck.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The library path of a run: the folders and {@code .jar}/{@code .zip} files where modules that
 * are not beside the spec are looked for (e.g. the TLA+ CommunityModules), from wherever a TLA+
 * user puts it, in this order:
 * <ol>
 *   <li>{@code --lib DIR} options, in the order given (each may also be a path list);
 *   <li>the Java property {@code TLA-Library}, TLC's own ({@code java -DTLA-Library=a:b -jar ...}, or
 *       {@code TLACHECK_JAVA_OPTS=-DTLA-Library=...} for the launcher);
 *   <li>the environment variables {@code TLA_PATH} (read by Apalache) and {@code TLA_LIBRARY}.
 * </ol>
 * Each is a list separated by the platform's path separator ({@code :} on Unix, as TLC reads
 * {@code TLA-Library}); empty entries are ignored, relative ones are taken from the working
 * directory, and an entry met twice keeps its first place. TLC 2.18 reads only
 * {@code -DTLA-Library}; the rest are conveniences, and they come after it so that a run given
 * TLC's settings finds what TLC finds.
 */
final class LibraryPath {
  static final String PROPERTY = "TLA-Library";
  static final List<String> VARIABLES = List.of("TLA_PATH", "TLA_LIBRARY");

  private LibraryPath() {}

  /** The library path of this process: {@code options} (may be null), then the property, then the variables. */
  static List<Path> of(List<Path> options) {
    return of(options, System.getProperty(PROPERTY), System.getenv());
  }

  /** The library path from {@code --lib} options (may be null), the property's value (may be null) and an environment. */
  static List<Path> of(List<Path> options, String property, Map<String, String> environment) {
    Set<Path> entries = new LinkedHashSet<>();
    if (options != null) {
      for (Path option : options) {
        addAll(entries, option.toString());
      }
    }
    addAll(entries, property);
    for (String variable : VARIABLES) {
      addAll(entries, environment.get(variable));
    }
    return List.copyOf(new ArrayList<>(entries));
  }

  private static void addAll(Set<Path> entries, String pathList) {
    if (pathList == null) {
      return;
    }
    for (String entry : pathList.split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        entries.add(Path.of(entry.strip()).toAbsolutePath().normalize());
      }
    }
  }
}
