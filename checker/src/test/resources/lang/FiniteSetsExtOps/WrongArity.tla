---- MODULE WrongArity ----
\* An operator of one argument passed where FoldSet expects one of two: a semantic error, not an
\* evaluation with the wrong bindings.
EXTENDS FiniteSetsExt, TLC
Id(x) == x
ASSUME PrintT(FoldSet(Id, 0, {1, 2}))
====
