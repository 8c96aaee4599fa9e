---- MODULE ExecNotEnabled ----
\* A spec may define a command it never runs; running one needs -Dtlacheck.ioexec=true.
EXTENDS IOUtils
VARIABLE x
Never == IOExec(<<"false">>)
Init == x = IOExec(<<"echo", "hi">>).exitValue
Next == UNCHANGED x
====
