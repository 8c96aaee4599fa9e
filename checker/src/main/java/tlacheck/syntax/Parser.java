package tlacheck.syntax;

import java.util.ArrayList;
import java.util.List;
import tlacheck.source.SourceFile;
import tlacheck.source.Span;
import tlacheck.source.TlaError;
import tlacheck.syntax.ast.Module;
import tlacheck.syntax.ast.Unit;

/**
 * Recursive-descent parser for TLA+ modules, with precedence climbing for operators. This file
 * reads the module structure (header, EXTENDS, units, nested modules, the closing {@code ====},
 * the further modules of the file) and recovers from errors; {@link UnitParser} reads the units, {@link ExpressionParser} the expressions.
 *
 * <p>Errors: a syntax error aborts the current unit, is recorded, and parsing resumes at the next
 * token in column 1 that can start a unit, so one run reports every broken definition.
 */
public final class Parser {
  private final TokenCursor in;
  private final UnitParser units;

  private Parser(SourceFile file, List<Token> tokens) {
    this.in = new TokenCursor(file, tokens);
    this.units = new UnitParser(in);
  }

  /**
   * Parses a whole file: its first module, with the modules that follow it in the file as
   * {@link Module#laterModules()}; throws {@link TlaError} (possibly {@link TlaError.Multiple}).
   */
  public static Module parse(SourceFile file) {
    List<Token> tokens = new Lexer(file).tokens();
    return new Parser(file, tokens).file();
  }

  private Module file() {
    try {
      Module root = module();
      List<Module> later = new ArrayList<>();
      while (in.peek().kind() == Token.Kind.SEPARATOR) {
        later.add(module());
      }
      in.throwErrors();
      return later.isEmpty() ? root
          : new Module(root.name(), root.extendsNames(), root.extendsSpans(), root.units(), later, root.span());
    } catch (TokenCursor.ParseError e) {
      // A failure outside a unit (a header, EXTENDS): nothing after it can be read sensibly.
      in.throwErrors();
      throw e;
    }
  }

  /** One module, from its header to its {@code ====}; nested modules become {@link Unit.Submodule}s. */
  private Module module() {
    Token first = in.peek();
    if (first.kind() != Token.Kind.SEPARATOR) {
      throw new TlaError(TlaError.Kind.SYNTAX, in.span(first),
          "expected a module header '---- MODULE Name ----'");
    }
    in.advance();
    in.expectKeyword("MODULE");
    String name = in.expectIdentifier("module name").text();
    in.expectKind(Token.Kind.SEPARATOR, "'----' after the module name");
    List<String> extendsNames = new ArrayList<>();
    List<Span> extendsSpans = new ArrayList<>();
    if (in.check("EXTENDS")) {
      in.advance();
      do {
        Token extended = in.expectIdentifier("module name");
        extendsNames.add(extended.text());
        extendsSpans.add(in.span(extended));
      } while (in.match(","));
    }
    List<Unit> body = new ArrayList<>();
    while (in.peek().kind() != Token.Kind.END_MODULE) {
      if (in.peek().kind() == Token.Kind.EOF) {
        in.errors.add(in.error(in.peek(), "module " + name + " is not closed with '===='"));
        break;
      }
      if (in.peek().kind() == Token.Kind.SEPARATOR) {
        if (in.peekAhead(1).is("MODULE")) {
          Token start = in.peek();
          Module nested = module();
          body.add(new Unit.Submodule(nested, in.spanFrom(start)));
        } else {
          in.advance(); // a ---- line between units is decoration
        }
        continue;
      }
      int before = in.position();
      try {
        units.unit(body);
      } catch (TokenCursor.ParseError e) {
        in.layout.clear();
        synchronize(before);
      }
    }
    Token end = in.peek();
    if (end.kind() == Token.Kind.END_MODULE) {
      in.advance();
    }
    return new Module(name, extendsNames, extendsSpans, body, new Span(in.file, first.start(), end.end()));
  }

  /** Skips to the next token in column 1 that may start a unit. */
  private void synchronize(int failedAt) {
    if (in.position() == failedAt) {
      in.advance();
    }
    while (true) {
      Token t = in.at(in.position());
      if (t.kind() == Token.Kind.EOF || t.kind() == Token.Kind.END_MODULE
          || t.kind() == Token.Kind.SEPARATOR) {
        return;
      }
      if (t.column() == 1 && (t.kind() == Token.Kind.IDENT || UnitParser.isUnitKeyword(t))) {
        return;
      }
      in.advance();
    }
  }
}
