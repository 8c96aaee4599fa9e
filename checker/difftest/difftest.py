#!/usr/bin/env python3
"""Differential test of tlacheck against TLC: random well-formed specs through both, answers compared,
every divergence kept and the first of each kind shrunk to a minimal spec. See README.md beside this file.

    checker/difftest/difftest.py --seed N --count K [--tlc PATH] [--jar PATH] [--out DIR] [--shrink]
                                 [--mode mixed|expr|state] [--batch 30]

The TLC jar comes from --tlc or $TLC_JAR. Deterministic for a seed: spec i of seed N is generated from
the string "N:i" alone, and divergences are shrunk after the run, in spec order.
"""
import argparse, concurrent.futures as cf, hashlib, json, os, random, re, shutil, subprocess, sys, tempfile, textwrap, \
    threading, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen  # noqa: E402
import shrink  # noqa: E402

PROCS = threading.Semaphore(2)      # at most two JVMs at a time, whatever the caller does


class Tools:
    def __init__(self, tlc_jar, tc_jar, cache_dir, timeout):
        self.tlc_jar, self.tc_jar, self.timeout = os.path.abspath(tlc_jar), os.path.abspath(tc_jar), timeout
        os.makedirs(cache_dir, exist_ok=True)
        self.cache_dir = cache_dir
        self.tlc_jsa = self._cds(tlc_jar, "tlc")
        self.tc_jsa = self._cds(tc_jar, "tlacheck")
        self.cache = {}
        self.lock = threading.Lock()
        self.runs = {"tlc": 0, "tlacheck": 0, "tlc_s": 0.0, "tlacheck_s": 0.0}

    def _cds(self, jar, what):
        """A class-data-sharing archive of the jar's classes, made once per jar version (start-up ~30% faster)."""
        st = os.stat(jar)
        jsa = os.path.join(self.cache_dir, "%s-%d-%d.jsa" % (what, st.st_size, int(st.st_mtime)))
        if not os.path.exists(jsa):
            d = tempfile.mkdtemp(prefix="difftest-cds-")
            open(os.path.join(d, "M.tla"), "w").write(gen.expr_module("M", [("print", gen.lit("{1, 2}", None))]))
            open(os.path.join(d, "M.cfg"), "w").write(gen.constants_cfg())
            cmd = self._cmd(what, jar, None, "M.tla", "M.cfg", d, []) if what == "tlc" else \
                self._cmd(what, jar, None, "M.tla", "M.cfg", d, [])
            cmd.insert(1, "-XX:ArchiveClassesAtExit=" + jsa + ".tmp")
            subprocess.run(cmd, cwd=d, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
            if os.path.exists(jsa + ".tmp"):
                os.replace(jsa + ".tmp", jsa)
            shutil.rmtree(d, ignore_errors=True)
        return jsa if os.path.exists(jsa) else None

    def _cmd(self, what, jar, jsa, spec, cfg, d, flags):
        jvm = ["java", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-Xss16m"]
        if jsa:
            jvm += ["-XX:SharedArchiveFile=" + jsa, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
        if what == "tlc":
            return jvm + ["-cp", jar, "tlc2.TLC", "-workers", "1", "-metadir", os.path.join(d, "meta"),
                          "-noGenerateSpecTE", "-config", cfg] + flags + [spec]
        return jvm + ["-jar", jar, "check", spec, "--config", cfg, "--workers", "1", "--json", "out.json"] + flags

    def _run(self, what, d, flags):
        jar, jsa = (self.tlc_jar, self.tlc_jsa) if what == "tlc" else (self.tc_jar, self.tc_jsa)
        cmd = self._cmd(what, jar, jsa, "M.tla", "M.cfg", d, flags)
        with PROCS:
            t0 = time.monotonic()
            try:
                p = subprocess.run(cmd, cwd=d, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=self.timeout)
                rc, out, err = p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
            except subprocess.TimeoutExpired:
                rc, out, err = None, "", "timeout"
            dt = time.monotonic() - t0
        with self.lock:
            self.runs[what] += 1
            self.runs[what + "_s"] += dt
        res = {"exit": rc, "stdout": out, "stderr": err, "seconds": round(dt, 3)}
        if what == "tlacheck":
            try:
                res["json"] = json.load(open(os.path.join(d, "out.json")))
            except (OSError, ValueError):
                res["json"] = None
        return res

    def run_pair(self, module, cfg, deadlock_flag=False):
        """Both tools on one spec (cached by its text). Returns (tlc answer, tlacheck answer)."""
        key = hashlib.sha256((module + "\0" + cfg + "\0" + str(deadlock_flag)).encode()).hexdigest()
        with self.lock:
            if key in self.cache:
                return self.cache[key]
        d = tempfile.mkdtemp(prefix="difftest-")
        try:
            open(os.path.join(d, "M.tla"), "w").write(module)
            open(os.path.join(d, "M.cfg"), "w").write(cfg)
            flags = ["-deadlock"] if deadlock_flag else []
            tlc = parse_tlc(self._run("tlc", d, flags))
            tc = parse_tc(self._run("tlacheck", d, flags))
        finally:
            shutil.rmtree(d, ignore_errors=True)
        with self.lock:
            self.cache[key] = (tlc, tc)
        return tlc, tc


# ---------------------------------------------------------------- reading the answers

TLC_OWN = re.compile(r"^(Error:|Finished in |Computing initial states|Computed \d|Finished computing|Model checking "
                     r"completed|Warning|Progress\(|Checking |Implied-temporal|The depth|\d+ states generated|"
                     r"Starting\.\.\.|TLC threw|Please run the Java|The number of states|Parsing |Semantic )")
LOC = re.compile(r"[Ll]ine (\d+), col(?:umn)? \d+ to [Ll]ine (\d+)")
COUNTS = re.compile(r"^(\d+) states generated, (\d+) distinct states found, (\d+) states left on queue")
DEPTH = re.compile(r"^The depth of the complete state graph search is (\d+)")
STATE_LINE = re.compile(r"^State (\d+): ")


def trace_of(lines):
    """The trace printed after "The behavior up to this point is:": [(header, [state lines])]."""
    out, cur = [], None
    for l in lines:
        m = STATE_LINE.match(l)
        if m:
            cur = (l[m.end():].strip(), [])
            out.append(cur)
        elif cur is not None:
            if not l.strip() or re.match(r"^(=+\d*=+|\d+ states? generated|Error:|The depth)", l):
                cur = None
            else:
                cur[1].append(l.rstrip())
    return out


def parse_tlc(r):
    a = {"exit": r["exit"], "raw": r["stdout"] + ("\n[stderr]\n" + r["stderr"] if r["stderr"].strip() else ""),
         "seconds": r["seconds"]}
    if r["exit"] is None:
        a["verdict"] = ("timeout",)
        return a
    lines = r["stdout"].splitlines()
    try:
        start = next(i for i, l in enumerate(lines) if l.startswith("Starting... ("))
    except StopIteration:
        start = None
    prints, err, verdict = [], [], None
    a["warnings"] = []
    if start is not None:
        i = start + 1
        while i < len(lines):
            if lines[i].startswith("Warning: "):
                # TLC's warnings (e.g. an EXCEPT on a missing key) come amid the printed values: set aside
                j = i + 1
                while j < len(lines) and re.match(r"^(line \d+, col|\(Use the -nowarning option)", lines[j]):
                    j += 1
                a["warnings"].append(" ".join(lines[i:j]))
                i = j
                continue
            if TLC_OWN.match(lines[i]):
                break
            prints.append(lines[i]); i += 1
        # prints may also come after "Computing initial states..." (evaluated in Init/Next): not compared
    in_err = False
    for l in lines:
        if verdict is None:
            m = re.match(r"^Error: Invariant (\S+) is violated", l)
            if m:
                verdict = ("invariant", m.group(1))
            elif l.startswith("Error: Deadlock reached"):
                verdict = ("deadlock",)
            elif re.match(r"^Error: Assumption .* is false", l):
                verdict = ("assumption",)
            elif l.startswith("Error:"):
                verdict = ("error",)
        if l.startswith("Error:") and not l.startswith("Error: The behavior up to this point"):
            in_err = True
        if l.startswith("Error: The behavior up to this point") or STATE_LINE.match(l) or COUNTS.match(l) \
                or l.startswith("Finished in "):
            in_err = False
        if (in_err or re.match(r"^\d+\. Line ", l)) and not STATE_LINE.match(l):
            err.append(l)
        m = COUNTS.match(l)
        if m:
            a["total"], a["distinct"] = int(m.group(1)), int(m.group(2))
        m = DEPTH.match(l)
        if m:
            a["depth"] = int(m.group(1))
    if verdict is None:
        verdict = ("success",) if r["exit"] == 0 else ("error",)
    a["verdict"] = verdict
    a["prints"] = prints
    states = [int(m.group(1)) for m in map(STATE_LINE.match, lines) if m]
    a["trace"] = max(states) if states else 0
    # "Error: Invariant I is violated by the initial state:" is followed by the state, without a
    # "State 1:" header, counts or depth: a trace of one state, announced in other words
    a["initial_msg"] = any(re.match(r"^Error: .* violated by the initial state", l) for l in lines)
    a["trace_states"] = trace_of(lines)
    if a["initial_msg"] and not states:
        a["trace"] = 1
    locs = set()
    for l in err:
        for m in LOC.finditer(l):
            locs.add((int(m.group(1)), int(m.group(2))))
    a["err_locs"] = sorted(locs)
    a["err_text"] = "\n".join(err)
    return a


def parse_tc(r):
    a = {"exit": r["exit"], "raw": r["stdout"] + ("\n[stderr]\n" + r["stderr"] if r["stderr"].strip() else ""),
         "seconds": r["seconds"]}
    if r["exit"] is None:
        a["verdict"] = ("timeout",)
        return a
    lines = r["stdout"].splitlines()
    prints = []
    for l in lines:
        if re.match(r"^(Error:|Model checking completed|\d+ states generated|Warning|Note:)", l):
            break
        prints.append(l)
    a["prints"] = prints
    a["initial_msg"] = any(re.match(r"^Error: .* violated by the initial state", l) for l in lines)
    a["trace_states"] = trace_of(lines)
    j = r.get("json")
    if not j:
        a["verdict"] = ("error",) if r["exit"] else ("success",)
        a["err_text"] = r["stderr"]
        a["trace"] = 0
        a["err_locs"] = []
        return a
    res, v = j.get("result"), j.get("violation") or {}
    a["verdict"] = {"success": ("success",), "deadlock failure": ("deadlock",),
                    "assumption failure": ("assumption",)}.get(res) or \
        (("invariant", v.get("name")) if res == "safety failure" and v.get("kind") == "invariant" else ("error",))
    a["distinct"], a["total"], a["depth"] = j.get("distinctStates"), j.get("totalStates"), j.get("stateDepth")
    a["trace"] = j.get("traceLength") or 0
    e = j.get("error") or {}
    a["err_line"] = e.get("line")
    a["err_text"] = (e.get("message") or "") + ("\n" + r["stderr"] if r["stderr"] else "")
    return a


# ---------------------------------------------------------------- comparing

TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|\d+|[A-Za-z_][A-Za-z_0-9]*|<<|>>|\|->|:>|@@|\S')


def tokens(text):
    return TOKEN.findall(text)


def norm_msg(text):
    """A message reduced to its shape: literals and numbers replaced, for telling kinds of errors apart."""
    keep = [l for l in text.splitlines() if l.strip() and not re.match(
        r"^(Error: (Evaluating assumption|The behavior|TLC threw)|Attempted to apply the operator overridden|"
        r"public static|but it produced|This was probably|See the User Output|The exception was|\d+\. Line|"
        r"Fingerprint Stack|Reason:|Error: TLC was unable)", l)]
    s = " ".join(keep[:2])
    s = re.sub(r'"(?:[^"\\]|\\.)*"', "S", s)
    s = re.sub(r"line \d+, col \d+ to line \d+, col \d+ of module \w+", "LOC", s)
    s = re.sub(r"\d+", "N", s)
    return s[:120]


def token_class(t):
    if t.startswith('"'):
        return "STR"
    if t.isdigit():
        return "NUM"
    if re.match(r"[A-Za-z_]", t):
        return t if t in ("TRUE", "FALSE") else "ID"
    return t


def first_token_diff(a, b):
    """The first tokens that differ, and their classes (the signature: a string for another is one kind)."""
    ta, tb = tokens(a), tokens(b)
    for i in range(min(len(ta), len(tb))):
        if ta[i] != tb[i]:
            return "%s|%s" % (ta[i][:16], tb[i][:16]), "%s|%s" % (token_class(ta[i]), token_class(tb[i]))
    return "end|end", "len%s|len%s" % ("<" if len(ta) < len(tb) else ">", "<" if len(tb) < len(ta) else ">")


def blocks(prints):
    """Print lines split at the markers "~i~": {i: [lines]}, and the last marker seen."""
    out, cur = {}, None
    for l in prints:
        m = re.match(r'^"~(\d+)~"$', l)
        if m:
            cur = int(m.group(1)); out[cur] = []
        elif cur is not None:
            out[cur].append(l)
    return out, (max(out) if out else None)


def compare_expr_batch(tlc, tc, first, n):
    """Divergences of one batch of expressions numbered first..first+n-1, and where both runs stopped.
    Returns (divergences [(index, kind, detail, signature)], next index to run, ok count)."""
    divs = []
    if "timeout" in (tlc["verdict"][0], tc["verdict"][0]):
        return [], first + n, 0, "timeout"
    bt, st = blocks(tlc["prints"])
    bc, sc = blocks(tc["prints"])
    last = first + n - 1
    stop_t = st if tlc["exit"] != 0 else None
    stop_c = sc if tc["exit"] != 0 else None
    if tlc["exit"] != 0 and st is None or tc["exit"] != 0 and sc is None:
        # one of them failed before the first marker (a parse or semantic error): compare whole runs
        if tlc["exit"] != tc["exit"]:
            divs.append((first, "run-exit", "%s|%s" % (tlc["exit"], tc["exit"]),
                         "run-exit:%s|%s:%s" % (tlc["exit"], tc["exit"], norm_msg(tlc["err_text"]))))
        return divs, first + n, 0, "failed"
    end = min(x for x in (stop_t, stop_c, last) if x is not None)
    ok = 0
    for i in range(first, end + 1):
        a, b = "\n".join(bt.get(i, [])), "\n".join(bc.get(i, []))
        stopped = i == end and (stop_t == i or stop_c == i)
        if a != b and not (stopped and (a == "" or b == "")):
            if tokens(a) == tokens(b):
                divs.append((i, "print-layout", "", "print-layout"))
            else:
                d, cls = first_token_diff(a, b)
                divs.append((i, "print-value", d, "print-value:" + cls))
            continue
        if stopped:
            if stop_t == i and stop_c != i:
                divs.append((i, "tlc-error-only", norm_msg(tlc["err_text"]),
                             "tlc-error-only:%s" % norm_msg(tlc["err_text"])))
            elif stop_c == i and stop_t != i:
                divs.append((i, "tlacheck-error-only", norm_msg(tc["err_text"]),
                             "tlacheck-error-only:%s" % norm_msg(tc["err_text"])))
            elif tlc["exit"] != tc["exit"] or tlc["verdict"][0] != tc["verdict"][0]:
                d = "exit %s|%s" % (tlc["exit"], tc["exit"])
                divs.append((i, "exit-code", d + " " + norm_msg(tlc["err_text"]), "exit-code:" + d))
            elif not loc_ok(tlc, tc):
                divs.append((i, "error-location", "", "error-location"))
            else:
                ok += 1
        else:
            ok += 1
    return divs, end + 1, ok, ""


def loc_ok(tlc, tc):
    line = tc.get("err_line")
    if line is None or not tlc.get("err_locs"):
        return True
    return any(a <= line <= b for a, b in tlc["err_locs"])


STATE_FIELDS = ["exit", "verdict", "distinct", "total", "depth", "trace"]


def compare_state(tlc, tc):
    """The fields that differ, a detail line and a signature (None if they agree)."""
    if "timeout" in (tlc["verdict"][0], tc["verdict"][0]):
        return None
    diff = []
    for f in STATE_FIELDS:
        x, y = tlc.get(f), tc.get(f)
        if f == "verdict":
            if x != y:
                diff.append(f)
        elif f in ("distinct", "total", "depth") and x is None:
            continue        # TLC printed no counts (e.g. it stopped before the search)
        elif x != y:
            diff.append(f)
    if tlc.get("initial_msg") is not None and tc.get("initial_msg") is not None \
            and tlc["initial_msg"] != tc["initial_msg"]:
        diff.append("initial-state-message")
    if not diff and tlc["verdict"][0] == "error" and not loc_ok(tlc, tc):
        diff.append("error-location")
    if not diff:
        return None
    detail = "; ".join("%s: tlc=%s tlacheck=%s" % (f, fmt_v(tlc.get(f)), fmt_v(tc.get(f))) for f in diff
                       if f not in ("error-location", "initial-state-message"))
    if "initial-state-message" in diff:
        detail = "; ".join(x for x in [detail, "TLC says 'violated by the initial state' (no trace header, no "
                                                "counts), tlacheck does not"] if x)
    if "error-location" in diff:
        detail = "error line: tlc=%s tlacheck=%s" % (tlc.get("err_locs"), tc.get("err_line"))
    sig = "state:" + ",".join(diff) + ":" + tlc["verdict"][0] + "|" + tc["verdict"][0]
    if tlc["verdict"][0] == "error" or tc["verdict"][0] == "error":
        sig += ":" + norm_msg(tlc.get("err_text", "") if tlc["verdict"][0] == "error" else tc.get("err_text", ""))
    return diff, detail, sig


def compare_traces(tlc, tc):
    """Divergences in the printed trace, when both printed one of the same length: the states' text
    (exactly, line by line) and the step headers (action name and location)."""
    a, b = tlc.get("trace_states") or [], tc.get("trace_states") or []
    if not a or len(a) != len(b):
        return []
    out = []
    for (ha, sa), (hb, sb) in zip(a, b):
        if sa != sb:
            if [re.sub(r"^/\\ ", "", x) for x in sb] == sa:
                d = ("trace-state-format", "TLC prints a single variable as %r, tlacheck as %r" % (sa[0], sb[0]))
            else:
                d = ("trace-states", "TLC %r, tlacheck %r" % (" ".join(sa)[:150], " ".join(sb)[:150]))
            out.append(d)
            break
    for (ha, sa), (hb, sb) in zip(a[1:], b[1:]):
        if ha != hb:
            out.append(("trace-header", "TLC <%s>, tlacheck <%s>" % (ha.strip("<>"), hb.strip("<>"))))
            break
    return out


def state_divs(tlc, tc):
    """Every signature of a model's divergences: {signature: detail}."""
    out = {}
    c = compare_state(tlc, tc)
    if c:
        out[c[2]] = c[1]
    if "timeout" not in (tlc["verdict"][0], tc["verdict"][0]):
        for kind, detail in compare_traces(tlc, tc):
            out["state:" + kind] = detail
    return out


def fmt_v(v):
    return " ".join(v) if isinstance(v, tuple) else str(v)


def answer_text(a, module_name="M"):
    """The answer as saved beside a divergence: exit code, verdict, counts, key lines."""
    L = ["exit code: %s" % a["exit"], "verdict: %s" % fmt_v(a["verdict"])]
    for f in ("distinct", "total", "depth", "trace"):
        if a.get(f) is not None:
            L.append("%s: %s" % ({"trace": "trace length", "total": "states generated",
                                  "distinct": "distinct states"}.get(f, f), a[f]))
    if a.get("err_line") is not None:
        L.append("error line: %s" % a["err_line"])
    if a.get("err_locs"):
        L.append("error locations: %s" % a["err_locs"])
    L.append("--- output ---")
    raw = a.get("raw", "")
    raw = "\n".join(l for l in raw.splitlines() if not re.match(
        r"^(TLC2 Version|Running breadth-first|Parsing file|Semantic processing|Starting\.\.\. |Finished in |"
        r"  Estimates of the|  because two distinct|  calculated \(optimistic\)|The average outdegree)", l))
    L.append(raw.strip())
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------- the run

class Case:
    """One generated test: an expression batch or a state-space model."""

    def __init__(self, seed, i, mode, batch):
        self.id = "%d-%d" % (seed, i)
        rng = random.Random("%d:%d" % (seed, i))
        kind = mode if mode != "mixed" else ("expr" if rng.random() < 0.4 else "state")
        self.kind = kind
        if kind == "expr":
            self.items = gen.expr_batch(rng, batch)
        else:
            self.spec = gen.state_spec(rng)


def run_expr(tools, items, first=1):
    module = gen.expr_module("M", items, first)
    return tools.run_pair(module, gen.constants_cfg()), module


def run_case(tools, case, log):
    """Runs a case (all of an expression batch, in as many runs as its errors need). Returns a record."""
    rec = {"id": case.id, "kind": case.kind, "runs": 0, "exprs": 0, "agree": 0, "divs": [], "timeouts": 0}
    if case.kind == "expr":
        items, first = case.items, 1
        pos = 0
        while pos < len(items):
            batch = items[pos:]
            (tlc, tc), module = run_expr(tools, batch, pos + 1)
            rec["runs"] += 1
            rec["tlc_warnings"] = rec.get("tlc_warnings", 0) + len(tlc.get("warnings", []))
            divs, nxt, ok, note = compare_expr_batch(tlc, tc, pos + 1, len(batch))
            if note == "timeout":
                rec["timeouts"] += 1
                # retry without the slowest suspects is not worth it: skip the rest of the batch
                break
            rec["agree"] += ok
            for (i, kind, detail, sig) in divs:
                style, e = items[i - 1]
                rec["divs"].append({"case": case.id, "index": i, "kind": kind, "detail": detail, "sig": sig,
                                    "style": style, "expr": e, "module": module, "tlc": tlc, "tlacheck": tc})
            if note == "failed":
                break
            pos = nxt - 1
        rec["exprs"] = len(items)
    else:
        s = case.spec
        tlc, tc = tools.run_pair(s.module("M"), s.cfg(), s.deadlock == "flag")
        rec["runs"] = 1
        if "timeout" in (tlc["verdict"][0], tc["verdict"][0]):
            rec["timeouts"] += 1
        c = compare_state(tlc, tc)
        if c:
            diff, detail, sig = c
            rec["divs"].append({"case": case.id, "kind": "state", "detail": detail, "sig": sig, "spec": s,
                                "module": s.module("M"), "tlc": tlc, "tlacheck": tc})
        elif "timeout" not in (tlc["verdict"][0], tc["verdict"][0]):
            rec["agree"] = 1
        for kind, detail in compare_traces(tlc, tc):
            rec["divs"].append({"case": case.id, "kind": "state", "detail": detail, "sig": "state:" + kind,
                                "spec": s, "module": s.module("M"), "tlc": tlc, "tlacheck": tc})
        rec["verdict"] = tlc["verdict"][0]
    return rec


def save_div(d, path, cfg, what):
    os.makedirs(path, exist_ok=True)
    open(os.path.join(path, "M.tla"), "w").write(d["module"])
    open(os.path.join(path, "M.cfg"), "w").write(cfg)
    open(os.path.join(path, "tlc.txt"), "w").write(answer_text(d["tlc"]))
    open(os.path.join(path, "tlacheck.txt"), "w").write(answer_text(d["tlacheck"]))
    if d.get("deadlock_flag"):
        open(os.path.join(path, "FLAGS"), "w").write("-deadlock\n")
    open(os.path.join(path, "DIFF"), "w").write(what + "\n")


def describe(d):
    if d["kind"] == "state":
        return d["detail"]
    return "%s (expression %d) %s" % (d["kind"], d["index"], d["detail"])


def camel(name):
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name) if part)


def promote(d, golden_dir, tlc):
    """Turns a saved divergence that now agrees into a language golden (the spec renamed after
    the case, its TLC answer in the header), and removes it from the divergences."""
    name = camel(os.path.basename(d.rstrip("/")))
    module = open(os.path.join(d, "M.tla")).read().replace("---- MODULE M ----", "---- MODULE %s ----" % name, 1)
    os.makedirs(golden_dir, exist_ok=True)
    open(os.path.join(golden_dir, name + ".tla"), "w").write(module)
    shutil.copy(os.path.join(d, "M.cfg"), os.path.join(golden_dir, name + ".cfg"))
    flag = " -deadlock" if os.path.exists(os.path.join(d, "FLAGS")) else ""
    what = open(os.path.join(d, "DIFF")).read().splitlines()[0] if os.path.exists(os.path.join(d, "DIFF")) else ""
    answer = [l for l in answer_text(tlc).splitlines() if l.startswith(("exit code", "verdict", "distinct",
                                                                          "states generated", "depth", "trace length"))]
    header = ["# Found by the differential fuzzer (checker/difftest), now agreeing with TLC 2.18:"]
    header += ["#   " + line for line in textwrap.wrap(what, 96)]
    header += ["# TLC 2.18's answer: " + "; ".join(answer) + "."]
    header += ["$ tlacheck check %s.tla --config %s.cfg --workers 1%s" % (name, name, flag)]
    open(os.path.join(golden_dir, name + ".expected"), "w").write("\n".join(header) + "\n")
    shutil.rmtree(d)
    return name


def recheck(tools, dirs, golden_dir=None):
    """Re-runs saved divergences; exit status 1 if any still differs. With golden_dir, each that
    agrees becomes a language golden there (then run the golden update to write its output)."""
    still = 0
    for d in dirs:
        module = open(os.path.join(d, "M.tla")).read()
        cfg = open(os.path.join(d, "M.cfg")).read()
        flag = os.path.exists(os.path.join(d, "FLAGS"))
        tlc, tc = tools.run_pair(module, cfg, flag)
        if re.search(r"^VARIABLES? ", module, re.M):
            diffs = list(state_divs(tlc, tc).values())
        else:
            n = len(re.findall(r'^ASSUME PrintT\("~\d+~"\)', module, re.M))
            diffs = [describe({"kind": k, "index": i, "detail": det}) for (i, k, det, _) in
                     compare_expr_batch(tlc, tc, 1, n)[0]]
        open(os.path.join(d, "tlc.txt"), "w").write(answer_text(tlc))
        open(os.path.join(d, "tlacheck.txt"), "w").write(answer_text(tc))
        still += bool(diffs)
        print("%-50s %s" % (os.path.basename(d.rstrip("/")), "; ".join(diffs) if diffs else "agree"), flush=True)
        if not diffs and golden_dir:
            print("  promoted to %s" % os.path.join(golden_dir, promote(d, golden_dir, tlc)), flush=True)
    print("%d of %d still differ" % (still, len(dirs)))
    return 1 if still else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--count", type=int, default=100, help="number of specs (cases) to generate")
    ap.add_argument("--start", type=int, default=0, help="first case number (to resume a seed)")
    ap.add_argument("--tlc", default=os.environ.get("TLC_JAR"), help="TLC's tla2tools.jar (default $TLC_JAR)")
    ap.add_argument("--jar", default=None, help="tlacheck.jar (default checker/target/tlacheck.jar)")
    ap.add_argument("--out", default=None, help="output folder (default /tmp/difftest-SEED)")
    ap.add_argument("--mode", choices=["mixed", "expr", "state"], default="mixed")
    ap.add_argument("--batch", type=int, default=30, help="expressions per expression spec")
    ap.add_argument("--shrink", action="store_true", help="shrink the first divergence of each kind")
    ap.add_argument("--shrink-budget", type=int, default=120, help="runs at most per shrink")
    ap.add_argument("--known", default=None,
                    help="a file of signatures (one a line, as in raw/signatures.txt) not to shrink again")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--jobs", type=int, default=2, help="cases run at once")
    ap.add_argument("--procs", type=int, default=2, help="JVMs (TLC or tlacheck) running at once, at most")
    ap.add_argument("--promote", metavar="GOLDEN_DIR", default=None,
                    help="with --recheck: make each divergence that now agrees a language golden in GOLDEN_DIR "
                         "(e.g. checker/src/test/resources/lang/Fuzzed) and remove it from the divergences")
    ap.add_argument("--recheck", nargs="+", metavar="DIR",
                    help="run the M.tla/M.cfg of each folder (e.g. divergences/*) through both tools again, say "
                         "whether they still differ, and rewrite tlc.txt and tlacheck.txt")
    args = ap.parse_args()
    global PROCS
    PROCS = threading.Semaphore(args.procs)
    if not args.tlc:
        sys.exit("difftest: give TLC's jar with --tlc PATH or TLC_JAR")
    here = os.path.dirname(os.path.abspath(__file__))
    jar = args.jar or os.path.join(here, "..", "target", "tlacheck.jar")
    if args.recheck:
        return recheck(Tools(args.tlc, jar, os.path.join(tempfile.gettempdir(), "difftest-cds"), args.timeout),
                       args.recheck, args.promote)
    out = args.out or os.path.join(tempfile.gettempdir(), "difftest-%d" % args.seed)
    os.makedirs(out, exist_ok=True)
    tools = Tools(args.tlc, jar, os.path.join(tempfile.gettempdir(), "difftest-cds"), args.timeout)
    t0 = time.monotonic()
    cases = [Case(args.seed, i, args.mode, args.batch) for i in range(args.start, args.start + args.count)]
    log = open(os.path.join(out, "log.txt"), "a")
    records = []
    done = [0]
    lock = threading.Lock()

    def one(c):
        try:
            r = run_case(tools, c, log)
        except Exception as ex:  # a harness bug must not stop the whole run
            import traceback
            r = {"id": c.id, "kind": c.kind, "runs": 0, "exprs": 0, "agree": 0, "divs": [], "timeouts": 0,
                 "harness_error": traceback.format_exc()}
        with lock:
            done[0] += 1
            for d in r["divs"]:
                log.write("%s %s\n" % (c.id, describe(d)))
            log.flush()
            if done[0] % 25 == 0:
                el = time.monotonic() - t0
                print("[%d/%d] %.0fs, %d divergences so far" % (done[0], len(cases), el,
                      sum(len(x["divs"]) for x in records) + len(r["divs"])), flush=True)
        return r

    with cf.ThreadPoolExecutor(args.jobs) as ex:
        for r in ex.map(one, cases):
            records.append(r)
    elapsed = time.monotonic() - t0

    # every divergence, raw, grouped by signature
    sigs = {}
    for r in records:
        for d in r["divs"]:
            sigs.setdefault(d["sig"], []).append(d)
    raw = os.path.join(out, "raw")
    for n, (sig, ds) in enumerate(sorted(sigs.items(), key=lambda kv: kv[1][0]["case"])):
        for k, d in enumerate(ds[:5]):       # five examples per signature are plenty; all are in log.txt
            cfg = d["spec"].cfg() if d["kind"] == "state" else gen.constants_cfg()
            d["deadlock_flag"] = d["kind"] == "state" and d["spec"].deadlock == "flag"
            save_div(d, os.path.join(raw, "sig%03d" % n, "%s-%s" % (d["case"], d.get("index", 0))), cfg,
                     sig + "\n" + describe(d))
    open(os.path.join(raw, "signatures.txt") if sigs else os.path.join(out, "signatures.txt"), "w").write(
        "".join("sig%03d %5d  %s\n" % (n, len(ds), sig) for n, (sig, ds) in
                enumerate(sorted(sigs.items(), key=lambda kv: kv[1][0]["case"]))))

    summary = {
        "seed": args.seed, "cases": len(records), "start": args.start,
        "expr_specs": sum(1 for r in records if r["kind"] == "expr"),
        "state_specs": sum(1 for r in records if r["kind"] == "state"),
        "tool_runs": dict(tools.runs),
        "expressions": sum(r["exprs"] for r in records if r["kind"] == "expr"),
        "expressions_agreeing": sum(r["agree"] for r in records if r["kind"] == "expr"),
        "state_specs_agreeing": sum(r["agree"] for r in records if r["kind"] == "state"),
        "timeouts": sum(r["timeouts"] for r in records),
        "tlc_warnings_in_prints": sum(r.get("tlc_warnings", 0) for r in records),
        "harness_errors": [r["id"] for r in records if r.get("harness_error")],
        "state_verdicts": {},
        "divergences": sum(len(r["divs"]) for r in records),
        "signatures": len(sigs),
        "seconds": round(elapsed, 1),
    }
    for r in records:
        if r["kind"] == "state":
            summary["state_verdicts"][r.get("verdict", "?")] = summary["state_verdicts"].get(r.get("verdict", "?"), 0) + 1
    for r in records:
        if r.get("harness_error"):
            log.write("harness error in %s:\n%s\n" % (r["id"], r["harness_error"]))

    if args.shrink and sigs:
        known = set()
        if args.known:
            for l in open(args.known):
                l = l.rstrip("\n")
                known.add(re.sub(r"^sig\d+ +\d+  ", "", l))
        firsts = [ds[0] for sig, ds in sorted(sigs.items(), key=lambda kv: kv[1][0]["case"]) if sig not in known]
        mind = os.path.join(out, "min")
        t1 = time.monotonic()

        def sh(d):
            try:
                return shrink.shrink(tools, d, args.shrink_budget)
            except Exception:
                import traceback
                log.write("shrink failed for %s:\n%s\n" % (d["sig"], traceback.format_exc()))
                return None
        with cf.ThreadPoolExecutor(args.jobs) as ex:
            results = list(ex.map(sh, firsts))
        seen = set()
        for d, m in zip(firsts, results):
            if m is None:
                continue
            key = m["sig"]
            name = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")[:60]
            if key in seen:
                continue
            seen.add(key)
            save_div(m, os.path.join(mind, name), m["cfg"], m["sig"] + "\n" + describe(m))
        summary["shrink_seconds"] = round(time.monotonic() - t1, 1)
        summary["minimized"] = len(seen)
    json.dump(summary, open(os.path.join(out, "summary.json"), "w"), indent=1)
    print(json.dumps(summary, indent=1))


if __name__ == "__main__":
    sys.exit(main())
