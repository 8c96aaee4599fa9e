package tlacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The library path from every place a TLA+ user puts it ({@code --lib}, {@code -DTLA-Library},
 * {@code TLA_PATH}, {@code TLA_LIBRARY}), and libraries packed as a {@code .jar} or {@code .zip}.
 *
 * <p>The expected answers are TLC 2.18's for the same files: with {@code lib.jar} on its class path
 * (where TLC reads a jar's modules; it reads folders from {@code -DTLA-Library}), UsesJar extends
 * JarLib from the jar's root: x = 0..5, "6 states generated, 6 distinct states found", depth 6;
 * UsesHidden extends Hidden, which the jar holds only in its folder {@code sub/}: TLC stops with
 * exit code 150, "Cannot find source file for module Hidden imported in module UsesHidden".
 */
class LibraryPathTest {
  @TempDir
  Path dir;

  private static final String USES_JAR = """
      ---- MODULE UsesJar ----
      EXTENDS Naturals, JarLib
      VARIABLE x
      Init == x = 0
      Next == x < Limit /\\ x' = x + 1
      ====
      """;
  private static final String JAR_LIB = """
      ---- MODULE JarLib ----
      EXTENDS Naturals
      Limit == 5
      ====
      """;
  private static final String HIDDEN = """
      ---- MODULE Hidden ----
      Secret == 1
      ====
      """;
  private static final String TLC_ANSWER = """
      Model checking completed. No error has been found.
      6 states generated, 6 distinct states found, 0 states left on queue.
      The depth of the complete state graph search is 6.
      """;

  record Run(int exit, String out, String err) {}

  private Path spec(String name, String text) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("spec"));
    Files.writeString(folder.resolve(name + ".cfg"), "INIT Init\nNEXT Next\nCHECK_DEADLOCK FALSE\n");
    return Files.writeString(folder.resolve(name + ".tla"), text);
  }

  /** An archive holding JarLib.tla at its root and Hidden.tla in sub/. */
  private Path archive(String name) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("JarLib.tla"));
      zip.write(JAR_LIB.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("sub/"));
      zip.putNextEntry(new ZipEntry("sub/Hidden.tla"));
      zip.write(HIDDEN.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private static Run check(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    CheckCommand command = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    int exit = new CommandLine(command).execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void optionsComeFirstThenThePropertyThenTheVariablesEachEntryOnce() {
    Map<String, String> environment = Map.of("TLA_PATH", "e" + java.io.File.pathSeparator + "a", "TLA_LIBRARY", "f");
    List<Path> path = LibraryPath.of(List.of(Path.of("a"), Path.of("b")), "c" + java.io.File.pathSeparator + "d",
        environment);
    assertEquals(List.of("a", "b", "c", "d", "e", "f").stream().map(p -> Path.of(p).toAbsolutePath()).toList(), path);
  }

  @Test
  void emptyEntriesAndMissingSettingsAreIgnored() {
    String separator = java.io.File.pathSeparator;
    assertEquals(List.of(Path.of("x").toAbsolutePath()),
        LibraryPath.of(null, separator + "x" + separator + separator, Map.of("TLA_PATH", "")));
    assertEquals(List.of(), LibraryPath.of(null, null, Map.of()));
  }

  @Test
  void theJavaPropertyTlaLibraryIsRead() {
    String before = System.getProperty(LibraryPath.PROPERTY);
    try {
      System.setProperty(LibraryPath.PROPERTY, dir.toString());
      assertEquals(dir.toAbsolutePath(), LibraryPath.of(null).get(0));
    } finally {
      if (before == null) {
        System.clearProperty(LibraryPath.PROPERTY);
      } else {
        System.setProperty(LibraryPath.PROPERTY, before);
      }
    }
  }

  @Test
  void aJarOnTheLibraryPathIsReadAtItsRoot() throws IOException {
    Path jar = archive("lib.jar");
    Run run = check(spec("UsesJar", USES_JAR).toString(), "--lib", jar.toString());
    assertEquals(new Run(0, TLC_ANSWER, ""), run);
  }

  @Test
  void aZipFromTheJavaPropertyIsReadToo() throws IOException {
    Path zip = archive("lib.zip");
    String before = System.getProperty(LibraryPath.PROPERTY);
    try {
      System.setProperty(LibraryPath.PROPERTY, dir.resolve("nowhere") + java.io.File.pathSeparator + zip);
      assertEquals(new Run(0, TLC_ANSWER, ""), check(spec("UsesJar", USES_JAR).toString()));
    } finally {
      if (before == null) {
        System.clearProperty(LibraryPath.PROPERTY);
      } else {
        System.setProperty(LibraryPath.PROPERTY, before);
      }
    }
  }

  @Test
  void aFolderFromAnEnvironmentVariableIsSearched() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("modules"));
    Files.writeString(folder.resolve("JarLib.tla"), JAR_LIB);
    List<Path> library = LibraryPath.of(null, null, Map.of("TLA_PATH", folder.toString()));
    tlacheck.run.Outcome outcome = tlacheck.run.Pipeline.run(new tlacheck.run.Pipeline.Request(
        spec("UsesJar", USES_JAR), dir.resolve("spec/UsesJar.cfg"), 1, null, false,
        new PrintStream(new ByteArrayOutputStream()), library), tlacheck.run.Pipeline.Listener.SILENT);
    assertTrue(outcome instanceof tlacheck.run.Outcome.Success, outcome.toString());
    assertEquals(6, ((tlacheck.run.Outcome.Success) outcome).search().result().stats().distinct());
  }

  @Test
  void aModuleInAFolderOfTheJarIsNotFound() throws IOException {
    Path jar = archive("lib.jar");
    Run run = check(spec("UsesHidden", """
        ---- MODULE UsesHidden ----
        EXTENDS Hidden
        VARIABLE x
        Init == x = Secret
        Next == x' = x
        ====
        """).toString(), "--lib", jar.toString());
    assertEquals(150, run.exit());
    assertTrue(run.err().contains(":2:9: cannot find module Hidden, used in module UsesHidden: no file Hidden.tla"
        + " beside the spec or on the library path (" + jar.toAbsolutePath() + ")"), run.err());
  }
}
