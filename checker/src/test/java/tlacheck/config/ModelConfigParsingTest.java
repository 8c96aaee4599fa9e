package tlacheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tlacheck.source.SourceFile;
import tlacheck.source.TlaError;

class ModelConfigParsingTest {
  private static ModelConfig parse(String text) {
    return ConfigParser.parse(new SourceFile("M.cfg", text));
  }

  @Test
  void readsTlcSections() {
    ModelConfig c = parse("""
        \\* a comment
        (* a block (* nested *) comment *)
        CONSTANTS
          N = 3
          Procs = {p1, p2}
          Name = "x"
          Flag = FALSE
          Pair = <<1, a>>
          Op <- MyOp
          Nat <- [Naturals] NatOverride
        INIT Init
        NEXT Next
        INVARIANTS TypeOK Safe
        INVARIANT Other
        CONSTRAINT Bound
        ACTION_CONSTRAINT Step
        CHECK_DEADLOCK FALSE
        """);
    assertEquals("Init", c.init().name());
    assertEquals("Next", c.next().name());
    assertNull(c.specification());
    assertEquals(3, c.invariants().size());
    assertEquals("Bound", c.constraints().get(0).name());
    assertEquals("Step", c.actionConstraints().get(0).name());
    assertEquals(Boolean.FALSE, c.checkDeadlock());
    assertEquals(7, c.constants().size());
    assertEquals(3, assertInstanceOf(ModelConfig.IntConst.class, c.constants().get(0).value()).value());
    ModelConfig.SetConst procs = assertInstanceOf(ModelConfig.SetConst.class, c.constants().get(1).value());
    assertEquals("p1", assertInstanceOf(ModelConfig.ModelValueConst.class, procs.elements().get(0)).name());
    assertEquals("x", assertInstanceOf(ModelConfig.StringConst.class, c.constants().get(2).value()).value());
    assertInstanceOf(ModelConfig.BoolConst.class, c.constants().get(3).value());
    assertInstanceOf(ModelConfig.TupleConst.class, c.constants().get(4).value());
    assertEquals("MyOp", c.constants().get(5).substitute());
    assertEquals("Naturals", c.constants().get(6).module());
  }

  @Test
  void unknownKeyword_isAnErrorWithPosition() {
    TlaError e = assertThrows(TlaError.class, () -> parse("INIT Init\nFROBNICATE X\n"));
    assertEquals(TlaError.Kind.CONFIG, e.kind());
    assertTrue(e.render().startsWith("M.cfg:2:1: unknown keyword 'FROBNICATE'"), e.render());
  }

  @Test
  void badCheckDeadlockValue_isAnError() {
    TlaError e = assertThrows(TlaError.class, () -> parse("CHECK_DEADLOCK maybe\n"));
    assertTrue(e.getMessage().contains("TRUE or FALSE"), e.getMessage());
  }
}
