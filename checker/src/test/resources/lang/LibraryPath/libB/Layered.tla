---- MODULE Layered ----
LayeredFrom == "Layered in libB"
LayeredBound == 20
====
