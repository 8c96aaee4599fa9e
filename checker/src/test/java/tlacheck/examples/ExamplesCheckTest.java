package tlacheck.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tlacheck.json.Json;
import tlacheck.mc.CheckResult;
import tlacheck.mc.Explorer;
import tlacheck.mc.Violation;
import tlacheck.run.SpecModels;
import tlacheck.spec.CompiledSpec;
import tlacheck.spec.SpecLoader;

/** Runs every model of examples/manifest.json through the checker and compares with the manifest. */
class ExamplesCheckTest {
  static Path repo() {
    return tlacheck.RepoPaths.root();
  }

  @TestFactory
  @SuppressWarnings("unchecked")
  List<DynamicTest> everyExampleGivesTheManifestResult() throws IOException {
    Path folder = repo().resolve("examples");
    Map<String, Object> manifest = (Map<String, Object>) Json.parse(Files.readString(folder.resolve("manifest.json")));
    List<DynamicTest> tests = new ArrayList<>();
    for (Object m : (List<Object>) manifest.get("modules")) {
      Map<String, Object> module = (Map<String, Object>) m;
      for (Object o : (List<Object>) module.get("models")) {
        Map<String, Object> model = (Map<String, Object>) o;
        tests.add(DynamicTest.dynamicTest(String.valueOf(model.get("name")), () -> {
          Path spec = folder.resolve((String) module.get("path"));
          Path cfg = folder.resolve((String) model.get("path"));
          CompiledSpec compiled = SpecLoader.load(spec, cfg, new PrintStream(new ByteArrayOutputStream()));
          CheckResult result = Explorer.check(SpecModels.of(compiled),
              SpecModels.options(compiled.checkDeadlock(), false, 1), Explorer.Progress.NONE);
          String expected = (String) model.get("result");
          Violation first = result.first();
          String actual = first == null ? "success"
              : first.kind() == Violation.Kind.DEADLOCK ? "deadlock failure" : "safety failure";
          assertEquals(expected, actual, first == null ? "" : String.valueOf(first.message()));
          if (first == null) {
            assertEquals(model.get("distinctStates"), result.stats().distinct());
            assertEquals(model.get("totalStates"), result.stats().generated());
            assertEquals(model.get("stateDepth"), (long) result.stats().depth());
          } else {
            assertEquals(model.get("traceLength"), (long) first.trace().size());
            if (model.containsKey("violated")) {
              assertEquals(model.get("violated"), first.name());
            }
          }
        }));
      }
    }
    return tests;
  }
}
