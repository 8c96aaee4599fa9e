package tlacheck;

import picocli.CommandLine.Command;
import picocli.CommandLine;
import tlacheck.cli.BenchCommand;
import tlacheck.cli.CheckCommand;
import tlacheck.cli.ExitCode;
import tlacheck.cli.ParseCommand;
import tlacheck.cli.QuickCheck;
import tlacheck.cli.SuiteCommand;

/** The command-line entry point: runs a subcommand and exits with its code. */
@Command(name = "tlacheck", mixinStandardHelpOptions = true, version = "tlacheck 0.1",
    description = "An explicit-state model checker for TLA+.")
public final class Main {
  /**
   * The subcommands, registered by code rather than by annotation: picocli inspects a command
   * by reflection when it is registered, so a run registers only the command it names (about
   * 40 ms less start-up; all of them only for usage and unknown names).
   */
  private static final String[] COMMANDS = {"check", "suite", "parse", "bench"};

  private static Object command(String name) {
    switch (name) {
      case "check": return new CheckCommand();
      case "suite": return new SuiteCommand();
      case "parse": return new ParseCommand();
      default: return new BenchCommand();
    }
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line and returns the exit code (no System.exit, for tests), on a thread
   * with a deep stack for deep recursions in specs ({@link tlacheck.eval.EvalThreads}).
   */
  public static int run(String... args) {
    return tlacheck.eval.EvalThreads.call(() -> runHere(args));
  }

  private static int runHere(String[] args) {
    boolean debug = java.util.Arrays.asList(args).contains("--debug");
    try {
      // Plain arguments to check, the common case, are bound without picocli's start-up.
      CheckCommand quick = QuickCheck.bind(args);
      if (quick != null) {
        try {
          return quick.call();
        } catch (Exception e) {
          return internalError(e, debug);
        }
      }
      return withPicocli(args, debug);
    } catch (OutOfMemoryError e) {
      // The search reports its own ("state space too large", with statistics); this is the last
      // resort for a heap too small to start one.
      System.err.println("tlacheck: the Java heap is exhausted (" + (Runtime.getRuntime().maxMemory() >> 20)
          + " MiB; give more with -Xmx)");
      return ExitCode.STATE_SPACE_TOO_LARGE.code;
    } catch (StackOverflowError e) {
      // Evaluation reports its own (with a location and a trace); this is the last resort, e.g.
      // in the liveness checker's exploration.
      System.err.println("tlacheck: " + tlacheck.eval.EvalException.stackOverflow(null).getMessage());
      return ExitCode.EVALUATION.code;
    }
  }

  private static int withPicocli(String[] args, boolean debug) {
    CommandLine cli = new CommandLine(new Main());
    boolean known = args.length > 0 && java.util.Arrays.asList(COMMANDS).contains(args[0]);
    for (String name : COMMANDS) {
      if (!known || name.equals(args[0])) {
        cli.addSubcommand(name, command(name));
      }
    }
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> internalError(e, debug));
    if (args.length == 0) {
      cli.usage(System.out);
      return ExitCode.SYSTEM.code;
    }
    return cli.execute(args);
  }

  private static int internalError(Exception e, boolean debug) {
    if (debug) {
      e.printStackTrace();
    } else {
      System.err.println("tlacheck: internal error: " + e + " (run with --debug for the stack trace)");
    }
    return ExitCode.INTERNAL.code;
  }
}
