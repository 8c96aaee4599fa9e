package tlacheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tlacheck.json.Json;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.TraceStep;
import tlacheck.run.SpecModels;
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;

/** The lane (thread) view, the story, ITF and HTML renderings of a small two-thread deadlock. */
class TraceViewsTest {
  @TempDir
  Path dir;

  /**
   * Two threads take two locks in opposite order; the shortest deadlock is 5 states:
   * t1 takes a, t2 takes b, t1 waits for b, t2 waits for a (or the symmetric order).
   */
  private static final String SPEC = """
      ---- MODULE Locks ----
      CONSTANT Threads
      VARIABLES holder, pc
      First(t) == IF t = CHOOSE x \\in Threads : TRUE THEN "a" ELSE "b"
      Init == holder = [l \\in {"a", "b"} |-> "none"] /\\ pc = [t \\in Threads |-> "start"]
      Take(t) == /\\ pc[t] = "start"
                 /\\ holder[First(t)] = "none"
                 /\\ holder' = [holder EXCEPT ![First(t)] = t]
                 /\\ pc' = [pc EXCEPT ![t] = "second"]
      WaitSecond(t) == /\\ pc[t] = "second"
                       /\\ pc' = [pc EXCEPT ![t] = "waiting"]
                       /\\ UNCHANGED holder
      Next == \\E t \\in Threads : Take(t) \\/ WaitSecond(t)
      ====
      """;

  private List<TraceStep> deadlockTrace(String[] variables) throws Exception {
    Path tla = dir.resolve("Locks.tla");
    Files.writeString(tla, SPEC);
    Path cfg = dir.resolve("Locks.cfg");
    Files.writeString(cfg, "CONSTANT Threads = {t1, t2}\nINIT Init\nNEXT Next\n");
    CompiledSpec spec = SpecLoader.load(tla, cfg, System.out);
    System.arraycopy(spec.variableNames(), 0, variables, 0, variables.length);
    CheckResult result = Explorer.check(SpecModels.of(spec), SpecModels.options(true, false, 1), Explorer.Progress.NONE);
    return result.first().trace();
  }

  @Test
  void laneView_putsEachStepInItsThreadsColumn() throws Exception {
    String[] variables = new String[2];
    List<TraceStep> trace = deadlockTrace(variables);
    assertEquals(5, trace.size());
    assertEquals("t", LaneView.guessLane(trace));
    String view = LaneView.render(trace, "t");
    String[] lines = view.split("\n");
    assertTrue(lines[0].contains("t = t1") && lines[0].contains("t = t2"), view);
    // Each action row has text in exactly one lane column.
    for (int i = 3; i < lines.length; i++) {
      String[] cells = lines[i].split("\\|");
      long filled = java.util.Arrays.stream(cells).skip(1).filter(c -> !c.isBlank()).count();
      assertEquals(1, filled, view);
    }
    assertTrue(view.contains("WaitSecond [waits]"), view);
  }

  @Test
  void laneGuess_needsOneModelValueParameterInEveryStep() {
    assertNull(LaneView.guessLane(List.of(new TraceStep(null, new tlacheck.value.Value[0]))));
  }

  @Test
  void story_hasOneLinePerStepWithChanges() throws Exception {
    String[] variables = new String[2];
    List<TraceStep> trace = deadlockTrace(variables);
    String story = StoryText.render(trace, variables, "t");
    String[] lines = story.split("\n");
    assertEquals(5, lines.length);
    assertTrue(lines[0].equals("1. start"), story);
    assertTrue(lines[1].matches("2\\. t[12]: Take — holder = .*; pc = .*"), story);
  }

  @Test
  @SuppressWarnings("unchecked")
  void itf_hasMetaVarsAndOneStatePerStep() throws Exception {
    String[] variables = new String[2];
    List<TraceStep> trace = deadlockTrace(variables);
    Map<String, Object> itf = (Map<String, Object>) Json.parse(Json.write(ItfTrace.of(trace, variables, "Deadlock")));
    assertEquals("ITF", ((Map<String, Object>) itf.get("#meta")).get("format"));
    assertEquals(List.of("holder", "pc"), itf.get("vars"));
    List<Object> states = (List<Object>) itf.get("states");
    assertEquals(5, states.size());
    Map<String, Object> first = (Map<String, Object>) states.get(0);
    Map<String, Object> holder = (Map<String, Object>) first.get("holder");
    assertEquals("none", holder.get("a"), "records become JSON objects");
    Map<String, Object> pc = (Map<String, Object>) first.get("pc");
    assertTrue(pc.containsKey("#map"), "functions on model values become #map");
  }

  @Test
  void html_isWellFormedWithLanesStepsAndHighlightedViolation() throws Exception {
    String[] variables = new String[2];
    List<TraceStep> trace = deadlockTrace(variables);
    String html = HtmlTrace.render("Deadlock reached.", trace, variables, "t");
    assertTrue(!html.contains("<script") && !html.contains("http://") || html.contains("xmlns=\"http://"));
    assertTrue(!html.contains("src="), "no external resources");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    int lanes = 0;
    int steps = 0;
    int violating = 0;
    for (int i = 0; i < groups.getLength(); i++) {
      String cls = ((Element) groups.item(i)).getAttribute("class");
      lanes += cls.equals("lane") ? 1 : 0;
      steps += cls.startsWith("step") ? 1 : 0;
      violating += cls.contains("violating") ? 1 : 0;
    }
    assertEquals(2, lanes);
    assertEquals(5, steps);
    assertEquals(1, violating);
    assertEquals("Deadlock reached.", doc.getElementsByTagName("h1").item(0).getTextContent());
  }

  @Test
  void junit_marksFailuresWithTheirReason() throws Exception {
    String xml = JunitReport.render(List.of(
        new JunitReport.Case("specs.Naive", "NoDeadlock", 0.5, null, null),
        new JunitReport.Case("specs.Naive", "result", 1.0, "traceLength: expected 6, got 7", "details")));
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertEquals("2", doc.getDocumentElement().getAttribute("tests"));
    assertEquals("1", doc.getDocumentElement().getAttribute("failures"));
    assertEquals("traceLength: expected 6, got 7",
        ((Element) doc.getElementsByTagName("failure").item(0)).getAttribute("message"));
  }
}
