package tlacheck.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tlacheck.eval.compile.Compiler;
import tlacheck.eval.semantic.ModuleLoader;
import tlacheck.source.Span;
import tlacheck.syntax.ast.Expr;
import tlacheck.value.Value;

/** Evaluates constant expressions through the whole front end and compares their printed values. */
class EvaluatorTest {
  @TempDir
  Path dir;

  private Value eval(String expression) throws IOException {
    Path file = dir.resolve("T.tla");
    Files.writeString(file, "---- MODULE T ----\nEXTENDS Integers, Sequences, FiniteSets, TLC\n"
        + "Double(x) == 2 * x\nApplyTo(F(_), v) == F(v)\nfact[n \\in Nat] == IF n = 0 THEN 1 ELSE n * fact[n - 1]\n"
        + "E == " + expression + "\n====\n");
    ModuleLoader loader = new ModuleLoader(dir);
    ModuleScope root = loader.loadRoot(file);
    Compiler compiler = new Compiler();
    Node node = compiler.compile(new Expr.Apply("E", List.of(), Span.NONE), root, null);
    if (!compiler.errors().isEmpty()) {
      throw compiler.errors().get(0);
    }
    Context ctx = new Context(new Value[0], null, new RunServices(new PrintStream(java.io.OutputStream.nullOutputStream()), 0));
    return node.eval(ctx, null);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiterString = " ==> ", textBlock = """
      1 + 2 * 3 ==> 7
      -7 \\div 2 ==> -3
      -7 % 3 ==> 2
      2 ^ 10 ==> 1024
      {3, 1, 2} \\cup {5} ==> {1, 2, 3, 5}
      {1, 2, 3} \\ {2} ==> {1, 3}
      {x \\in 1..10 : x % 3 = 0} ==> {3, 6, 9}
      {x * x : x \\in 1..3} ==> {1, 4, 9}
      SUBSET {1, 2} ==> {{}, {1}, {2}, {1, 2}}
      UNION {{1}, {2, 3}} ==> {1, 2, 3}
      UNION {{5, 1}, {2, 3}, {}, {3, 5}, {1, 4}, {0}, {6, -1}} ==> {-1, 0, 1, 2, 3, 4, 5, 6}
      UNION {{<<1, 2>>, <<0, 1>>}, {<<0, 9>>}, {<<1, 2>>, <<1, 0>>}} ==> {<<0, 1>>, <<0, 9>>, <<1, 0>>, <<1, 2>>}
      <<UNION {}, UNION {{}}, UNION {{}, {2}}>> ==> <<{}, {}, {2}>>
      <<{1, 2, 3} \\cap {3, 2}, {1, 2} \\cap {1, 2}, {<<2, 1>>, <<1, 2>>, <<1, 1>>} \\ {<<1, 2>>}>> ==> <<{2, 3}, {1, 2}, {<<1, 1>>, <<2, 1>>}>>
      {<<2, 1>>, <<1, 3>>, <<1, 2>>, <<-1, 5>>} ==> {<<-1, 5>>, <<1, 2>>, <<1, 3>>, <<2, 1>>}
      <<{1, 3, 5, 7} \\ {0, 3, 4, 7, 9}, {1, 3, 5, 7} \\cap {0, 3, 4, 7, 9}, {8, 9} \\ {1, 2}, {1, 2} \\cap {8, 9}>> ==> <<{1, 5}, {3, 7}, {8, 9}, {}>>
      <<{"a", "b", "c"} \\ {"b"}, {"a", "b", "c"} \\cap {"c", "d"}, {<<1, 2>>, <<0, 5>>} \\ {<<0, 5>>}>> ==> <<{"a", "c"}, {"c"}, {<<1, 2>>}>>
      <<{1, 2} \\ 1..10, 1..10 \\ {3, 4}, {2, 11} \\cap 1..10, {5} \\ (0..1000 \\ {5})>> ==> <<{}, {1, 2, 5, 6, 7, 8, 9, 10}, {2}, {5}>>
      Cardinality({1, 2} \\X {3, 4, 5}) ==> 6
      [x \\in 1..3 |-> x * x] ==> <<1, 4, 9>>
      [x \\in {"a", "b"} |-> 0] ==> [a |-> 0, b |-> 0]
      [[a |-> 1, b |-> 2] EXCEPT !.a = @ + 10] ==> [a |-> 11, b |-> 2]
      [<<1, <<2, 3>> >> EXCEPT ![2][1] = 9] ==> <<1, <<9, 3>>>>
      [r \\in {1} |-> [x |-> 0]][1].x ==> 0
      LET r == [a |-> 1] IN <<r \\in [a : {1}], r \\in [a : {2}], r \\in [a : {1}]>> ==> <<TRUE, FALSE, TRUE>>
      LET s == <<1, 2>> IN <<s \\in Seq({1, 2}), s \\in Seq({1}), s \\in [1..2 -> {1, 2}], s \\in [1..2 -> {2}]>> ==> <<TRUE, FALSE, TRUE, FALSE>>
      DOMAIN [a |-> 1, b |-> 2] ==> {"a", "b"}
      Append(<<1>>, 2) \\o <<3>> ==> <<1, 2, 3>>
      SubSeq(<<1, 2, 3, 4>>, 2, 3) ==> <<2, 3>>
      SelectSeq(<<1, 2, 3, 4>>, LAMBDA x : x > 2) ==> <<3, 4>>
      Head(Tail(<<1, 2, 3>>)) ==> 2
      Len("hello") ==> 5
      <<1, 2>> \\in Seq({1, 2}) ==> TRUE
      <<5 \\in Nat \\cap Int, -1 \\in Nat \\cap Int, -1 \\in Int \\cap (Int \\ Nat), 3 \\in Nat \\cap {3}>> ==> <<TRUE, FALSE, TRUE, TRUE>>
      [y \\in 1..2 |-> 0] \\in [1..2 -> Nat] ==> TRUE
      CHOOSE x \\in 1..10 : x * x > 20 ==> 5
      \\A x \\in 1..3 : \\E y \\in 1..3 : y > x ==> FALSE
      \\E <<a, b>> \\in {<<1, 2>>} : a < b ==> TRUE
      LET f(x) == x + 1 IN f(f(1)) ==> 3
      CASE 1 > 2 -> "a" [] 2 > 1 -> "b" ==> "b"
      IF 1 < 2 THEN "yes" ELSE "no" ==> "yes"
      ApplyTo(Double, 21) ==> 42
      fact[5] ==> 120
      (1 :> "a") @@ (2 :> "b") ==> <<"a", "b">>
      ToString(<<1, "x">>) ==> "<<1, \\"x\\">>"
      Cardinality(Permutations({1, 2, 3})) ==> 6
      SortSeq(<<3, 1, 2>>, LAMBDA a, b : a < b) ==> <<1, 2, 3>>
      {1, 2} \\subseteq {1, 2, 3} ==> TRUE
      LET sum[S \\in SUBSET {1, 2, 3}] == IF S = {} THEN 0 ELSE LET m == CHOOSE m \\in S : TRUE IN m + sum[S \\ {m}] IN sum[{1, 2, 3}] ==> 6
      """)
  void evaluates(String expression, String expected) throws IOException {
    assertEquals(expected, eval(expression).toString());
  }

  @Test
  void errors_nameTheExpressionAndTheValues() {
    EvalException e = assertThrows(EvalException.class, () -> eval("<<1, 2>>[3]"));
    assertTrue(e.getMessage().contains("not in its domain"), e.getMessage());
    EvalException sum = assertThrows(EvalException.class, () -> eval("1 + {}"));
    assertTrue(sum.getMessage().contains("expects an integer"), sum.getMessage());
    EvalException choose = assertThrows(EvalException.class, () -> eval("CHOOSE x \\in {1} : x > 1"));
    assertTrue(choose.getMessage().contains("CHOOSE found no element"), choose.getMessage());
    EvalException infinite = assertThrows(EvalException.class, () -> eval("\\E x \\in Nat : x > 1"));
    assertTrue(infinite.getMessage().contains("infinite"), infinite.getMessage());
  }

  @Test
  void argumentsAreLazy_likeTlc() throws IOException {
    assertEquals("0", eval("LET F(c, v) == IF c THEN v ELSE 0 IN F(FALSE, <<>>[1])").toString());
  }
}
