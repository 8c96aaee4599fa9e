---- MODULE PathNotListed ----
\* Path(G) filters Seq(G.node): it can be tested for membership, but listing it is an error.
EXTENDS Graphs, Integers
VARIABLE x
G == [edge |-> {<<1, 2>>}, node |-> {1, 2}]
Init == x = Cardinality(Path(G))
Next == UNCHANGED x
====
