---- MODULE SequencesExtErrors ----
\* Evaluation errors of SequencesExt, one model per case (CONSTANT Case): each is TLC's error
\* too, while the initial state is computed (exit code 75, no state found).
EXTENDS SequencesExt
CONSTANT Case
VARIABLE x
Init == x = CASE Case = "LastOfEmpty" -> Last(<<>>)
              [] Case = "SubSeqOutOfRange" -> SelectInSubSeq(<<1, 2, 3, 2>>, 2, 5, LAMBDA e : e = 2)
              [] Case = "NoCommonPrefix" -> LongestCommonPrefix({})
              [] Case = "InterleaveLengths" -> Interleave(<<1>>, <<1, 2>>)
              [] Case = "NotASubSeq" -> IndexFirstSubSeq(<<3>>, <<1, 2>>)
              [] Case = "ContainsString" -> Contains("abc", "b")
              [] Case = "ReverseString" -> Reverse("abc")
              [] Case = "InsertAtOutOfRange" -> InsertAt(<<1, 2>>, 4, 9)
Next == UNCHANGED x
====
