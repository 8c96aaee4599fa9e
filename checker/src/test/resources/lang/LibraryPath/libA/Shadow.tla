---- MODULE Shadow ----
ShadowFrom == "Shadow in libA"
ShadowBound == 100
====
