package tlacheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.Parser;
import tlacheck.syntax.ast.Module;
import tlacheck.syntax.ast.Unit;

/**
 * Reads a root module and the modules it extends or instantiates (standard modules come from
 * {@link Builtins}, others from files in the same folder), and builds each module's scope.
 */
final class ModuleLoader {
  private final Path folder;
  private final Map<String, ModuleScope> loaded = new HashMap<>();
  private final List<String> loading = new ArrayList<>();
  /** Variables of all loaded modules, by slot. */
  final List<String> variables = new ArrayList<>();
  /** Constants of all loaded modules, by name (modules that extend one another share them). */
  final Map<String, ModuleScope.ConstantSymbol> constants = new java.util.LinkedHashMap<>();

  /** ASSUME units of all loaded modules, with the module each belongs to. */
  final List<Assumption> assumptions = new ArrayList<>();

  record Assumption(tlacheck.syntax.ast.Expr body, ModuleScope scope) {}

  ModuleLoader(Path folder) {
    this.folder = folder;
  }

  ModuleScope loadRoot(Path file) {
    Module module = parseFile(file, null);
    return build(module);
  }

  private Module parseFile(Path file, Span requestedAt) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new TlaError(TlaError.Kind.IO, requestedAt, "cannot read " + file + ": " + e.getMessage());
    }
    String name = file.getFileName() != null ? displayName(file) : file.toString();
    return Parser.parse(new SourceFile(name, text));
  }

  private static String displayName(Path file) {
    Path relative = file;
    try {
      Path cwd = Path.of("").toAbsolutePath();
      if (file.toAbsolutePath().startsWith(cwd)) {
        relative = cwd.relativize(file.toAbsolutePath());
      }
    } catch (RuntimeException e) {
      relative = file;
    }
    return relative.toString();
  }

  private ModuleScope load(String name, Span requestedAt) {
    ModuleScope done = loaded.get(name);
    if (done != null) {
      return done;
    }
    if (loading.contains(name)) {
      throw new TlaError(TlaError.Kind.SEMANTIC, requestedAt, "module " + name + " extends itself (cycle: "
          + String.join(" -> ", loading) + " -> " + name + ")");
    }
    Path file = folder.resolve(name + ".tla");
    if (!Files.exists(file)) {
      throw new TlaError(TlaError.Kind.SEMANTIC, requestedAt, "cannot find module " + name
          + " (no standard module of that name and no file " + file + ")");
    }
    Module module = parseFile(file, requestedAt);
    if (!module.name().equals(name)) {
      throw new TlaError(TlaError.Kind.SEMANTIC, module.span(), "file " + file + " holds module "
          + module.name() + ", not " + name);
    }
    return build(module);
  }

  private ModuleScope build(Module module) {
    loading.add(module.name());
    ModuleScope scope = new ModuleScope(module.name(), module);
    for (String extended : module.extendsNames()) {
      importModule(scope, extended, module.span(), true);
    }
    for (Unit unit : module.units()) {
      declare(scope, unit);
    }
    loading.remove(module.name());
    loaded.put(module.name(), scope);
    return scope;
  }

  private void importModule(ModuleScope scope, String name, Span at, boolean export) {
    Map<String, ModuleScope.Symbol> symbols = new java.util.LinkedHashMap<>();
    Map<String, Builtins.Op> builtin = Builtins.module(name);
    if (builtin != null) {
      builtin.forEach((op, def) -> symbols.put(op, new ModuleScope.BuiltinSymbol(def)));
      if (name.equals("TLC") || name.equals("Sequences") || name.equals("FiniteSets")) {
        // The standard TLC module exports nothing of Naturals/Sequences: they are LOCAL there.
      }
    } else {
      symbols.putAll(load(name, at).exported);
    }
    for (Map.Entry<String, ModuleScope.Symbol> e : symbols.entrySet()) {
      add(scope, e.getKey(), e.getValue(), export, at);
    }
  }

  private void add(ModuleScope scope, String name, ModuleScope.Symbol symbol, boolean export, Span at) {
    ModuleScope.Symbol existing = scope.visible.get(name);
    if (existing != null && !existing.equals(symbol) && !sameBuiltin(existing, symbol)) {
      throw new TlaError(TlaError.Kind.SEMANTIC, at, "multiple definitions of " + name + " in module " + scope.name);
    }
    scope.visible.put(name, symbol);
    if (export) {
      scope.exported.put(name, symbol);
    }
  }

  private static boolean sameBuiltin(ModuleScope.Symbol a, ModuleScope.Symbol b) {
    return a instanceof ModuleScope.BuiltinSymbol x && b instanceof ModuleScope.BuiltinSymbol y
        && x.op().name().equals(y.op().name()) && x.op().arity() == y.op().arity();
  }

  private void declare(ModuleScope scope, Unit unit) {
    if (unit instanceof Unit.Variables v) {
      for (String name : v.names()) {
        ModuleScope.VariableSymbol symbol = new ModuleScope.VariableSymbol(variables.size(), name);
        variables.add(name);
        add(scope, name, symbol, true, v.span());
      }
    } else if (unit instanceof Unit.Constants c) {
      for (Unit.Param p : c.names()) {
        ModuleScope.ConstantSymbol symbol = constants.computeIfAbsent(p.name(),
            k -> new ModuleScope.ConstantSymbol(p.name(), p.arity()));
        add(scope, p.name(), symbol, true, c.span());
      }
    } else if (unit instanceof Unit.OpDef d) {
      String[] names = new String[d.params().size()];
      int[] arities = new int[names.length];
      for (int i = 0; i < names.length; i++) {
        names[i] = d.params().get(i).name();
        arities[i] = d.params().get(i).arity();
      }
      UserOp op = new UserOp(d.name(), names, arities, d.span(), scope.name, d);
      op.scope = scope;
      add(scope, d.name(), new ModuleScope.DefinitionSymbol(op), !d.local(), d.span());
    } else if (unit instanceof Unit.FcnDef f) {
      UserOp op = new UserOp(f.name(), new String[0], new int[0], f.span(), scope.name, f);
      op.scope = scope;
      add(scope, f.name(), new ModuleScope.DefinitionSymbol(op), !f.local(), f.span());
    } else if (unit instanceof Unit.Assume a) {
      assumptions.add(new Assumption(a.body(), scope));
      if (a.name() != null) {
        UserOp op = new UserOp(a.name(), new String[0], new int[0], a.span(), scope.name,
            new Unit.OpDef(a.name(), List.of(), a.body(), false, a.span()));
        op.scope = scope;
        add(scope, a.name(), new ModuleScope.DefinitionSymbol(op), true, a.span());
      }
    } else if (unit instanceof Unit.Instance i) {
      if (i.name() == null && i.substitutions().isEmpty()) {
        importModule(scope, i.module(), i.span(), !i.local());
      } else {
        throw new TlaError(TlaError.Kind.SEMANTIC, i.span(),
            "INSTANCE with a name or WITH substitutions is not supported yet");
      }
    }
  }
}
