"""Shrinking a divergence: greedy delta debugging over the generator's structure.

A candidate is the spec with one part removed (an action, an invariant, a constraint, a variable, a
guard, an action parameter) or one expression node replaced by one of its children or by the smallest
literal of its type. A candidate is kept when both tools still disagree in the same way (the same
signature: the same fields differ, with the same kinds of verdicts and errors); the search restarts
from it, larger cuts first, until no candidate is kept or the budget of tool runs is spent.
"""
import re

import gen

INIT_DEFAULT = {"int": "{x} = 0", "bool": "{x} = TRUE", "set": "{x} = {{}}", "fun": "{x} = [v0 \\in {d} |-> 0]",
                "rec": "{x} = [f |-> 0, g |-> TRUE]", "seq": "{x} = << >>", "mv": "{x} = a", "str": '{x} = "p"'}


def node_candidates(root):
    """(path, replacement) pairs, outermost nodes first."""
    out = []
    stack = [((), root)]
    order = []
    while stack:
        p, n = stack.pop(0)
        order.append((p, n))
        for i, k in enumerate(n.kids):
            stack.append((p + (i,), k))
    g = gen.Gen(None)
    for p, n in order:
        for k in n.kids:
            if not (k.free() & set(n.binds)):
                out.append((p, k))
        m = minimal_for(g, n)
        if m is not None and m != n.text():
            out.append((p, gen.Node([m], (), n.ty)))
    return out


def minimal_for(g, n):
    t = n.ty
    if not t:
        return None
    if t[0] == "upd":
        return "UNCHANGED " + t[1]
    if t[0] in ("init",):
        return None     # handled with the variable's kind by the state shrinker
    return g.minimal(t)


def replace(root, path, new):
    if not path:
        return new
    i = path[0]
    return root.with_kid(i, replace(root.kids[i], path[1:], new))


def shrink(tools, d, budget):
    if d["kind"] == "state":
        return shrink_state(tools, d, budget)
    return shrink_expr(tools, d, budget)


# ---------------------------------------------------------------- expressions

def shrink_expr(tools, d, budget):
    from difftest import run_expr, compare_expr_batch
    style = d["style"]
    runs = [0]

    def test(e):
        runs[0] += 1
        (tlc, tc), module = run_expr(tools, [(style, e)], 1)
        divs, _, _, _ = compare_expr_batch(tlc, tc, 1, 1)
        return divs, tlc, tc, module

    divs, tlc, tc, module = test(d["expr"])
    if not divs:
        # does not diverge alone: keep the batch as found
        return dict(d, cfg=gen.constants_cfg(), sig=d["sig"], note="not reproduced alone")
    target = d["sig"] if any(x[3] == d["sig"] for x in divs) else divs[0][3]
    best = (d["expr"], divs, tlc, tc, module)
    # One round tries every candidate of the current expression, many to a spec (each in its own
    # ASSUME, as in a batch); a run that stops at an error goes on with the candidates after it.
    # The first candidate (outermost cut first) that keeps the signature becomes the new expression.
    while runs[0] < budget:
        cands, seen = [], {best[0].text()}
        for path, new in node_candidates(best[0]):
            c = replace(best[0], path, new)
            if c.text() not in seen:
                seen.add(c.text())
                cands.append(c)
        found = None
        pos = 0
        while pos < len(cands) and runs[0] < budget and found is None:
            chunk = cands[pos:pos + 40]
            runs[0] += 1
            (tlc, tc), module = run_expr(tools, [(style, c) for c in chunk], 1)
            divs, nxt, _, note = compare_expr_batch(tlc, tc, 1, len(chunk))
            hits = sorted(i for (i, _, _, sig) in divs if sig == target)
            if hits:
                found = chunk[hits[0] - 1]
            elif note in ("timeout", "failed"):
                pos += len(chunk)
            else:
                pos += max(nxt - 1, 1)
        if found is None:
            break
        divs, tlc, tc, module = test(found)
        if not any(x[3] == target for x in divs):
            break       # it diverged only beside the other candidates: stop here
        best = (found, divs, tlc, tc, module)
    e, divs, tlc, tc, module = best
    x = next(x for x in divs if x[3] == target)
    return {"kind": x[1], "index": 1, "detail": x[2], "sig": target, "expr": e, "style": style, "module": module,
            "cfg": gen.constants_cfg(), "tlc": tlc, "tlacheck": tc, "runs": runs[0]}


# ---------------------------------------------------------------- state-space models

def mentions(text, name):
    return re.search(r"(?<![A-Za-z0-9_])%s(?![A-Za-z0-9_])" % re.escape(name), text) is not None


def structural(s):
    """Smaller specs by removing whole parts, largest first."""
    out = []
    if len(s.vars) > 1:
        for v in s.vars:
            others = [n for n, _ in s.trees()]
            own = {id(s.init[v.name])} | {id(a["upd"][v.name]) for a in s.actions if v.name in a["upd"]}
            if any(mentions(n.text(), v.name) for n in others if id(n) not in own):
                continue
            c = s.copy()
            c.vars = [w for w in s.vars if w.name != v.name]
            del c.init[v.name]
            for a in c.actions:
                a["upd"].pop(v.name, None)
                a["missing"] = tuple(m for m in a.get("missing", ()) if m != v.name)
            c.cap = [x for x in c.cap if not mentions(x, v.name)]
            out.append(c)
    for i in range(len(s.actions)):
        if len(s.actions) > 1:
            c = s.copy(); del c.actions[i]; out.append(c)
    for i in range(len(s.invs)):
        c = s.copy(); del c.invs[i]; out.append(c)
    if s.constraint is not None:
        c = s.copy(); c.constraint = None; out.append(c)
    if s.aconstraint is not None:
        c = s.copy(); c.aconstraint = None; out.append(c)
    for i, a in enumerate(s.actions):
        if a["guard"] is not None:
            c = s.copy(); c.actions[i]["guard"] = None; out.append(c)
        for j, (p, st, pt) in enumerate(a["params"]):
            body = [a["guard"]] if a["guard"] is not None else []
            body += list(a["upd"].values())
            if not any(mentions(n.text(), p) for n in body):
                c = s.copy(); del c.actions[i]["params"][j]; out.append(c)
        for k in list(a["upd"]):
            if len(a["upd"]) > 1 or True:
                c = s.copy(); del c.actions[i]["upd"][k]; out.append(c)
        if a.get("missing"):
            c = s.copy(); c.actions[i]["missing"] = (); out.append(c)
    if s.deadlock != "check":
        c = s.copy(); c.deadlock = "check"; out.append(c)
    if s.named_actions:
        c = s.copy(); c.named_actions = False; out.append(c)
    for v in s.vars:
        dflt = INIT_DEFAULT[v.kind].format(x=v.name, d=v.info.get("d", ""))
        if s.init[v.name].text() != dflt:
            c = s.copy(); c.init[v.name] = gen.Node([dflt], (), ("init", v.name)); out.append(c)
    return out


def expression_cuts(s):
    out = []
    for tree, setter in s.trees():
        for path, new in node_candidates(tree):
            c = s.copy()
            setter(c, replace(tree, path, new))
            out.append(c)
    return out


def shrink_state(tools, d, budget):
    from difftest import state_divs
    runs = [0]

    def test(s):
        runs[0] += 1
        tlc, tc = tools.run_pair(s.module("M"), s.cfg(), s.deadlock == "flag")
        return state_divs(tlc, tc), tlc, tc

    target = d["sig"]
    best = (d["spec"], d["tlc"], d["tlacheck"], d["detail"])
    changed = True
    while changed and runs[0] < budget:
        changed = False
        for cand in structural(best[0]) + expression_cuts(best[0]):
            if runs[0] >= budget:
                break
            if cand.module("M") == best[0].module("M") and cand.cfg() == best[0].cfg() \
                    and cand.deadlock == best[0].deadlock:
                continue
            c, tlc, tc = test(cand)
            if target in c:
                best = (cand, tlc, tc, c[target])
                changed = True
                break
    s, tlc, tc, detail = best
    return {"kind": "state", "detail": detail, "sig": target, "spec": s, "module": s.module("M"), "cfg": s.cfg(),
            "tlc": tlc, "tlacheck": tc, "deadlock_flag": s.deadlock == "flag", "runs": runs[0]}
