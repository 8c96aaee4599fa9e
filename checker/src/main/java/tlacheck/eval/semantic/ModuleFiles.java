package tlacheck.eval.semantic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;

/**
 * Finds the file of a module, where TLC finds it: {@code Name.tla} in the spec's own folder, else
 * in each entry of the library path in order (TLC's {@code -DTLA-Library}). An entry is a folder,
 * or a {@code .jar} or {@code .zip} file whose {@code .tla} files are read from inside, at its
 * root: where the CommunityModules jar holds them, and where TLC looks for modules in the jars on
 * its class path (a module in a folder of the jar is not found, by TLC either). Entries that do not
 * exist are skipped, as TLC skips them.
 *
 * <p>Checked against TLC 2.18: a module in the spec's folder wins over one of the same name on the
 * library path, and the first library entry that has it wins over later ones (the golden
 * {@code lang/LibraryPath}). TLC itself reads folders from {@code -DTLA-Library} and jars from its
 * class path, after those folders; here both are entries of one path, searched in the order given.
 */
final class ModuleFiles {
  /** The CommunityModules, for a hint when one of them is not found (their names only). */
  private static final Set<String> COMMUNITY_MODULES = Set.of("BagsExt", "Bitwise", "Combinatorics", "CSV",
      "DifferentialEquations", "DyadicRationals", "FiniteSetsExt", "Folds", "Functions", "FunctionTheorems", "GraphViz",
      "Graphs", "HTML", "IOUtils", "Json", "Quorum", "Relation", "SequencesExt", "SequencesExtTheorems", "ShiViz",
      "Statistics", "SVG", "UndirectedGraphs", "VectorClocks", "FiniteSetsExtTheorems", "FoldsTheorems",
      "BagsTheorems");

  private final Path folder;
  private final List<Path> library;

  ModuleFiles(Path folder, List<Path> library) {
    this.folder = folder;
    this.library = List.copyOf(library);
  }

  /**
   * The file of module {@code name}, named as errors show it ({@code lib/cm.jar!/SequencesExt.tla}
   * in an archive), or null if neither the folder nor the library path has one.
   */
  SourceFile find(String name, Span requestedAt) {
    Path file = folder.resolve(name + ".tla");
    if (Files.isRegularFile(file)) {
      return read(file, requestedAt);
    }
    for (Path entry : library) {
      if (Files.isDirectory(entry)) {
        Path inLibrary = entry.resolve(name + ".tla");
        if (Files.isRegularFile(inLibrary)) {
          return read(inLibrary, requestedAt);
        }
      } else if (isArchive(entry) && Files.isRegularFile(entry)) {
        SourceFile inArchive = readEntry(entry, name, requestedAt);
        if (inArchive != null) {
          return inArchive;
        }
      }
    }
    return null;
  }

  /** A file to parse (the root module or one found here), named as errors show it. */
  static SourceFile read(Path file, Span requestedAt) {
    try {
      return new SourceFile(displayName(file), Files.readString(file));
    } catch (IOException e) {
      throw new TlaError(TlaError.Kind.IO, requestedAt, "cannot read " + file + ": " + e.getMessage());
    }
  }

  /**
   * The error for a module found nowhere, at the name that asks for it (TLC's exit code 150, as
   * TLC's "Cannot find source file for module"), with where it was looked for.
   */
  TlaError notFound(String name, String importer, Span requestedAt) {
    StringBuilder message = new StringBuilder("cannot find module " + name + ", used in module " + importer
        + ": no file " + name + ".tla beside the spec");
    if (!library.isEmpty()) {
      List<String> entries = new ArrayList<>();
      for (Path entry : library) {
        entries.add(entry + (Files.exists(entry) ? "" : " (does not exist)"));
      }
      message.append(" or on the library path (").append(String.join(", ", entries)).append(")");
    }
    message.append(", and no standard module of that name");
    if (COMMUNITY_MODULES.contains(name)) {
      message.append("; ").append(name).append(" is one of the TLA+ CommunityModules: put their folder or .jar on the"
          + " library path with --lib DIR (or -DTLA-Library, TLA_PATH, TLA_LIBRARY)");
    } else if (library.isEmpty()) {
      message.append(" (modules elsewhere are found with --lib DIR)");
    }
    return new TlaError(TlaError.Kind.SEMANTIC, requestedAt, message.toString());
  }

  private static boolean isArchive(Path entry) {
    String name = entry.getFileName() == null ? "" : entry.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".jar") || name.endsWith(".zip");
  }

  /** Module {@code name} of an archive, read from its root (where TLC reads it), or null if the archive has none. */
  private static SourceFile readEntry(Path archive, String name, Span requestedAt) {
    String entryName = name + ".tla";
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      ZipEntry entry = zip.getEntry(entryName);
      if (entry == null || entry.isDirectory()) {
        return null;
      }
      try (InputStream in = zip.getInputStream(entry)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new SourceFile(displayName(archive) + "!/" + entryName, text);
      }
    } catch (IOException e) {
      throw new TlaError(TlaError.Kind.IO, requestedAt, "cannot read the library " + archive + ": " + e.getMessage());
    }
  }

  /** A path as errors show it: relative to the working directory when it lies under it. */
  static String displayName(Path file) {
    if (file.getFileName() == null) {
      return file.toString();
    }
    try {
      Path cwd = Path.of("").toAbsolutePath();
      Path absolute = file.toAbsolutePath();
      return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : file.toString();
    } catch (RuntimeException e) {
      return file.toString();
    }
  }
}
