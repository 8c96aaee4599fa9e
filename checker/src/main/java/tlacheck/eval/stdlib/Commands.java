package tlacheck.eval.stdlib;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.IllegalFormatException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import tlacheck.eval.CallNodes;
import tlacheck.eval.CoreNodes;
import tlacheck.eval.Node;
import tlacheck.value.FunctionValue;
import tlacheck.value.StringValue;
import tlacheck.value.TupleValue;
import tlacheck.value.Value;
import tlacheck.value.ValueException;

/**
 * IOUtils' commands: {@code IOExec}, {@code IOEnvExec}, {@code IOExecTemplate},
 * {@code IOEnvExecTemplate}. A spec that runs programs on the checking machine is a risk a user
 * must accept, so they run only when the JVM property {@value #ENABLE} is {@code true}
 * ({@code TLACHECK_JAVA_OPTS=-Dtlacheck.ioexec=true}); otherwise evaluating one is an error that
 * names the operator and the property. Each gives
 * {@code [exitValue |-> code, stdout |-> out, stderr |-> err]} once the command has ended.
 */
final class Commands {
  /** The JVM property that lets specs run commands. */
  static final String ENABLE = "tlacheck.ioexec";

  private Commands() {}

  static void define(OperatorTable io) {
    command(io, "IOExec", 1, v -> run(null, strings(v[0], "IOExec")));
    command(io, "IOEnvExec", 2, v -> run(environment(v[0], "IOEnvExec"), strings(v[1], "IOEnvExec")));
    command(io, "IOExecTemplate", 2, v -> run(null, fill(v[0], v[1])));
    command(io, "IOEnvExecTemplate", 3, v -> run(environment(v[0], "IOEnvExecTemplate"), fill(v[1], v[2])));
  }

  private static void command(OperatorTable io, String name, int arity, CallNodes.FnN fn) {
    io.node(name, new int[arity], (s, a, o) -> {
      if (!Boolean.getBoolean(ENABLE)) {
        // An error when evaluated, not when compiled: TLC accepts a spec that defines a command it never runs.
        return new CoreNodes.Unsupported(s, "IOUtils!" + name + " (running a command) is not enabled;"
            + " to let the spec run commands, give the JVM -D" + ENABLE + "=true"
            + " (e.g. TLACHECK_JAVA_OPTS=-D" + ENABLE + "=true)", Node.STATE, null);
      }
      Node node = new CallNodes.BuiltinN(s, a, fn);
      node.level = Math.max(node.level, Node.STATE);
      return node;
    }, Node.STATE);
  }

  /** A sequence of strings: the program and its arguments. */
  private static List<String> strings(Value v, String op) {
    if (!(v instanceof TupleValue t)) {
      throw notASequence(op, v);
    }
    List<String> out = new ArrayList<>();
    for (Value e : t.elements()) {
      if (!(e instanceof StringValue s)) {
        throw notASequence(op, e);
      }
      out.add(s.value());
    }
    return out;
  }

  private static ValueException notASequence(String op, Value v) {
    return new ValueException("The argument of " + op + " should be a sequence, but instead it is: " + v);
  }

  /** Each element of the template formatted (Java's String.format) with all the parameters. */
  private static List<String> fill(Value template, Value parameters) {
    List<String> parts = strings(template, "IOExec");
    Object[] args = strings(parameters, "IOExec").toArray();
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      try {
        out.add(String.format(part, args));
      } catch (IllegalFormatException e) {
        throw new ValueException("IOExecTemplate: " + e.getMessage());
      }
    }
    return out;
  }

  /** A record of environment variables, added to the inherited ones; strings as they are, other values as TLA+ text. */
  private static Map<String, String> environment(Value v, String op) {
    if (!JsonValues.isRecord(v)) {
      throw new ValueException("The argument of " + op + " should be a record, but instead it is: " + v);
    }
    FunctionValue f = (FunctionValue) v;
    Map<String, String> env = new LinkedHashMap<>();
    for (int i = 0; i < f.size(); i++) {
      Value value = f.valueAt(i);
      env.put(((StringValue) f.keyAt(i)).value(), value instanceof StringValue s ? s.value() : value.toString());
    }
    return env;
  }

  private static Value run(Map<String, String> env, List<String> command) {
    if (command.isEmpty()) {
      throw new ValueException("Index 0 out of bounds for length 0 (no command to run)");
    }
    ProcessBuilder builder = new ProcessBuilder(command);
    if (env != null) {
      builder.environment().putAll(env);
    }
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(process.getErrorStream()));
      String out = text(process.getInputStream());
      int code = process.waitFor();
      return IoUtils.outcome(code, out, err.join());
    } catch (IOException e) {
      throw new ValueException(e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ValueException("interrupted while waiting for " + command);
    }
  }

  private static String text(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), Charset.defaultCharset());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
