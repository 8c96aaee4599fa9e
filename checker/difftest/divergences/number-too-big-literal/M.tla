---- MODULE M ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
CONSTANTS a, b, c
ASSUME PrintT("~1~") /\ PrintT((IF ((0 % 1) < Cardinality({{5, 10, (-1)}})) THEN Head(<<(3 ^ 31)>> \o (<<1>> \o <<4, 6, (-2)>>)) ELSE (-2147483648 - (CASE FALSE -> 5 [] FALSE -> 2 [] OTHER -> 1))))
====
