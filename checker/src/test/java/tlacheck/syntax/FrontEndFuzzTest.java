package tlacheck.syntax;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tlacheck.config.ConfigParser;
import tlacheck.source.SourceFile;
import tlacheck.source.TlaError;
import tlacheck.spec.SpecLoader;

/**
 * Random and mutated inputs for the front end (lexer, parser, configuration parser, module
 * loading and compilation): each must end in a result or a clean {@link TlaError}, never in
 * another exception or a hang. Inputs derive from the golden specs under {@code resources/lang}
 * by deleting, duplicating and swapping tokens, truncating, and inserting random characters,
 * plus wholly random text; the seed is fixed, so every run tries the same inputs.
 */
class FrontEndFuzzTest {
  private static final long SEED = 20240611L;
  private static final int MUTANTS_PER_SPEC = 60;
  private static final Duration LIMIT = Duration.ofSeconds(5);

  @TempDir
  Path tmp;

  private static List<Path> files(String suffix) throws IOException, URISyntaxException {
    Path root = Path.of(FrontEndFuzzTest.class.getResource("/lang").toURI());
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void mutatedSpecsParseOrFailCleanly() throws Exception {
    Random random = new Random(SEED);
    int inputs = 0;
    for (Path spec : files(".tla")) {
      String text = Files.readString(spec);
      for (int i = 0; i < MUTANTS_PER_SPEC; i++) {
        String mutant = mutate(text, random);
        assertTimeoutPreemptively(LIMIT, () -> parse(mutant), () -> "hangs on:\n" + mutant);
        inputs++;
      }
    }
    for (int i = 0; i < 600; i++) {
      String noise = randomText(random, 1 + random.nextInt(300));
      assertTimeoutPreemptively(LIMIT, () -> parse(noise), () -> "hangs on:\n" + noise);
      String framed = "---- MODULE M ----\n" + noise + "\n====\n";
      assertTimeoutPreemptively(LIMIT, () -> parse(framed), () -> "hangs on:\n" + framed);
      inputs += 2;
    }
    System.out.println("FrontEndFuzzTest: " + inputs + " spec inputs parsed");
    assertTrue(inputs > 2000);
  }

  @Test
  void mutatedConfigurationsParseOrFailCleanly() throws Exception {
    Random random = new Random(SEED + 1);
    int inputs = 0;
    for (Path cfg : files(".cfg")) {
      String text = Files.readString(cfg);
      for (int i = 0; i < 30; i++) {
        String mutant = mutate(text, random);
        assertTimeoutPreemptively(LIMIT, () -> parseConfig(mutant), () -> "hangs on:\n" + mutant);
        inputs++;
      }
    }
    System.out.println("FrontEndFuzzTest: " + inputs + " configuration inputs parsed");
    assertTrue(inputs > 500);
  }

  /** Whole loads (module loading, INSTANCE, compilation) of mutated specs with their own configuration. */
  @Test
  void mutatedSpecsLoadOrFailCleanly() throws Exception {
    Random random = new Random(SEED + 2);
    int inputs = 0;
    for (Path spec : files(".tla")) {
      Path folder = spec.getParent();
      String name = spec.getFileName().toString();
      Path cfg = folder.resolve(name.replace(".tla", ".cfg"));
      if (!Files.exists(cfg)) {
        continue;
      }
      Path copy = tmp.resolve("c" + inputs);
      Files.createDirectories(copy);
      try (Stream<Path> siblings = Files.list(folder)) {
        for (Path sibling : siblings.toList()) {
          Files.copy(sibling, copy.resolve(sibling.getFileName()));
        }
      }
      String text = Files.readString(spec);
      for (int i = 0; i < 12; i++) {
        Files.writeString(copy.resolve(name), mutate(text, random));
        String mutant = Files.readString(copy.resolve(name));
        assertTimeoutPreemptively(LIMIT, () -> load(copy.resolve(name), copy.resolve(cfg.getFileName())),
            () -> "hangs on:\n" + mutant);
        inputs++;
      }
    }
    System.out.println("FrontEndFuzzTest: " + inputs + " mutated specs loaded and compiled");
    assertTrue(inputs > 200);
  }

  private static void parse(String text) {
    try {
      Parser.parse(new SourceFile("Fuzz.tla", text));
    } catch (TlaError e) {
      assertTrue(!e.render().isEmpty());
    }
  }

  private static void parseConfig(String text) {
    try {
      ConfigParser.parse(new SourceFile("Fuzz.cfg", text));
    } catch (TlaError e) {
      assertTrue(!e.render().isEmpty());
    }
  }

  private static void load(Path spec, Path cfg) {
    try {
      SpecLoader.load(spec, cfg, new PrintStream(new ByteArrayOutputStream()));
    } catch (TlaError e) {
      assertTrue(!e.render().isEmpty());
    }
  }

  // ---------------------------------------------------------------- mutations

  static String mutate(String text, Random random) {
    List<String> tokens = tokens(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && !tokens.isEmpty(); e++) {
      int i = random.nextInt(tokens.size());
      switch (random.nextInt(6)) {
        case 0 -> tokens.remove(i);
        case 1 -> tokens.add(i, tokens.get(random.nextInt(tokens.size())));
        case 2 -> {
          int j = random.nextInt(tokens.size());
          String t = tokens.get(i);
          tokens.set(i, tokens.get(j));
          tokens.set(j, t);
        }
        case 3 -> tokens.subList(i, tokens.size()).clear();
        case 4 -> tokens.add(i, randomText(random, 1 + random.nextInt(4)));
        default -> tokens.set(i, SPECIALS[random.nextInt(SPECIALS.length)]);
      }
    }
    return String.join("", tokens);
  }

  private static final String[] SPECIALS = {"(*", "*)", "\\*", "\"", "<<", ">>", "/\\", "\\/", "!", "!2", "'",
      "LET", "IN", "INSTANCE", "WITH", "<-", "RECURSIVE", "LAMBDA", "==", "\n", "\n  /\\", "----", "====",
      "THEOREM", "<1>1.", "PROOF", "BY", "ASSUME", "PROVE", "[", "]", "{", "}", "(", ")", "99999999999999", "_",
      "EXCEPT", "@", "CASE", "[]", "->", "\\A", "\\E", ":", "|->", "SUBSET", "UNION", "\t", "\r"};

  /** Words, symbol runs and whitespace runs, so that joining them gives the text back. */
  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int start = i;
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
          i++;
        }
      } else {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))
            && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != '_') {
          i++;
        }
      }
      out.add(text.substring(start, i));
    }
    return out;
  }

  private static String randomText(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        out.append((char) random.nextInt(0x3000)); // anything, including control and non-ASCII characters
      } else if (kind < 3) {
        out.append(" \n\t".charAt(random.nextInt(3)));
      } else {
        out.append((char) (33 + random.nextInt(94)));
      }
    }
    return out.toString();
  }
}
