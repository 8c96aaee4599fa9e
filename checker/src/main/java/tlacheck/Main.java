package tlacheck;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import tlacheck.cli.CheckCommand;
import tlacheck.cli.ExitCode;
import tlacheck.cli.ParseCommand;
import tlacheck.cli.SuiteCommand;

/** The command-line entry point: runs a subcommand and exits with its code. */
@Command(name = "tlacheck", mixinStandardHelpOptions = true, version = "tlacheck 0.1",
    description = "An explicit-state model checker for TLA+.",
    subcommands = {CheckCommand.class, SuiteCommand.class, ParseCommand.class})
public final class Main {
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (no System.exit, for tests). */
  public static int run(String... args) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (debug) {
        e.printStackTrace();
      } else {
        System.err.println("tlacheck: internal error: " + e + " (run with --debug for the stack trace)");
      }
      return ExitCode.INTERNAL.code;
    });
    if (args.length == 0) {
      cli.usage(System.out);
      return ExitCode.SYSTEM.code;
    }
    return cli.execute(args);
  }
}
