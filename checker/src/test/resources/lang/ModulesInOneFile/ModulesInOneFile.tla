---- MODULE ModulesInOneFile ----
\* TLC 2.18 reads the modules that follow the first one in the file it checks, for EXTENDS and
\* INSTANCE (a file Name.tla in the folder wins over them), and skips what lies between modules,
\* such as a CONFIG block (which it does not read as the model: the .cfg file is used).
EXTENDS Naturals, Helper
VARIABLE x
---- MODULE Inner ----
\* A nested module sees the declarations and definitions that precede it.
VARIABLE y
Stepped == y + Step0
====
H == INSTANCE Helper2 WITH k <- 2
I == INSTANCE Inner WITH y <- x
Init == x = 0
Next == x < Limit /\ x' = I!Stepped + H!Step
Inv == x # 6
====
Text between modules is ignored.
---- MODULE Helper ----
Limit == 7
Step0 == 1
====
---- CONFIG ModulesInOneFile ----
INIT Init
NEXT Next
====
---- MODULE Helper2 ----
CONSTANT k
Step == k
====
