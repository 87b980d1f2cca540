"""Accuracy against the shared gold sets, through the real CLI and the reference scorer.

    python -m benchmarks.accuracy [--only plover,cameo,attribution,facts,examples] [--workers N]

For each set: ``score.py input GOLD`` → ``newsgraph analyze`` → ``score.py TASK GOLD PRED``. Prints
every command exactly as run and each scorer's one-line headline (Markdown, for the README); the
scorer's full JSON summaries go to ``benchmarks/results/accuracy-<time>.json``.
"""
from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
RESULTS = Path(__file__).resolve().parent / "results"
NEWSGRAPH = Path(sys.executable).with_name("newsgraph")

# name -> (scorer task, gold, what it measures)
SETS = {
    "plover": ("plover", SHARED / "eval" / "events" / "plover-dev.jsonl", "PLOVER event types, PLOVER gold sentences"),
    "cameo": ("cameo", SHARED / "eval" / "events" / "petr2-dev.jsonl", "CAMEO triples, PETRARCH2 AFP sentences"),
    "attribution": ("attribution", SHARED / "eval" / "attribution" / "polnear-dev",
                    "attribution spans and relations, PolNeAR dev articles"),
    "facts": ("facts", SHARED / "seed" / "expected.json", "designations, requests, statements in the seed report"),
    "examples": ("facts", REPO / "examples" / "gold" / "reports", "facts in the example corpus"),
}


def _short(p: Path | str) -> str:
    """Paths as a reader in the repo root would type them."""
    p = Path(p)
    for base, name in ((REPO, "."), (REPO.parent, "..")):
        try:
            return str(Path(name) / p.relative_to(base))
        except ValueError:
            continue
    return str(p)


def _run(cmd: list[str], stdout_to: Path | None = None) -> str:
    if stdout_to:
        with stdout_to.open("w", encoding="utf-8") as fh:
            proc = subprocess.run(cmd, stdout=fh, stderr=subprocess.PIPE, text=True, cwd=REPO)
        out = ""
    else:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
        out = proc.stdout
    if proc.returncode != 0:
        raise RuntimeError(f"{shlex.join(cmd)} failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    return out


def evaluate(name: str, workers: int, tmp: Path) -> dict:
    task, gold, what = SETS[name]
    if not gold.exists():
        raise SystemExit(f"{gold}: gold set not found")
    inp, pred = tmp / f"newsgraph-eval-{name}-in.jsonl", tmp / f"newsgraph-eval-{name}-pred.jsonl"
    py = "python"
    steps = [
        ([sys.executable, str(SCORER), "input", str(gold)], inp,
         f"{py} {_short(SCORER)} input {_short(gold)} > {inp}"),
        ([str(NEWSGRAPH), "analyze", str(inp), "-o", str(pred)] + (["--workers", str(workers)] if workers > 1 else []),
         None, f"newsgraph analyze {inp} -o {pred}" + (f" --workers {workers}" if workers > 1 else "")),
    ]
    t = time.perf_counter()
    for cmd, sink, _ in steps:
        _run(cmd, sink)
    seconds = time.perf_counter() - t
    score_cmd = [sys.executable, str(SCORER), task, str(gold), str(pred)]
    out = _run(score_cmd).strip().splitlines()
    headline = out[-1] if out else ""
    try:
        summary = json.loads("\n".join(out[:-1]))
    except json.JSONDecodeError:
        summary = {"raw": out[:-1]}
    commands = [s[2] for s in steps] + [f"{py} {_short(SCORER)} {task} {_short(gold)} {pred}"]
    return {"set": name, "what": what, "commands": commands, "headline": headline, "summary": summary,
            "analyze_seconds": round(seconds, 1)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.accuracy", description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=",".join(SETS), help=f"comma-separated sets: {', '.join(SETS)}")
    ap.add_argument("--workers", type=int, default=1, help="newsgraph analyze --workers")
    ap.add_argument("--tmp", type=Path, default=Path("/tmp"), help="where inputs and predictions are written")
    a = ap.parse_args(argv)
    names = [n.strip() for n in a.only.split(",") if n.strip()]
    unknown = [n for n in names if n not in SETS]
    if unknown:
        raise SystemExit(f"--only: unknown set(s) {', '.join(unknown)}; choose from {', '.join(SETS)}")
    results = []
    a.tmp.mkdir(parents=True, exist_ok=True)  # "--tmp /tmp/mine": a directory of one's own, made here
    for name in names:
        print(f"  scoring {name} ...", file=sys.stderr, flush=True)
        r = evaluate(name, a.workers, a.tmp)
        results.append(r)
        print(f"#### {name}: {r['what']}\n\n```\n" + "\n".join(r["commands"]) + f"\n```\n\n{r['headline']}\n",
              flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"accuracy-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"Full scorer summaries: {_short(path)}")


if __name__ == "__main__":
    main()
