---- MODULE BagsExtErrors ----
\* Evaluation errors of BagsExt, one model per case (CONSTANT Case): each is TLC's error
\* too, while the initial state is computed (exit code 75, no state found).
EXTENDS BagsExt
CONSTANT Case
VARIABLE x
Init == x = CASE Case = "FoldBagZeroCount" -> FoldBag(LAMBDA a, b : a, 0, <<0>>)
              [] Case = "MapThenFoldBagZeroCount" -> MapThenFoldBag(LAMBDA a, b : a, 0, LAMBDA a : a, LAMBDA s : 0, <<0>>)
              [] Case = "BagRemoveNotACount" -> BagRemove(<<"a">>, 1)
Next == UNCHANGED x
====
