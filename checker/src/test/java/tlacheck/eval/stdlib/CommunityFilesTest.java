package tlacheck.eval.stdlib;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tlacheck.Main;

/**
 * The CommunityModules' file operators (Json, CSV, IOUtils, SVGSerialize) and IOUtils' commands:
 * each test writes a spec into a fresh folder ({@code DIR} in its text names the folder, as the
 * operators take absolute file names), checks it, and compares what it prints and the files it
 * writes with TLC 2.18's answer: the same spec run by the oracle with the CommunityModules on the
 * library path, its printed lines and files recorded here (the folder's name aside).
 */
class CommunityFilesTest {
  @TempDir
  Path dir;

  /** Checks {@code spec} (module M, no behaviour); its printed lines, without the closing statistics. */
  private String check(String spec) throws IOException {
    Path file = dir.resolve("M.tla");
    Files.writeString(file, spec.replace("DIR", dir.toString().replace('\\', '/')));
    Files.writeString(dir.resolve("M.cfg"), "");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream stdout = System.out;
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(o);
      exit = Main.run("check", file.toString(), "--config", dir.resolve("M.cfg").toString(), "--workers", "1");
    } finally {
      System.setOut(stdout);
    }
    String text = out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
    assertEquals(0, exit, text);
    return text.substring(0, text.indexOf("Model checking completed."));
  }

  private String file(String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void jsonFilesAsTlcWritesAndReadsThem() throws IOException {
    Files.writeString(dir.resolve("in1.json"), "{\"a\": [1, true, \"s\\u00e9\\n\", {\"z\": -3}, []], \"x\": 2.5, \"y\": \"q\"}\n");
    Files.writeString(dir.resolve("in2.json"), "  \n{\"a\":1}\n   [2, -12345678901]  \n\n\"t\"\n");
    Files.writeString(dir.resolve("in3.json"), "12345678901");
    Files.writeString(dir.resolve("in4.json"), "{\"a\": 1, \"a\": 2}");
    Files.writeString(dir.resolve("in5.json"), " [ -2.9e0 , 1E2 ] ");
    String printed = check("""
        ---- MODULE M ----
        EXTENDS Json, TLC, Integers, Sequences
        Fields == [a |-> 0, b |-> 0, k |-> 0, x |-> 0, y |-> 0, z |-> 0]
        D == "DIR/"
        ASSUME PrintT(JsonSerialize(D \\o "out1.json", <<1, [a |-> "x", b |-> <<TRUE>>], {2, 3}, "s">>))
        ASSUME PrintT(JsonSerialize(D \\o "out2.json", [a |-> 1, b |-> <<>>]))
        ASSUME PrintT(JsonSerialize(D \\o "made/deeper/out3.json", <<>>))
        ASSUME PrintT(ndJsonSerialize(D \\o "out4.json", <<1, [a |-> "x", b |-> <<TRUE>>], {2, 3}, "s">>))
        ASSUME PrintT(ndJsonSerialize(D \\o "out5.json", <<>>))
        ASSUME PrintT(JsonDeserialize(D \\o "out1.json"))
        ASSUME PrintT(JsonDeserialize(D \\o "out2.json").a)
        ASSUME PrintT(ndJsonDeserialize(D \\o "out4.json"))
        ASSUME PrintT(ndJsonDeserialize(D \\o "out5.json"))
        ASSUME PrintT(JsonDeserialize(D \\o "in1.json"))
        ASSUME PrintT(ndJsonDeserialize(D \\o "in2.json"))
        ASSUME PrintT(<<JsonDeserialize(D \\o "in3.json"), JsonDeserialize(D \\o "in4.json"), JsonDeserialize(D \\o "in5.json")>>)
        ====
        """);
    assertEquals("""
        TRUE
        TRUE
        TRUE
        TRUE
        TRUE
        <<1, [a |-> "x", b |-> <<TRUE>>], <<2, 3>>, "s">>
        1
        <<1, [a |-> "x", b |-> <<TRUE>>], <<2, 3>>, "s">>
        <<>>
        [a |-> <<1, TRUE, "sé\\n", [z |-> -3], <<>>>>, x |-> 2, y |-> "q"]
        <<[a |-> 1], <<2, 539222987>>, "t">>
        <<-539222987, [a |-> 2], <<-2, 100>>>>
        """, printed);
    assertEquals("[1,{\"a\":\"x\",\"b\":[true]},[2,3],\"s\"]", file("out1.json"));
    assertEquals("{\"a\":1,\"b\":[]}", file("out2.json"));
    assertEquals("[]", file("made/deeper/out3.json"));
    assertEquals("1\n{\"a\":\"x\",\"b\":[true]}\n[2,3]\n\"s\"\n", file("out4.json"));
    assertEquals("", file("out5.json"));
  }

  @Test
  void csvFilesAsTlcWritesAndReadsThem() throws IOException {
    Files.writeString(dir.resolve("in.csv"), "a|b|c\nd||e\nx| y \n");
    String printed = check("""
        ---- MODULE M ----
        EXTENDS CSV, TLC, Integers, Sequences
        Fields == [age |-> 0, name |-> 0, p |-> 0, q |-> 0]
        D == "DIR/"
        ASSUME PrintT(CSVRecords(D \\o "none.csv"))
        ASSUME PrintT(CSVRead(<<"p">>, "#", D \\o "none.csv"))
        ASSUME PrintT(CSVWrite("%1$s#%2$s#%3$s", <<"abc", 42, {"x", "y"}>>, D \\o "a.csv"))
        ASSUME PrintT(CSVWrite("%2$s %1$s|%s", <<"r2", <<1, 2>>>>, D \\o "a.csv"))
        ASSUME PrintT(CSVWrite("no values", <<>>, D \\o "a.csv"))
        ASSUME PrintT(CSVRecords(D \\o "a.csv"))
        ASSUME PrintT(CSVWriteRecord([age |-> 30, name |-> "Alice"], ",", TRUE, D \\o "b.csv"))
        ASSUME PrintT(CSVWriteRecord([age |-> 25, name |-> "Bob"], ",", CSVRecords(D \\o "b.csv") = 0, D \\o "b.csv"))
        ASSUME PrintT(CSVWriteRecord([age |-> <<5>>, name |-> "Carl"], ";;", TRUE, D \\o "b.csv"))
        ASSUME PrintT(CSVRecords(D \\o "b.csv"))
        ASSUME PrintT(CSVRead(<<"p", "q">>, "[,;]+", D \\o "b.csv"))
        ASSUME PrintT(CSVRead(<<"p">>, "#", D \\o "a.csv"))
        ASSUME PrintT(CSVRead(<<"p", "q">>, "[|]", D \\o "in.csv"))
        ASSUME PrintT(CSVRecords(D \\o "in.csv"))
        ====
        """);
    assertEquals("""
        0
        <<>>
        TRUE
        TRUE
        TRUE
        3
        TRUE
        TRUE
        TRUE
        5
        <<[p |-> "age", q |-> "name"], [p |-> "30", q |-> "\\"Alice\\""], [p |-> "25", q |-> "\\"Bob\\""], \
        [p |-> "age", q |-> "name"], [p |-> "<<5>>", q |-> "\\"Carl\\""]>>
        <<[p |-> "\\"abc\\""], [p |-> "<<1, 2>> \\"r2\\"|\\"r2\\""], [p |-> "no values"]>>
        <<[p |-> "a", q |-> "b"], [p |-> "d", q |-> ""], [p |-> "x", q |-> " y "]>>
        3
        """, printed);
    assertEquals("\"abc\"#42#{\"x\", \"y\"}\n<<1, 2>> \"r2\"|\"r2\"\nno values\n", file("a.csv"));
    assertEquals("age,name\n30,\"Alice\"\n25,\"Bob\"\nage;;name\n<<5>>;;\"Carl\"\n", file("b.csv"));
  }

  /** The tuple V of the spec below as TLC 2.18 writes it with IOSerialize (uncompressed). */
  private static final String TLC_SERIALIZED =
      "070012010000000101ffffffff017fffffff00010000030000030bffffffff000000000300000329ffffffff00000002616205000000"
      + "00050000000201000000010100000003070000070002010000000507000101000000060400000002030000016fffffffff0000000161"
      + "01000000010300000173ffffffff0000000162030000018fffffffff00000001780900020101000000020100000003010000000401"
      + "000000051700000001000000030500000002030000016fffffffff00000001610300000173ffffffff00000001620900020000000002"
      + "000000030100000002010000000309000101070001010000000101000000020500000002070001010000000207000201000000010100"
      + "000001";

  @Test
  void ioUtilsFilesAsTlcWritesAndReadsThem() throws IOException {
    Files.write(dir.resolve("tlc.ser"), HexFormat.of().parseHex(TLC_SERIALIZED));
    String printed = check("""
        ---- MODULE M ----
        EXTENDS IOUtils, SVG, TLC, Integers, Sequences
        D == "DIR/"
        V == <<1, -1, 2147483647, TRUE, FALSE, "", "ab", {}, {3, 1}, <<>>, <<5, <<6>>>>, [a |-> 1, b |-> "x"],
               (2 :> 3 @@ 4 :> 5), 1..3, {"b", "a"}, [x \\in 2..3 |-> x], (<<1>> :> 2), {<<2>>, <<1, 1>>}>>
        Txt == [format |-> "TXT", charset |-> "UTF-8", openOptions |-> <<"WRITE", "CREATE", "TRUNCATE_EXISTING">>]
        Show(r) == <<r.exitValue, r.stdout, r.stderr>>
        ASSUME PrintT(<<IOSerialize(V, D \\o "v.ser", FALSE), IODeserialize(D \\o "v.ser", FALSE) = V>>)
        ASSUME PrintT(<<IOSerialize(V, D \\o "vz.ser", TRUE), IODeserialize(D \\o "vz.ser", TRUE) = V>>)
        ASSUME PrintT(IOSerialize([i \\in 1..40000 |-> i % 7], D \\o "big.ser", FALSE))
        ASSUME PrintT(IODeserialize(D \\o "big.ser", FALSE) = [i \\in 1..40000 |-> i % 7])
        ASSUME PrintT(IODeserialize(D \\o "tlc.ser", FALSE) = V)
        ASSUME PrintT(IODeserialize(D \\o "tlc.ser", FALSE)[13])
        ASSUME PrintT(Show(Serialize("hello", D \\o "t.txt", Txt)))
        ASSUME PrintT(Show(Serialize(" more", D \\o "t.txt", [format |-> "TXT", charset |-> "UTF-8", openOptions |-> <<"WRITE", "APPEND">>])))
        ASSUME PrintT(Show(Deserialize(D \\o "t.txt", [format |-> "TXT", charset |-> "UTF-8"])))
        ASSUME PrintT(Show(Deserialize(D \\o "none.txt", [format |-> "TXT", charset |-> "UTF-8"]))[1])
        ASSUME PrintT(Show(Serialize("x", D \\o "nodir/t.txt", Txt))[1])
        ASSUME PrintT(Serialize(<<1, [a |-> 2]>>, D \\o "n.json", [format |-> "NDJSON", charset |-> "UTF-8", openOptions |-> <<"WRITE", "CREATE">>]))
        ASSUME PrintT(Show(SVGSerialize(Group(<<Text(1, 2, "t", <<>>)>>, [id |-> "g"]), D \\o "frame_", 7)))
        ASSUME PrintT(Show(SVGSerialize(Svg(<<>>, <<>>), D \\o "frame_", 1234)))
        ====
        """);
    assertEquals("""
        <<TRUE, TRUE>>
        <<TRUE, TRUE>>
        TRUE
        TRUE
        TRUE
        (2 :> 3 @@ 4 :> 5)
        <<0, "Finish writing to the file with success!", "">>
        <<0, "Finish writing to the file with success!", "">>
        <<0, "hello more", "">>
        1
        1
        TRUE
        <<0, "Finish writing to the file with success!", "">>
        <<0, "Finish writing to the file with success!", "">>
        """, printed);
    assertEquals("hello more", file("t.txt"));
    assertEquals("1\n{\"a\":2}\n", file("n.json"));
    assertEquals("<g id='g'><text x='1' y='2'>t</text></g>", file("frame_007.svg"));
    assertEquals("<svg></svg>", file("frame_1234.svg"));
    // What TLC reads back (checked with the oracle: IODeserialize of this file equals V).
    byte[] written = Files.readAllBytes(dir.resolve("v.ser"));
    assertArrayEquals(new byte[] {7, 0, 18}, java.util.Arrays.copyOf(written, 3), "a tuple of 18 values");
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void commandsRunWhenEnabled() throws IOException {
    String before = System.getProperty(Commands.ENABLE);
    System.setProperty(Commands.ENABLE, "true");
    try {
      String printed = check("""
          ---- MODULE M ----
          EXTENDS IOUtils, TLC, Integers, Sequences
          Show(r) == <<r.exitValue, r.stdout, r.stderr>>
          ASSUME PrintT(Show(IOExec(<<"echo", "hi">>)))
          ASSUME PrintT(Show(IOEnvExec([A |-> "x", B |-> 42], <<"sh", "-c", "echo $A$B; echo err >&2; exit 3">>)))
          ASSUME PrintT(Show(IOExecTemplate(<<"echo", "%2$s-%1$s", "%s">>, <<"a", "b">>)))
          ASSUME PrintT(Show(IOEnvExecTemplate([A |-> "q"], <<"sh", "-c", "echo $A %s">>, <<"z">>)))
          ASSUME PrintT(Show(IOExec(<<"printf", "a\\\\tb">>)))
          ====
          """);
      assertEquals("""
          <<0, "hi\\n", "">>
          <<3, "x42\\n", "err\\n">>
          <<0, "b-a a\\n", "">>
          <<0, "q z\\n", "">>
          <<0, "a\\tb", "">>
          """, printed);
    } finally {
      if (before == null) {
        System.clearProperty(Commands.ENABLE);
      } else {
        System.setProperty(Commands.ENABLE, before);
      }
    }
  }
}
