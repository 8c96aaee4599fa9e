---- MODULE Layered ----
LayeredFrom == "Layered in libA"
LayeredBound == 2
====
