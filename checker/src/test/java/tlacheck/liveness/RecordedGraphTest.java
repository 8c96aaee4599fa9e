package tlacheck.liveness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tlacheck.RepoPaths;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.run.SpecModels;
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;

/**
 * The graph of states and steps that a one-worker search records for the liveness checker must
 * be the graph the checker explores by itself (which it still does after a search with several
 * workers): the same nodes in the same order, parents, atom bits and edges.
 */
class RecordedGraphTest {
  @TempDir
  Path dir;

  private static CompiledSpec load(Path tla, Path cfg) {
    return SpecLoader.load(tla, cfg, new PrintStream(new ByteArrayOutputStream()));
  }

  private Path resource(String module, String cfg) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/liveness/" + module + ".tla")) {
      Files.write(dir.resolve(module + ".tla"), in.readAllBytes());
    }
    Files.writeString(dir.resolve(module + ".cfg"), cfg);
    return dir.resolve(module + ".tla");
  }

  /**
   * Records a search of the model (with the atoms evaluated on the search's thread, and on a
   * second thread), explores it again, compares; returns the node count.
   */
  private static int compare(Path tla, Path cfg, boolean deadlock) {
    CompiledSpec again = load(tla, cfg);
    StateGraph explored = LivenessChecker.exploredGraph(SpecModels.of(again), again);
    int nodes = compare(explored, tla, cfg, deadlock, false);
    assertEquals(nodes, compare(explored, tla, cfg, deadlock, true));
    return nodes;
  }

  private static int compare(StateGraph explored, Path tla, Path cfg, boolean deadlock, boolean pipelined) {
    CompiledSpec spec = load(tla, cfg);
    CompiledSpec helper = pipelined ? load(tla, cfg) : null;
    LivenessChecker.Recording recording = LivenessChecker.record(SpecModels.of(spec), spec,
        helper == null ? null : SpecModels.of(helper), helper);
    CheckResult safety = Explorer.of(() -> SpecModels.of(spec), SpecModels.options(deadlock, false, 1),
        Explorer.Progress.NONE).observedBy(recording).explore();
    assertTrue(safety.success(), () -> safety.violations().toString());
    StateGraph recorded = recording.graph();
    assertEquals(explored.nodeCount, recorded.nodeCount);
    assertEquals(safety.stats().distinct(), recorded.nodeCount);
    assertEquals(explored.initialCount, recorded.initialCount);
    assertArrayEquals(explored.fingerprints, recorded.fingerprints);
    assertArrayEquals(explored.parents, recorded.parents);
    assertArrayEquals(explored.stateBits, recorded.stateBits);
    assertArrayEquals(explored.stutterBits, recorded.stutterBits);
    assertArrayEquals(explored.offsets, recorded.offsets);
    assertArrayEquals(explored.targets, recorded.targets);
    assertArrayEquals(explored.edgeBits, recorded.edgeBits);
    return recorded.nodeCount;
  }

  @Test
  void pairUnderConstraints_recordsTheExploredGraph() throws IOException {
    // x + y <= 4 from x in 0..1, y = 0: the 15 pairs with x + y <= 4 are reachable (Up and Over
    // reach every such pair, Reset only (0, 0)), and the action constraint only removes Reset steps.
    Path tla = resource("Pair", "SPECIFICATION Spec\nCONSTRAINT Small\nACTION_CONSTRAINT NoBigReset\n"
        + "PROPERTIES BackToZero YStaysSmall\n");
    assertEquals(15, compare(tla, dir.resolve("Pair.cfg"), false));
  }

  @Test
  void designWithFairThreads_recordsTheExploredGraph() {
    Path specs = RepoPaths.root().resolve("specs");
    int nodes = compare(specs.resolve("Gfs2.tla"), specs.resolve("Gfs2Progress.cfg"), false);
    assertTrue(nodes > 1000, "nodes: " + nodes);
  }
}
