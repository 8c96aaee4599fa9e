---- MODULE Shadow ----
ShadowFrom == "Shadow beside the spec"
ShadowBound == 1
====
