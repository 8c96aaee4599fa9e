---- MODULE JsonOps ----
\* Json (the CommunityModules' and TLC's own, the same): values as JSON text. Sets and sequences
\* are arrays, records objects, other functions objects keyed by the keys' TLA+ text, model
\* values strings. TLC writes a record's fields in its own order of their names (the order in
\* which it met them): the records here have fields a, b, met in that order.
EXTENDS Json, TLC, Integers, Sequences
CONSTANT m
Fields == [a |-> 0, b |-> 0]
ASSUME PrintT(<<ToJson(1), ToJson(-7), ToJson(TRUE), ToJson(FALSE), ToJson(2147483647)>>)
ASSUME PrintT(ToJson("a\"b\\c"))
ASSUME PrintT(ToJson("line\nbreak\ttab <>&='/é"))
ASSUME PrintT(<<ToJson(<<1, "x", TRUE>>), ToJson(<<>>), ToJson({}), ToJson({3, 1, 2})>>)
ASSUME PrintT(<<ToJson([a |-> <<2>>, b |-> 1]), ToJson([x \in {"p", "q"} |-> x])>>)
ASSUME PrintT(<<ToJson([x \in {1, 3} |-> x]), ToJson([x \in 1..3 |-> x * 2]), ToJson(1..3)>>)
ASSUME PrintT(<<ToJson(<<{1}, [a |-> {}]>>), ToJson(1 :> 2 @@ 3 :> 4), ToJson(<<1>> :> 2)>>)
ASSUME PrintT(<<ToJson(m), ToJson({m}), ToJson(<<"a", {<<1, 2>>}>>), ToJson({"b", "a"})>>)
ASSUME PrintT(<<ToJson(<<<<>>, {}>>), ToJson([x \in {<<1, 2>>} |-> {<<"a">>}]), ToJson(SUBSET {1})>>)
ASSUME PrintT(<<ToJson([a : {1}]), ToJson({1} \X {2}), ToJson([{1} -> {2}]), ToJson(-0)>>)
ASSUME PrintT(<<ToJsonArray(<<1, 2>>), ToJsonArray(<<>>), ToJsonArray({1, 2}), ToJsonArray([x \in {1, 3} |-> x])>>)
ASSUME PrintT(<<ToJsonArray(<<[a |-> 1]>>), ToJsonObject([a |-> 1, b |-> "s"]), ToJsonObject(<<>>)>>)
ASSUME PrintT(<<ToJsonObject(<<5, 6>>), ToJsonObject([x \in {1, 3} |-> x]), ToJsonObject([a |-> <<1>>, b |-> {}])>>)
====
