---- MODULE Deep ----
EXTENDS OnlyA
DeepFrom == "Deep in libB"
DeepBound == 4
====
