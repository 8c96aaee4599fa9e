"""Random well-formed TLA+ specs for the differential test: expression trees typed by the values they
denote, constant-expression batches and small state-space models.

Every expression is a tree of Node objects whose text is built from parts (strings and child
indices), so the shrinker (shrink.py) can replace any node by one of its children or by a small
literal of its type and print the smaller spec again. Bound names are unique per spec (v1, v2, ...),
so no shrink step can capture a name.
"""
import random

INT, BOOL, STR, MV = ("int",), ("bool",), ("str",), ("mv",)
SCALARS = [INT, BOOL, STR, MV]
MODEL_VALUES = ["a", "b", "c"]


def Set(t): return ("set", t)
def Seq(t): return ("seq", t)
def Fun(d, r): return ("fun", d, r)
def Rec(fields): return ("rec", tuple(fields))
def Tup(ts): return ("tup", tuple(ts))


class Node:
    """parts: strings and ints (index of a child); binds: names this node binds in its children."""
    __slots__ = ("parts", "kids", "ty", "binds", "var")

    def __init__(self, parts, kids=(), ty=None, binds=(), var=None):
        self.parts, self.kids, self.ty, self.binds, self.var = parts, tuple(kids), ty, tuple(binds), var

    def text(self):
        return "".join(p if isinstance(p, str) else self.kids[p].text() for p in self.parts)

    def free(self):
        s = {self.var} if self.var else set()
        for k in self.kids:
            s |= k.free()
        return s - set(self.binds)

    def size(self):
        return 1 + sum(k.size() for k in self.kids)

    def with_kid(self, i, k):
        kids = list(self.kids)
        kids[i] = k
        return Node(self.parts, kids, self.ty, self.binds, self.var)


def esc(text):
    return text.replace("{", "{{").replace("}", "}}")


def lit(text, ty):
    return Node([text], (), ty)


def op(fmt, kids, ty, binds=()):
    """fmt uses {0}, {1}, ... for children; other braces are doubled as in str.format."""
    parts, i = [], 0
    buf = ""
    while i < len(fmt):
        c = fmt[i]
        if c == "{" and fmt[i + 1] == "{":
            buf += "{"; i += 2
        elif c == "}" and i + 1 < len(fmt) and fmt[i + 1] == "}":
            buf += "}"; i += 2
        elif c == "{":
            j = fmt.index("}", i)
            if buf: parts.append(buf); buf = ""
            parts.append(int(fmt[i + 1:j])); i = j + 1
        else:
            buf += c; i += 1
    if buf: parts.append(buf)
    return Node(parts, kids, ty, binds)


INT_LITS = [0, 1, 2, 3, 5, 7, 10, -1, -3, 100, 2147483647, -2147483647, 2147483646, 65536, 46340, 46341,
            1073741824, 1000000]
STR_LITS = ["a", "b", "", "a b", "x1", "1", "A", "ab", "f", "\\\\", "\\\"", "a\\nb", "zz", "c d"]
FIELDS = ["f", "g", "h"]


class Gen:
    def __init__(self, rng, err=0.03, mvs=True):
        self.r = rng
        self.err = err          # probability of an error-prone construct at a node
        self.n = 0              # bound-name counter
        self.mvs = mvs
        self.vars = []          # state variables and bound names in scope: (name, type)
        self.cross = True       # comparisons across kinds (errors in TLC) among ordinary Boolean expressions

    def fresh(self):
        self.n += 1
        return "v%d" % self.n

    def pick(self, *xs):
        return self.r.choice(xs)

    # ---------- types ----------
    def rtype(self, d=2):
        r = self.r.random()
        if d <= 0 or r < 0.45:
            return self.r.choice([INT, INT, BOOL, STR, MV] if self.mvs else [INT, INT, BOOL, STR])
        if r < 0.65:
            return Set(self.rtype(d - 1))
        if r < 0.75:
            return Seq(self.rtype(d - 1))
        if r < 0.85:
            return Fun(self.r.choice([INT, STR, MV] if self.mvs else [INT, STR]), self.rtype(d - 1))
        if r < 0.93:
            n = self.r.randint(1, 2)
            return Rec([(FIELDS[i], self.rtype(d - 1)) for i in range(n)])
        return Tup([self.rtype(d - 1) for _ in range(self.r.randint(1, 3))])

    # ---------- literals ----------
    def lit(self, t):
        k = t[0]
        r = self.r
        if k == "int":
            v = r.choice(INT_LITS) if r.random() < 0.12 else r.randint(-2, 6)
            return lit(str(v) if v >= 0 else "(%d)" % v, t)
        if k == "bool":
            return lit(r.choice(["TRUE", "FALSE"]), t)
        if k == "str":
            return lit('"%s"' % r.choice(STR_LITS), t)
        if k == "mv":
            return lit(r.choice(MODEL_VALUES) if self.mvs else '"mv"', t)
        if k == "set":
            n = r.choice([0, 1, 2, 2, 3])
            if t[1] == INT and r.random() < 0.4:
                a = r.randint(-1, 4)
                return lit("(%s..%s)" % (a if a >= 0 else "(%d)" % a, a + r.randint(-1, 3)), t)
            return op("{{" + ", ".join("{%d}" % i for i in range(n)) + "}}", [self.lit(t[1]) for _ in range(n)], t)
        if k == "seq":
            n = r.choice([0, 1, 2, 3])
            return op("<<" + ", ".join("{%d}" % i for i in range(n)) + ">>", [self.lit(t[1]) for _ in range(n)], t)
        if k == "fun":
            n = r.choice([1, 2])
            ks = [self.lit(t[1]) for _ in range(n)]
            vs = [self.lit(t[2]) for _ in range(n)]
            return op(" @@ ".join("{%d} :> {%d}" % (2 * i, 2 * i + 1) for i in range(n)).join("()"),
                      [x for p in zip(ks, vs) for x in p], t)
        if k == "rec":
            fs = t[1]
            return op("[" + ", ".join("%s |-> {%d}" % (f, i) for i, (f, _) in enumerate(fs)) + "]",
                      [self.lit(ft) for _, ft in fs], t)
        if k == "tup":
            return op("<<" + ", ".join("{%d}" % i for i in range(len(t[1]))) + ">>", [self.lit(x) for x in t[1]], t)
        raise ValueError(t)

    def minimal(self, t):
        """The smallest literal of a type (for shrinking)."""
        k = t[0] if t else None
        return {"int": "0", "bool": "TRUE", "str": '"a"', "mv": "a" if self.mvs else '"mv"', "set": "{}",
                "seq": "<<>>"}.get(k)

    # ---------- expressions ----------
    def small_set(self, t, d):
        """A set expression whose elements have type t and that stays small (a domain to range over)."""
        if self.r.random() < 0.6 or d <= 0:
            return self.lit(Set(t))
        return self.expr(Set(t), min(d, 1))

    def var_of(self, t):
        vs = [n for n, vt in self.vars if vt == t]
        return self.r.choice(vs) if vs else None

    def expr(self, t, d):
        r = self.r
        v = self.var_of(t)
        if v and r.random() < 0.35:
            return Node([v], (), t, var=v)
        if d <= 0 or r.random() < 0.15:
            return self.lit(t)
        if r.random() < self.err:
            e = self.error_expr(t, d)
            if e is not None:
                return e
        c = r.random()
        if c < 0.08:
            return op("(IF {0} THEN {1} ELSE {2})", [self.expr(BOOL, d - 1), self.expr(t, d - 1), self.expr(t, d - 1)], t)
        if c < 0.12:
            return op("(CASE {0} -> {1} [] {2} -> {3} [] OTHER -> {4})",
                      [self.expr(BOOL, d - 1), self.expr(t, d - 1), self.expr(BOOL, d - 1), self.expr(t, d - 1),
                       self.expr(t, d - 1)], t)
        if c < 0.16:
            return self.let(t, d)
        if c < 0.20:
            return self.choose(t, d)
        if c < 0.27:
            return self.apply_to(t, d)
        k = t[0]
        return getattr(self, "e_" + k)(t, d)

    def let(self, t, d):
        u = self.rtype(1)
        n = self.fresh()
        val = self.expr(u, d - 1)
        self.vars.append((n, u))
        body = self.expr(t, d - 1)
        self.vars.pop()
        return op("(LET %s == {0} IN {1})" % n, [val, body], t, binds=[n])

    def choose(self, t, d):
        n = self.fresh()
        s = self.small_set(t, d - 1)
        if self.r.random() < 0.5:       # mostly non-empty: a CHOOSE without witness ends the batch
            s = op("({{{0}}} \\cup {1})", [self.expr(t, d - 1), s], Set(t))
        self.vars.append((n, t))
        p = self.expr(BOOL, d - 1) if self.r.random() < 0.35 else lit("TRUE", BOOL)
        self.vars.pop()
        return op("(CHOOSE %s \\in {0} : {1})" % n, [s, p], t, binds=[n])

    def apply_to(self, t, d):
        """An expression of type t taken out of a bigger value: f[x], r.f, s[i], Head(s), t[i]. Mostly
        applied inside the domain (an error ends a batch, so errors come mostly from error_expr)."""
        r = self.r
        c = r.random()
        inside = r.random() < 0.85
        if c < 0.35:
            dt = r.choice([INT, STR] + ([MV] if self.mvs else []))
            keys = [self.lit(dt) for _ in range(r.randint(1, 3))]
            dom = op("{{" + ", ".join("{%d}" % i for i in range(len(keys))) + "}}", keys, Set(dt))
            if r.random() < 0.5:
                n = self.fresh()
                self.vars.append((n, dt))
                body = self.expr(t, d - 1)
                self.vars.pop()
                f = op("[%s \\in {0} |-> {1}]" % n, [dom, body], Fun(dt, t), binds=[n])
            elif r.random() < 0.8:
                f = op(" @@ ".join("{%d} :> {%d}" % (2 * i, 2 * i + 1) for i in range(len(keys))).join("()"),
                       [x for k in keys for x in (k, self.expr(t, d - 1))], Fun(dt, t))
            else:
                f = self.expr(Fun(dt, t), d - 1)
            x = r.choice(keys) if inside else self.expr(dt, d - 1)
            return op("{0}[{1}]", [f, x], t)
        if c < 0.55:
            fs = [("f", t)] + ([("g", self.rtype(0))] if r.random() < 0.5 else [])
            return op("{0}.f", [self.expr(Rec(fs), d - 1)], t)
        if c < 0.75:
            if inside:
                return op("Head(<<{0}>> \\o {1})", [self.expr(t, d - 1), self.expr(Seq(t), d - 1)], t)
            return op("Head({0})", [self.expr(Seq(t), d - 1)], t)
        if c < 0.9:
            if inside:
                n = r.randint(1, 3)
                return op("<<" + ", ".join("{%d}" % i for i in range(n)) + ">>[%d]" % r.randint(1, n),
                          [self.expr(t, d - 1) for _ in range(n)], t)
            return op("{0}[{1}]", [self.expr(Seq(t), d - 1), self.expr(INT, d - 1)], t)
        ts = [self.rtype(0) for _ in range(r.randint(0, 2))]
        i = r.randint(0, len(ts))
        ts.insert(i, t)
        return op("{0}[%d]" % (i + 1), [self.expr(Tup(ts), d - 1)], t)

    def quant(self, q, d):
        u = self.rtype(1)
        n = self.fresh()
        s = self.small_set(u, d - 1)
        self.vars.append((n, u))
        p = self.expr(BOOL, d - 1)
        self.vars.pop()
        return op("(%s %s \\in {0} : {1})" % (q, n), [s, p], BOOL, binds=[n])

    def e_int(self, t, d):
        r, e = self.r, lambda: self.expr(INT, d - 1)
        c = r.random()
        if c < 0.35:
            o = r.choice(["+", "-", "*", "+", "-", "*", "\\div", "%"])
            if o in ("\\div", "%") and r.random() < 0.8:
                return op("({0} %s {1})" % o, [e(), lit(str(r.randint(1, 5)), INT)], t)
            return op("({0} %s {1})" % o, [e(), e()], t)
        if c < 0.42:
            return op("({0} ^ {1})", [e(), lit(str(r.choice([0, 1, 2, 3, 2, 31, 16])), INT)], t)
        if c < 0.47:
            return op("(-{0})", [e()], t)
        if c < 0.62:
            return op("Cardinality({0})", [self.expr(Set(self.rtype(1)), d - 1)], t)
        if c < 0.75:
            return op("Len({0})", [self.expr(Seq(self.rtype(1)), d - 1)], t)
        if c < 0.8:
            return op("Len({0})", [self.expr(STR, d - 1)], t)
        return self.lit(t)

    def e_bool(self, t, d):
        r = self.r
        c = r.random()
        if c < 0.12:
            u = self.rtype(1)
            return op("({0} %s {1})" % r.choice(["=", "#", "/="]), [self.expr(u, d - 1), self.expr(u, d - 1)], t)
        if c < 0.22:
            return op("({0} %s {1})" % r.choice(["<", "<=", ">", ">=", "=<", "\\leq", "\\geq"]),
                      [self.expr(INT, d - 1), self.expr(INT, d - 1)], t)
        if c < 0.34:
            u = self.rtype(1)
            return op("({0} %s {1})" % r.choice(["\\in", "\\notin"]), [self.expr(u, d - 1), self.expr(Set(u), d - 1)], t)
        if c < 0.4:
            u = self.rtype(1)
            return op("({0} %s {1})" % r.choice(["\\subseteq", "\\subseteq", "="]),
                      [self.expr(Set(u), d - 1), self.expr(Set(u), d - 1)], t)
        if c < 0.52:
            return op("({0} %s {1})" % r.choice(["/\\", "\\/", "=>", "<=>", "/\\", "\\/"]),
                      [self.expr(BOOL, d - 1), self.expr(BOOL, d - 1)], t)
        if c < 0.56:
            return op("(~{0})", [self.expr(BOOL, d - 1)], t)
        if c < 0.68:
            return self.quant(r.choice(["\\A", "\\E"]), d)
        if c < 0.72:
            return op("IsFiniteSet({0})", [self.expr(Set(self.rtype(1)), d - 1)], t)
        if c < 0.78:
            return self.cross_kind(d) if self.cross and r.random() < 0.4 else self.lit(t)
        if c < 0.84:
            return self.membership(d)
        if c < 0.88:
            return op("({0} \\in DOMAIN {1})", [self.expr(INT, d - 1), self.expr(Seq(self.rtype(0)), d - 1)], t)
        return self.lit(t)

    def membership(self, d):
        """Membership in sets TLC decides without listing them: Seq(S), SUBSET S, [S -> T], Nat, Int, STRING, ..."""
        r = self.r
        u = self.rtype(0)
        c = r.random()
        if c < 0.2:
            return op("({0} \\in Seq({1}))", [self.expr(Seq(u), d - 1), self.small_set(u, d - 1)], BOOL)
        if c < 0.4:
            return op("({0} \\in SUBSET {1})", [self.expr(Set(u), d - 1), self.small_set(u, d - 1)], BOOL)
        if c < 0.55:
            return op("({0} \\in [{1} -> {2}])", [self.expr(Fun(INT, u), d - 1), self.small_set(INT, d - 1),
                                                  self.small_set(u, d - 1)], BOOL)
        if c < 0.7:
            return op("({0} \\in [f : {1}])", [self.expr(Rec([("f", u)]), d - 1), self.small_set(u, d - 1)], BOOL)
        if c < 0.85:
            return op("({0} \\in %s)" % r.choice(["Nat", "Int", "Nat \\ {{0}}"]), [self.expr(INT, d - 1)], BOOL)
        return op("({0} \\in STRING)", [self.expr(STR, d - 1)], BOOL)

    def cross_kind(self, d):
        """Equality or membership between values of different kinds: TLC answers some and refuses others."""
        r = self.r
        t1, t2 = self.rtype(1), self.rtype(1)
        if r.random() < 0.5:
            return op("({0} %s {1})" % r.choice(["=", "#"]), [self.lit(t1), self.lit(t2)], BOOL)
        return op("({0} \\in {1})", [self.lit(t1), self.lit(Set(t2))], BOOL)

    def e_str(self, t, d):
        r = self.r
        c = r.random()
        if c < 0.45:
            return op("ToString({0})", [self.expr(self.rtype(2), d - 1)], t)
        if c < 0.7:
            return op("({0} \\o {1})", [self.expr(STR, d - 1), self.expr(STR, d - 1)], t)
        return self.lit(t)

    def e_mv(self, t, d):
        return self.lit(t)

    def e_set(self, t, d):
        r, u = self.r, t[1]
        c = r.random()
        if c < 0.18:
            return op("({0} %s {1})" % r.choice(["\\cup", "\\cap", "\\", "\\union", "\\intersect"]),
                      [self.expr(t, d - 1), self.expr(t, d - 1)], t)
        if c < 0.28:
            n = self.fresh()
            s = self.expr(t, d - 1)
            self.vars.append((n, u))
            p = self.expr(BOOL, d - 1)
            self.vars.pop()
            return op("{{%s \\in {0} : {1}}}" % n, [s, p], t, binds=[n])
        if c < 0.38:
            w = self.rtype(1)
            n = self.fresh()
            s = self.small_set(w, d - 1)
            self.vars.append((n, w))
            e = self.expr(u, d - 1)
            self.vars.pop()
            return op("{{{1} : %s \\in {0}}}" % n, [s, e], t, binds=[n])
        if c < 0.48 and u == INT:
            return op("({0}..{1})", [self.small_int(d - 1), self.small_int(d - 1)], t)
        if c < 0.55 and u[0] == "set":
            return op("(SUBSET {0})", [self.small_set(u[1], 0)], t)
        if c < 0.62:
            return op("(UNION {0})", [self.expr(Set(t), d - 1)], t)
        if c < 0.68 and u[0] == "tup" and len(u[1]) >= 2:
            return op(" \\X ".join("{%d}" % i for i in range(len(u[1]))).join("()"),
                      [self.small_set(x, d - 1) for x in u[1]], t)
        if c < 0.76:
            if u in (INT, STR, MV):
                return op("DOMAIN {0}", [self.expr(Fun(u, self.rtype(0)), d - 1)], t)
            if u == BOOL:
                return lit("BOOLEAN", t)
        if c < 0.82 and u[0] == "rec":
            return op("[" + ", ".join("%s : {%d}" % (f, i) for i, (f, _) in enumerate(u[1])) + "]",
                      [self.small_set(ft, 0) for _, ft in u[1]], t)
        if c < 0.86 and u[0] == "fun":
            return op("[{0} -> {1}]", [self.small_set(u[1], 0), self.small_set(u[2], 0)], t)
        if c < 0.9:
            return op("{{{0}, {1}}}", [self.expr(u, d - 1), self.expr(u, d - 1)], t)
        return self.lit(t)

    def small_int(self, d):
        if self.r.random() < 0.6:
            return self.lit(INT)
        return op("({0} %% %d)" % self.r.randint(2, 6), [self.expr(INT, d)], INT)

    def e_seq(self, t, d):
        r, u = self.r, t[1]
        c = r.random()
        s = lambda: self.expr(t, d - 1)
        if c < 0.15:
            return op("Append({0}, {1})", [s(), self.expr(u, d - 1)], t)
        if c < 0.25:
            return op("Tail({0})", [s()], t)
        if c < 0.35:
            return op("SubSeq({0}, {1}, {2})", [s(), self.small_int(d - 1), self.small_int(d - 1)], t)
        if c < 0.47:
            return op("({0} \\o {1})", [s(), s()], t)
        if c < 0.57:
            n = self.fresh()
            x = s()
            self.vars.append((n, u))
            p = self.expr(BOOL, d - 1)
            self.vars.pop()
            return op("SelectSeq({0}, LAMBDA %s : {1})" % n, [x, p], t, binds=[n])
        if c < 0.67:
            n = self.fresh()
            hi = self.small_int(d - 1)
            self.vars.append((n, INT))
            e = self.expr(u, d - 1)
            self.vars.pop()
            return op("[%s \\in 1..{0} |-> {1}]" % n, [hi, e], t, binds=[n])
        if c < 0.77:
            n = r.randint(1, 3)
            return op("<<" + ", ".join("{%d}" % i for i in range(n)) + ">>", [self.expr(u, d - 1) for _ in range(n)], t)
        if c < 0.8 and u == INT:
            return op("SortSeq({0}, LAMBDA p, q : p < q)", [s()], t)
        return self.lit(t)

    def fun_domain(self, dt, d):
        r = self.r
        if dt == INT and r.random() < 0.3:
            return lit(r.choice(["4..4", "1..3", "0..1", "2..1", "(-1)..1"]), Set(INT))
        if dt == STR and r.random() < 0.4:
            return lit(r.choice(['{"a b", "c"}', '{"1", "2"}', '{"", "x"}', '{"f", "g"}', '{"a", "a b"}',
                                 '{"A", "a"}']), Set(STR))
        return self.small_set(dt, d)

    def e_fun(self, t, d):
        r, dt, rt = self.r, t[1], t[2]
        c = r.random()
        if c < 0.4:
            n = self.fresh()
            s = self.fun_domain(dt, d - 1)
            self.vars.append((n, dt))
            e = self.expr(rt, d - 1)
            self.vars.pop()
            return op("[%s \\in {0} |-> {1}]" % n, [s, e], t, binds=[n])
        if c < 0.55:
            return op("({0} :> {1})", [self.expr(dt, d - 1), self.expr(rt, d - 1)], t)
        if c < 0.67:
            return op("({0} @@ {1})", [self.expr(t, d - 1), self.expr(t, d - 1)], t)
        if c < 0.85:
            if r.random() < 0.5 and rt == INT:
                return op("[{0} EXCEPT ![{1}] = @ + {2}]", [self.expr(t, d - 1), self.expr(dt, d - 1),
                                                           self.expr(INT, d - 1)], t)
            return op("[{0} EXCEPT ![{1}] = {2}]", [self.expr(t, d - 1), self.expr(dt, d - 1), self.expr(rt, d - 1)], t)
        return self.lit(t)

    def e_rec(self, t, d):
        r, fs = self.r, t[1]
        c = r.random()
        if c < 0.4:
            return op("[" + ", ".join("%s |-> {%d}" % (f, i) for i, (f, _) in enumerate(fs)) + "]",
                      [self.expr(ft, d - 1) for _, ft in fs], t)
        if c < 0.7:
            f, ft = r.choice(fs)
            return op("[{0} EXCEPT !.%s = {1}]" % f, [self.expr(t, d - 1), self.expr(ft, d - 1)], t)
        if c < 0.8:
            f, ft = r.choice(fs)
            return op('[{0} EXCEPT !["%s"] = {1}]' % f, [self.expr(t, d - 1), self.expr(ft, d - 1)], t)
        return self.lit(t)

    def e_tup(self, t, d):
        return op("<<" + ", ".join("{%d}" % i for i in range(len(t[1]))) + ">>",
                  [self.expr(x, d - 1) for x in t[1]], t)

    # ---------- errors ----------
    def error_expr(self, t, d):
        """A construct of type t that TLC may refuse: bad application, overflow, no witness, Assert, ..."""
        r = self.r
        k = t[0]
        c = r.randint(0, 9)
        if k == "int":
            return [lambda: op("({0} \\div 0)", [self.expr(INT, d - 1)], t),
                    lambda: op("({0} %% 0)", [self.expr(INT, d - 1)], t),
                    lambda: op("(2147483647 + {0})", [self.expr(INT, d - 1)], t),
                    lambda: op("({0} * 65536)", [self.expr(INT, d - 1)], t),
                    lambda: op("(-2147483648 - {0})", [self.expr(INT, d - 1)], t),
                    lambda: op("(2 ^ {0})", [self.expr(INT, d - 1)], t),
                    lambda: op("Head(<< >>)", [], t),
                    lambda: op("<<1, 2>>[{0}]", [self.expr(INT, d - 1)], t),
                    lambda: op("(CHOOSE %s \\in {0} : FALSE)" % self.fresh(), [self.small_set(INT, 0)], t),
                    lambda: op('[f |-> 1].{0}', [lit(r.choice(["g", "f"]), None)], t)][c]()
        if k == "bool":
            return [lambda: op('Assert({0}, "assertion msg")', [self.expr(BOOL, d - 1)], t),
                    lambda: op("({0} < {1})", [self.lit(self.rtype(0)), self.lit(self.rtype(0))], t),
                    lambda: self.cross_kind(d),
                    lambda: op("({0} \\subseteq {1})", [self.lit(self.rtype(1)), self.lit(self.rtype(1))], t),
                    lambda: op("(IF {0} THEN TRUE ELSE FALSE)", [self.lit(self.rtype(0))], t),
                    lambda: op("({0} /\\ {1})", [self.lit(self.rtype(0)), self.expr(BOOL, d - 1)], t),
                    lambda: op("({0} \\in {1})", [self.lit(self.rtype(0)), self.lit(self.rtype(0))], t),
                    lambda: op("(\\A %s \\in {0} : {1})" % self.fresh(), [self.lit(self.rtype(0)), self.lit(BOOL)], t),
                    lambda: op("({0} = {1})", [self.expr(self.rtype(1), d - 1), self.lit(self.rtype(1))], t),
                    lambda: op("Assert(FALSE, {0})", [self.expr(self.rtype(1), 0)], t)][c]()
        if k == "set":
            return [lambda: op("{{{0}, {1}}}", [self.lit(self.rtype(0)), self.lit(self.rtype(0))], t),
                    lambda: op("({0} \\cup {1})", [self.lit(self.rtype(1)), self.lit(self.rtype(1))], t),
                    lambda: op("(SUBSET {0})", [self.lit(self.rtype(0))], t),
                    lambda: op("(UNION {0})", [self.lit(Set(self.rtype(0)))], t),
                    lambda: op("({0}..{1})", [self.lit(INT), self.lit(self.rtype(0))], t),
                    lambda: op("DOMAIN {0}", [self.lit(self.rtype(0))], t),
                    lambda: op("{{{0}, {1}}}", [self.lit(MV), self.lit(self.rtype(0))], t),
                    lambda: op("({0} \\X {1})", [self.lit(self.rtype(1)), self.lit(self.rtype(0))], t),
                    lambda: op("{{{0}, {1}}}", [self.lit(Seq(INT)), self.lit(Fun(INT, INT))], t),
                    lambda: op("{{{0}, {1}}}", [self.lit(Rec([("f", INT)])), self.lit(Fun(STR, INT))], t)][c]()
        if k == "seq":
            return [lambda: op("Tail(<< >>)", [], t),
                    lambda: op("SubSeq({0}, 0, 2)", [self.expr(t, d - 1)], t),
                    lambda: op("Append({0}, {1})", [self.lit(self.rtype(0)), self.expr(t[1], d - 1)], t),
                    lambda: op("({0} \\o {1})", [self.expr(t, d - 1), self.lit(self.rtype(1))], t),
                    lambda: op("Tail({0})", [self.lit(self.rtype(1))], t)][c % 5]()
        if k == "str":
            return [lambda: op('("abc" \\o {0})', [self.lit(Seq(INT))], t),
                    lambda: op('Head("abc")', [], t),
                    lambda: op('Tail({0})', [self.expr(STR, d - 1)], t),
                    lambda: op('SubSeq("abcdef", {0}, {1})', [self.small_int(0), self.small_int(0)], t),
                    lambda: op('ToString({0})', [self.lit(Set(self.rtype(0)))], t)][c % 5]()
        if k == "fun":
            return [lambda: op("[{0} EXCEPT ![{1}] = {2}]", [self.expr(t, d - 1), self.lit(t[1]), self.lit(t[2])], t),
                    lambda: op("({0} @@ {1})", [self.expr(t, d - 1), self.lit(self.rtype(1))], t),
                    lambda: op("({0} :> {1})", [self.lit(self.rtype(1)), self.lit(t[2])], t)][c % 3]()
        if k == "rec":
            return op("[{0} EXCEPT !.zz = {1}]", [self.expr(t, d - 1), self.lit(INT)], t)
        return None


# ---------------------------------------------------------------- constant-expression batches

def expr_batch(rng, n, depth=4, err=0.012):
    """n independent constant expressions, each printed through its own ASSUME."""
    g = Gen(rng, err=err)
    out = []
    for _ in range(n):
        d = rng.choice([1, 2, 2, 3, 3, depth])
        t = g.rtype(2)
        e = g.expr(t, d)
        style = rng.random()
        out.append((("bool" if t == BOOL and style < 0.15 else "print" if style < 0.9 else "printpair"), e))
    return out


def expr_module(name, items, first=1):
    lines = ["---- MODULE %s ----" % name, "EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC",
             "CONSTANTS " + ", ".join(MODEL_VALUES)]
    for i, (style, e) in enumerate(items):
        tag = '"~%d~"' % (first + i)
        if style == "bool":
            lines.append("ASSUME PrintT(%s) /\\ %s" % (tag, e.text()))
        elif style == "printpair":
            lines.append("ASSUME PrintT(%s) /\\ Print(%s, TRUE)" % (tag, e.text()))
        else:
            lines.append("ASSUME PrintT(%s) /\\ PrintT(%s)" % (tag, e.text()))
    lines.append("====")
    return "\n".join(lines) + "\n"


EXPR_HEADER_LINES = 3     # ASSUME of item i is on line EXPR_HEADER_LINES + 1 + i


def constants_cfg():
    return "".join("CONSTANT %s = %s\n" % (m, m) for m in MODEL_VALUES)


# ---------------------------------------------------------------- state-space models

VAR_KINDS = ["int", "int", "bool", "set", "fun", "rec", "seq", "mv", "str"]
SET_UNIVERSES = [("{0, 1, 2}", INT), ("{a, b}", MV), ('{"p", "q"}', STR)]
FUN_DOMAINS = [("1..2", INT, ["1", "2"]), ('{"a", "b"}', STR, ['"a"', '"b"']), ("{a, b}", MV, ["a", "b"]),
               ('{"a b", "c"}', STR, ['"a b"', '"c"']), ("4..4", INT, ["4"])]
REC_T = Rec([("f", INT), ("g", BOOL)])


class Var:
    def __init__(self, name, kind, ty, dom, info=None):
        self.name, self.kind, self.ty, self.dom, self.info = name, kind, ty, dom, info or {}


class StateSpec:
    """vars, init (var -> Node), actions [{params: [(name, set text, type)], guard, upd: {var: Node}, missing}],
    invs [Node], constraint, aconstraint (Node or None), cap (text kept by the shrinker), deadlock mode."""

    def __init__(self):
        self.vars, self.init, self.actions, self.invs = [], {}, [], []
        self.constraint = self.aconstraint = None
        self.cap = []
        self.deadlock = "check"       # check | flag (-deadlock) | cfg (CHECK_DEADLOCK FALSE)
        self.named_actions = True

    def copy(self):
        s = StateSpec()
        s.vars = list(self.vars)
        s.init = dict(self.init)
        s.actions = [dict(a, upd=dict(a["upd"]), params=list(a["params"])) for a in self.actions]
        s.invs = list(self.invs)
        s.constraint, s.aconstraint, s.cap = self.constraint, self.aconstraint, list(self.cap)
        s.deadlock, s.named_actions = self.deadlock, self.named_actions
        return s

    def action_text(self, a):
        conj = []
        if a["guard"] is not None:
            conj.append("(%s)" % a["guard"].text())
        for v in self.vars:
            if v.name in a["upd"]:
                conj.append("(%s)" % a["upd"][v.name].text())
        un = [v.name for v in self.vars if v.name not in a["upd"] and v.name not in a.get("missing", ())]
        if un:
            conj.append("UNCHANGED <<%s>>" % ", ".join(un))
        body = " /\\ ".join(conj) if conj else "TRUE"
        for p, s, _ in reversed(a["params"]):
            body = "\\E %s \\in %s : %s" % (p, s, body)
        return body

    def module(self, name):
        L = ["---- MODULE %s ----" % name, "EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC",
             "CONSTANTS " + ", ".join(MODEL_VALUES),
             "VARIABLES " + ", ".join(v.name for v in self.vars)]
        L.append("Init == " + " /\\ ".join(self.init[v.name].text() for v in self.vars))
        if self.named_actions:
            for i, a in enumerate(self.actions):
                L.append("A%d == %s" % (i + 1, self.action_text(a)))
            L.append("Next == " + " \\/ ".join("A%d" % (i + 1) for i in range(len(self.actions))))
        else:
            L.append("Next == " + " \\/ ".join("(%s)" % self.action_text(a) for a in self.actions))
        for i, inv in enumerate(self.invs):
            L.append("Inv%d == %s" % (i + 1, inv.text()))
        cons = list(self.cap) + ([self.constraint.text()] if self.constraint is not None else [])
        if cons:
            L.append("Con == " + " /\\ ".join("(%s)" % c for c in cons))
        if self.aconstraint is not None:
            L.append("ACon == " + self.aconstraint.text())
        L.append("====")
        return "\n".join(L) + "\n"

    def cfg(self):
        L = [constants_cfg().rstrip("\n"), "INIT Init", "NEXT Next"]
        for i in range(len(self.invs)):
            L.append("INVARIANT Inv%d" % (i + 1))
        if self.cap or self.constraint is not None:
            L.append("CONSTRAINT Con")
        if self.aconstraint is not None:
            L.append("ACTION_CONSTRAINT ACon")
        if self.deadlock == "cfg":
            L.append("CHECK_DEADLOCK FALSE")
        return "\n".join(L) + "\n"

    def trees(self):
        """Every expression tree with a setter, for the shrinker."""
        out = []
        for v in self.vars:
            out.append((self.init[v.name], lambda s, n, k=v.name: s.init.__setitem__(k, n)))
        for i, a in enumerate(self.actions):
            if a["guard"] is not None:
                out.append((a["guard"], lambda s, n, i=i: s.actions[i].__setitem__("guard", n)))
            for k, u in a["upd"].items():
                out.append((u, lambda s, n, i=i, k=k: s.actions[i]["upd"].__setitem__(k, n)))
        for i, inv in enumerate(self.invs):
            out.append((inv, lambda s, n, i=i: s.invs.__setitem__(i, n)))
        if self.constraint is not None:
            out.append((self.constraint, lambda s, n: setattr(s, "constraint", n)))
        if self.aconstraint is not None:
            out.append((self.aconstraint, lambda s, n: setattr(s, "aconstraint", n)))
        return out


def state_spec(rng, err=0.02):
    g = Gen(rng, err=err)
    g.cross = False
    s = StateSpec()
    kinds = []
    for name in ["x", "y", "z"][:rng.choice([1, 2, 2, 3])]:
        k = rng.choice(VAR_KINDS)
        while k == "seq" and "seq" in kinds:
            k = rng.choice(VAR_KINDS)
        kinds.append(k)
        s.vars.append(make_var(rng, name, k))
    g.vars = [(v.name, v.ty) for v in s.vars]
    for v in s.vars:
        s.init[v.name] = init_node(rng, g, v)
    for _ in range(rng.choice([1, 2, 2, 3, 4])):
        s.actions.append(make_action(rng, g, s))
    for _ in range(rng.choice([0, 1, 1, 2, 3])):
        s.invs.append(make_pred(rng, g, s))
    if rng.random() < 0.35:
        s.constraint = make_pred(rng, g, s)
    if rng.random() < 0.25:
        g.vars += [(v.name + "'", v.ty) for v in s.vars]
        s.aconstraint = make_apred(rng, g, s)
        g.vars = g.vars[:len(s.vars)]
    for v in s.vars:
        if v.info.get("unbounded"):
            s.cap.append("%s <= %d" % (v.name, v.info["cap"]))
    s.deadlock = rng.choice(["check", "check", "check", "flag", "cfg"])
    s.named_actions = rng.random() < 0.6
    return s


def make_var(rng, name, k):
    if k == "int":
        n = rng.randint(2, 5)
        return Var(name, k, INT, "0..%d" % (n - 1), {"n": n})
    if k == "bool":
        return Var(name, k, BOOL, "BOOLEAN")
    if k == "set":
        u, et = rng.choice(SET_UNIVERSES)
        return Var(name, k, Set(et), "SUBSET " + u, {"u": u, "et": et})
    if k == "fun":
        d, dt, elems = rng.choice(FUN_DOMAINS)
        return Var(name, k, Fun(dt, INT), "[%s -> 0..2]" % d, {"d": d, "dt": dt, "elems": elems})
    if k == "rec":
        return Var(name, k, REC_T, "[f : 0..2, g : BOOLEAN]")
    if k == "seq":
        return Var(name, k, Seq(INT), None)
    if k == "mv":
        return Var(name, k, MV, "{a, b, c}")
    return Var(name, k, STR, '{"p", "q", "p q"}')


def init_node(rng, g, v):
    x, k = v.name, v.kind
    choices = {
        "int": ["%s \\in %s" % (x, v.dom), "%s = 0" % x, "%s \\in {0, %d}" % (x, v.info.get("n", 1) - 1)],
        "bool": ["%s \\in BOOLEAN" % x, "%s = TRUE" % x, "%s = FALSE" % x],
        "set": ["%s = {}" % x, "%s \\in %s" % (x, v.dom), "%s = %s" % (x, v.info.get("u"))],
        "fun": ["%s = [v0 \\in %s |-> 0]" % (x, v.info.get("d")), "%s \\in %s" % (x, v.dom)],
        "rec": ["%s = [f |-> 0, g |-> TRUE]" % x, "%s \\in %s" % (x, v.dom)],
        "seq": ["%s = << >>" % x, "%s \\in {<< >>, <<1>>}" % x],
        "mv": ["%s = a" % x, "%s \\in {a, b}" % x],
        "str": ['%s = "p"' % x, "%s \\in %s" % (x, v.dom)],
    }[k]
    return Node([rng.choice(choices)], (), ("init", x))


def make_action(rng, g, s):
    a = {"params": [], "guard": None, "upd": {}, "missing": ()}
    nparams = rng.choice([0, 0, 1, 1, 2])
    added = []
    for _ in range(nparams):
        p = g.fresh()
        st, pt = rng.choice([("0..2", INT), ("1..2", INT), ("{a, b, c}", MV), ('{"p", "q"}', STR), ("BOOLEAN", BOOL),
                             ("{}", INT)] + [(v.dom, v.ty) for v in s.vars if v.dom and v.kind in ("int", "mv", "str")])
        a["params"].append((p, st, pt))
        g.vars.append((p, pt))
        added.append(p)
    if rng.random() < 0.6:
        a["guard"] = make_guard(rng, g, s)
    vs = [v for v in s.vars if rng.random() < 0.6] or [rng.choice(s.vars)]
    for v in vs:
        a["upd"][v.name] = upd_node(rng, g, v)
    rest = [v.name for v in s.vars if v.name not in a["upd"]]
    if rest and rng.random() < 0.04:
        a["missing"] = (rng.choice(rest),)
    g.vars = g.vars[:len(g.vars) - len(added)]
    return a


def make_guard(rng, g, s):
    v = rng.choice(s.vars)
    x = v.name
    if rng.random() < 0.5:
        t = {"int": ["%s < %d" % (x, rng.randint(1, 4)), "%s # %d" % (x, rng.randint(0, 3))],
             "bool": [x, "~" + x], "set": ["Cardinality(%s) < %d" % (x, rng.randint(1, 3)), "%s # {}" % x],
             "fun": ["%s[%s] < 2" % (x, rng.choice(v.info.get("elems", ["1"])))], "rec": ["%s.f < 2" % x, "%s.g" % x],
             "seq": ["Len(%s) < 2" % x, "%s # << >>" % x], "mv": ["%s # b" % x, "%s = a" % x],
             "str": ['%s # "q"' % x]}[v.kind]
        return lit(rng.choice(t), BOOL)
    return g.expr(BOOL, 2)


def upd_node(rng, g, v):
    x, k = v.name, v.kind
    T = ("upd", x)
    c = rng.random()
    params = [(n, t) for n, t in g.vars if n.startswith("v")]
    par = [n for n, t in params if t == v.ty]
    if par and c < 0.2:
        return Node(["%s' = %s" % (x, rng.choice(par))], (), T)
    if k == "int":
        n = v.info["n"]
        if c < 0.35:
            return Node(["%s' = (%s + 1) %% %d" % (x, x, n)], (), T)
        if c < 0.45:
            return Node(["%s' \\in %s" % (x, v.dom)], (), T)
        if c < 0.55 and not v.info.get("unbounded"):
            v.info["unbounded"] = True
            v.info["cap"] = rng.randint(2, 5)
            return Node(["%s' = %s + %d" % (x, x, rng.randint(1, 2))], (), T)
        return op("%s' = ({0}) %% %d" % (x, n), [g.expr(INT, 2)], T)
    if k == "bool":
        if c < 0.4:
            return Node(["%s' = ~%s" % (x, x)], (), T)
        if c < 0.5:
            return Node(["%s' \\in BOOLEAN" % x], (), T)
        return op("%s' = {0}" % x, [g.expr(BOOL, 2)], T)
    if k == "set":
        u, et = v.info["u"], v.info["et"]
        e = Node([rng.choice(u.strip("{}").split(", "))], (), et)
        if c < 0.35:
            return op("%s' = %s \\cup {{{0}}}" % (x, x), [e], T)
        if c < 0.55:
            return op("%s' = %s \\ {{{0}}}" % (x, x), [e], T)
        if c < 0.65:
            return Node(["%s' \\in SUBSET %s" % (x, u)], (), T)
        return op("%s' = ({0}) \\cap %s" % (x, esc(u)), [g.expr(v.ty, 2)], T)
    if k == "fun":
        el = rng.choice(v.info["elems"])
        if c < 0.4:
            return op("%s' = [%s EXCEPT ![{0}] = (@ + 1) %% 3]" % (x, x), [Node([el], (), v.info["dt"])], T)
        if c < 0.6:
            return op("%s' = [%s EXCEPT ![{0}] = ({1}) %% 3]" % (x, x), [Node([el], (), v.info["dt"]), g.expr(INT, 2)], T)
        w = g.fresh()
        return op("%s' = [%s \\in %s |-> (%s[%s] + {0}) %% 3]" % (x, w, esc(v.info["d"]), x, w), [g.expr(INT, 1)], T)
    if k == "rec":
        if c < 0.35:
            return Node(["%s' = [%s EXCEPT !.f = (@ + 1) %% 3]" % (x, x)], (), T)
        if c < 0.6:
            return Node(["%s' = [%s EXCEPT !.g = ~@]" % (x, x)], (), T)
        return op("%s' = [f |-> ({0}) %% 3, g |-> {1}]" % x, [g.expr(INT, 2), g.expr(BOOL, 1)], T)
    if k == "seq":
        if c < 0.5:
            return op("%s' = IF Len(%s) < 3 THEN Append(%s, ({0}) %% 3) ELSE Tail(%s)" % (x, x, x, x), [g.expr(INT, 1)], T)
        if c < 0.75:
            return Node(["Len(%s) > 0 /\\ %s' = Tail(%s)" % (x, x, x)], (), T)
        w = g.fresh()
        return op("%s' = SelectSeq(%s, LAMBDA %s : %s # ({0}))" % (x, x, w, w), [g.expr(INT, 1)], T)
    if k == "mv":
        if c < 0.4:
            return Node(["%s' = IF %s = a THEN b ELSE a" % (x, x)], (), T)
        if c < 0.6:
            return Node(["%s' \\in {a, b, c}" % x], (), T)
        w = g.fresh()
        return Node(["%s' = CHOOSE %s \\in {a, b, c} : %s # %s" % (x, w, w, x)], (), T)
    if c < 0.5:
        return Node(['%s\' = IF %s = "p" THEN "q" ELSE "p q"' % (x, x)], (), T)
    return Node(["%s' \\in %s" % (x, v.dom)], (), T)


def make_pred(rng, g, s):
    """A predicate on the state: mostly one that mentions a variable (one that mentions none is a
    constant-level invariant or constraint, which TLC evaluates once, before the search)."""
    if rng.random() < 0.5:
        return make_guard(rng, g, s)
    e = g.expr(BOOL, rng.choice([1, 2, 2]))
    if rng.random() < 0.93:
        return op("({0} %s {1})" % rng.choice(["/\\", "\\/", "=>"]), [make_guard(rng, g, s), e], BOOL)
    return e


def make_apred(rng, g, s):
    v = rng.choice(s.vars)
    x = v.name
    if rng.random() < 0.6:
        t = ["%s' # %s" % (x, x), "%s' = %s" % (x, x)]
        if v.kind == "int":
            t += ["%s' >= %s" % (x, x), "%s' < %s + 2" % (x, x)]
        return lit(rng.choice(t), BOOL)
    return g.expr(BOOL, 2)
