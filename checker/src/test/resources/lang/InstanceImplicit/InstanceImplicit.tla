---- MODULE InstanceImplicit ----
\* INSTANCE without WITH: Clock's hr and Hours are this module's hr and Hours (a definition).
EXTENDS Naturals
VARIABLE hr
Hours == 3
INSTANCE Clock
====
