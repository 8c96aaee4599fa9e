package tlacheck.syntax.ast;

import java.util.List;
import tlacheck.source.Span;

public record Module(String name, List<String> extendsNames, List<Unit> units, Span span) {}
