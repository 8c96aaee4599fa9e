---- MODULE FieldsSys ----
VARIABLES x, y
vars == <<x, y>>
====
