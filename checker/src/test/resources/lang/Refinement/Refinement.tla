---- MODULE Refinement ----
\* A refinement mapping: the high-level variable h is the state function lo \div 2.
EXTENDS Naturals
VARIABLE lo
R == INSTANCE Hi WITH h <- lo \div 2
Init == lo = 0
Next == lo' = (lo + 1) % 6
StepRefines == R!HStep
TypeOK == R!HTypeOK
Small == R!Small
====
