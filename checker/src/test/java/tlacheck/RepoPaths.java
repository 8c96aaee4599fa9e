package tlacheck;

import java.nio.file.Path;

/** Where the repository's specs/ and examples/ are, for tests (surefire sets tlacheck.repo). */
public final class RepoPaths {
  private RepoPaths() {}

  public static Path root() {
    String property = System.getProperty("tlacheck.repo");
    return Path.of(property != null ? property : "..").toAbsolutePath().normalize();
  }
}
