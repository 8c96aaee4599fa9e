#!/usr/bin/env python3
"""Whole-process benchmark: runs `check` on models, R times each, and prints the median wall
time, CPU time, peak RSS and distinct states per second; for corpus models also TLC's wall time
(from a CSV of TLC runs) and the ratio TLC/ours (above 1: we are faster).

    checker/bench/bench.py [--launcher checker/tlacheck | --jar checker/target/tlacheck.jar] [--repeat 3]
                   [--workers 1] [--specs] [--examples]
                   [--corpus DIR --tlc CSV --only NAME ...]

Run from the repo root. The machine's load matters: medians of several runs, and CPU time
(user+sys) beside wall time, make the numbers comparable between noisy runs.
"""
import argparse, csv, glob, json, os, resource, statistics, subprocess, sys, tempfile, time

def run_once(cmd, cwd):
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as f:
        out = f.name
    start = time.monotonic()
    p = subprocess.Popen(cmd + ["--quiet", "--json", out], cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.monotonic() - start
    try:
        with open(out) as f:
            result = json.load(f)
    except (OSError, ValueError):
        result = {"result": "no json", "distinctStates": 0, "totalStates": 0}
    os.unlink(out)
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, result

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--launcher", default="checker/tlacheck",
                    help="the script users run (AppCDS archive and JVM options); the default")
    ap.add_argument("--jar", default=None, help="run this jar with plain `java -jar` instead of the launcher")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", default="1")
    ap.add_argument("--specs", action="store_true", help="the models of specs/ (with --all-properties)")
    ap.add_argument("--examples", action="store_true")
    ap.add_argument("--corpus", default=None, help="a folder of spec folders with manifest.json")
    ap.add_argument("--tlc", default=None, help="CSV of TLC runs: model,distinctStates,tlc_wall_s_1worker")
    ap.add_argument("--only", action="append", default=[], help="corpus model path substring (repeatable)")
    a = ap.parse_args()
    base = ["java", "-jar", os.path.abspath(a.jar)] if a.jar else [os.path.abspath(a.launcher)]
    models = []  # (name, cwd, args, tlc seconds)
    if a.specs:
        for tla in sorted(glob.glob("specs/*.tla")):
            if os.path.exists(tla[:-4] + ".cfg"):
                models.append((os.path.basename(tla)[:-4], os.getcwd(), [tla, "--all-properties"], None))
    if a.examples:
        with open("examples/manifest.json") as f:
            for module in json.load(f)["modules"]:
                for m in module["models"]:
                    models.append((m["name"], "examples", [module["path"], "--config", m["path"]], None))
    if a.corpus:
        tlc = {}
        if a.tlc:
            with open(a.tlc) as f:
                for row in csv.DictReader(f):
                    tlc[row["model"].split("/", 1)[1]] = float(row["tlc_wall_s_1worker"])
        for manifest in sorted(glob.glob(os.path.join(a.corpus, "*", "manifest.json"))):
            folder = os.path.dirname(manifest)
            with open(manifest) as f:
                data = json.load(f)
            for module in data.get("modules", []):
                for m in module.get("models", []):
                    rel = m["path"].split("/", 1)[1]
                    if m.get("mode") != "exhaustive search" or not any(o in rel for o in a.only):
                        continue
                    inside = lambda p: "/".join(p.split("/")[2:])
                    models.append((rel, folder, [inside(module["path"]), "--config", inside(m["path"])], tlc.get(rel)))
    print(f"{'model':44} {'distinct':>9} {'wall s':>7} {'cpu s':>6} {'RSS MB':>6} {'dist/s':>8} {'TLC s':>6} {'TLC/us':>6}  result")
    for name, cwd, args, tlc_s in models:
        runs = [run_once(base + ["check"] + args + ["--workers", a.workers], cwd) for _ in range(a.repeat)]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        rss = max(r[2] for r in runs)
        res = runs[0][3]
        d = res.get("distinctStates", 0)
        ratio = f"{tlc_s / wall:6.2f}" if tlc_s else "     -"
        tlc_txt = f"{tlc_s:6.2f}" if tlc_s else "     -"
        spread = "/".join(f"{r[0]:.2f}" for r in runs)
        print(f"{name[:44]:44} {d:9d} {wall:7.2f} {cpu:6.2f} {rss:6.0f} {d / wall:8.0f} {tlc_txt} {ratio}  {res.get('result')} (walls {spread})")
        sys.stdout.flush()

if __name__ == "__main__":
    main()
