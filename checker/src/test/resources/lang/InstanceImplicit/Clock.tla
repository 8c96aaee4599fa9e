---- MODULE Clock ----
EXTENDS Naturals
CONSTANT Hours
VARIABLE hr
HInit == hr \in 1..Hours
HNext == hr' = IF hr = Hours THEN 1 ELSE hr + 1
HTypeOK == hr \in 1..Hours
====
