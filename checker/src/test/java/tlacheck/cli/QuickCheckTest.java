package tlacheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * QuickCheck binds plain arguments of {@code check} without picocli: every binding it makes must
 * be the one picocli makes, and everything else must be left to picocli.
 */
class QuickCheckTest {
  /** Every annotated field of the command, by name: what an argument vector set. */
  private static Map<String, Object> bound(CheckCommand command) throws IllegalAccessException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : CheckCommand.class.getDeclaredFields()) {
      if (f.isAnnotationPresent(CommandLine.Option.class) || f.isAnnotationPresent(CommandLine.Parameters.class)) {
        values.put(f.getName(), f.get(command));
      }
    }
    return values;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "check Spec.tla",
      "check dir/Spec.tla --config Other.cfg --workers 2 --quiet",
      "check --workers=auto Spec.tla -deadlock --json out.json",
      "check -config C.cfg -workers 3 Spec.tla",
      "check Spec.tla --no-deadlock --check-deadlock --all-properties --diff --lanes t --itf a.itf "
          + "--trace-html t.html --debug",
      "check --config=a.cfg --lanes=thread Spec.tla --workers=1",
      "check Spec.tla --lib a --lib=b.jar --quiet --lib c"})
  void plainArgumentsAreBoundAsPicocliBindsThem(String line) throws Exception {
    String[] args = line.split(" ");
    CheckCommand quick = QuickCheck.bind(args);
    assertNotNull(quick, line);
    CheckCommand viaPicocli = new CheckCommand();
    new CommandLine(viaPicocli).parseArgs(java.util.Arrays.copyOfRange(args, 1, args.length));
    assertEquals(bound(viaPicocli), bound(quick), line);
  }

  /** Every name of every option the annotations declare, alone and with a value if it takes one. */
  @Test
  void everyDeclaredOptionIsBoundAsPicocliBindsIt() throws Exception {
    int names = 0;
    for (Field f : CheckCommand.class.getDeclaredFields()) {
      CommandLine.Option option = f.getAnnotation(CommandLine.Option.class);
      if (option == null) {
        continue;
      }
      boolean flag = f.getType() == boolean.class;
      for (String name : option.names()) {
        names++;
        assertEquals(!flag, CheckCommand.takesValue(name), name);
        String[] forms = flag ? new String[] {"check Spec.tla " + name}
            : new String[] {"check Spec.tla " + name + " 3", "check " + name + "=3 Spec.tla"};
        for (String line : forms) {
          plainArgumentsAreBoundAsPicocliBindsThem(line);
        }
      }
    }
    assertEquals(16, names, "the options of check (update takesValue and bindOption for a new one)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "check",
      "check --help",
      "check -h Spec.tla",
      "check --version",
      "check Spec.tla --bogus",
      "check Spec.tla --workers",
      "check Spec.tla --workers x",
      "check Spec.tla --config",
      "check Spec.tla --config --quiet",
      "check A.tla B.tla",
      "check Spec.tla --quiet --quiet",
      "check Spec.tla --config=a.cfg --config b.cfg",
      "check Spec.tla --quiet=true",
      "check --quiet",
      "parse Spec.tla",
      "check Spec.tla --json="})
  void anythingElseIsLeftToPicocli(String line) {
    assertNull(QuickCheck.bind(line.split(" ")), line);
  }
}
