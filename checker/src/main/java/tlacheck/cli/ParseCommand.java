package tlacheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tlacheck.source.SourceFile;
import tlacheck.source.TlaError;
import tlacheck.syntax.Parser;
import tlacheck.syntax.ast.Module;

/** {@code tlacheck parse Spec.tla}: the front end only, for fast feedback on syntax. */
@Command(name = "parse", mixinStandardHelpOptions = true, description = "Parse a TLA+ module and report syntax errors.")
public final class ParseCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "SPEC")
  Path spec;

  @Override
  public Integer call() {
    String text;
    try {
      text = Files.readString(spec);
    } catch (IOException e) {
      System.err.println("tlacheck: cannot read " + spec + ": " + e.getMessage());
      return ExitCode.SYSTEM.code;
    }
    try {
      Module module = Parser.parse(new SourceFile(spec.toString(), text));
      System.out.println("Parsed module " + module.name() + ": " + module.units().size() + " units.");
      return ExitCode.SUCCESS.code;
    } catch (TlaError e) {
      System.err.println(e.render());
      return ExitCode.SPEC_PARSE.code;
    }
  }
}
