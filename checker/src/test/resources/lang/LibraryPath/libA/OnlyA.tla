---- MODULE OnlyA ----
OnlyAFrom == "OnlyA in libA"
====
