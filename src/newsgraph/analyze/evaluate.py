"""Measure the analysis against the example gold (``examples/gold``): story clustering and the map.

Story clustering is scored on pairs of documents: a gold pair is two documents reporting the same
gold story; a predicted pair is two documents that report one predicted story event. Precision =
correct predicted pairs / predicted pairs, recall = correct predicted pairs / gold pairs. A pair of a
report and a document that only *mentions* the story in the background (``mentioned_in``) is
neutral: neither rewarded nor penalised. Documents outside the gold index (the seed) are ignored.

The designation map is compared cell by cell (designator ISO3 × designee name or alias): cells
found, missed and extra, and the status accuracy over found cells.

    python -m newsgraph.analyze.evaluate DB [GOLD_DIR]   # prints both as JSON
"""
from __future__ import annotations

import json
import sys
from itertools import combinations
from pathlib import Path
from typing import Any

from newsgraph.analyze.models import StoryEvent
from newsgraph.kb import norm_alias
from newsgraph.store import Store

GOLD = Path(__file__).resolve().parents[3] / "examples" / "gold"


def gold_ids(store: Store, gold_dir: Path = GOLD) -> dict[str, str]:
    """Store document id -> gold document key (by the input's external id, else by URL)."""
    index = json.loads((gold_dir / "index.json").read_text(encoding="utf-8"))
    by_ext = {v.get("external_id"): k for k, v in index.items() if v.get("external_id")}
    by_url = {v.get("url"): k for k, v in index.items() if v.get("url")}
    out = {}
    for d in store.documents():
        key = by_ext.get(d.external_id) or by_url.get(d.url) or (d.external_id if d.external_id in index else None)
        if key:
            out[d.id] = key
    return out


def _pairs(groups: list[set[str]]) -> set[tuple[str, str]]:
    return {tuple(sorted(p)) for g in groups for p in combinations(sorted(g), 2)}  # type: ignore[misc]


def story_clustering(stories: list[StoryEvent], store: Store, gold_dir: Path = GOLD) -> dict[str, Any]:
    gold = json.loads((gold_dir / "stories.json").read_text(encoding="utf-8"))
    ids = gold_ids(store, gold_dir)
    gold_pairs = _pairs([set(s["reports"]) for s in gold.values()])
    neutral = {tuple(sorted((r, m))) for s in gold.values() for r in s["reports"] for m in s.get("mentioned_in", [])}
    neutral -= gold_pairs
    all_predicted = _pairs([{ids[d] for d in s.documents if d in ids} for s in stories])
    predicted = all_predicted - neutral
    hit = predicted & gold_pairs
    p = len(hit) / len(predicted) if predicted else 0.0
    r = len(hit) / len(gold_pairs) if gold_pairs else 0.0
    return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "gold_pairs": len(gold_pairs), "predicted_pairs": len(predicted), "correct_pairs": len(hit),
            "false_pairs": sorted(predicted - gold_pairs), "missed_pairs": sorted(gold_pairs - predicted),
            "stories": len(stories), "neutral_pairs": len(all_predicted & neutral),
            "precision_counting_mentions": round(len(hit) / len(all_predicted), 3) if all_predicted else 0.0}


def designation_agreement(store: Store, as_of: str, gold_dir: Path = GOLD) -> dict[str, Any]:
    from newsgraph.analyze.designations import designation_map
    from newsgraph.kb import default_kb

    gold = json.loads((gold_dir / "designation_map.json").read_text(encoding="utf-8"))["as_of"][as_of]
    kb = default_kb()

    def names(designee_name: str) -> set[str]:
        out = {norm_alias(designee_name)}
        for a in kb.lookup(designee_name):
            out |= {norm_alias(n) for n in a.all_names()}
        return out

    m = designation_map(store, as_of=as_of, evidence_limit=0)
    pred = {}
    for c in m.cells:
        if c.designator.country:
            pred[(c.designator.country, c.designee.id)] = (c, names(c.designee.name))
    found, missed, wrong = [], [], []
    used: set[tuple[str, str]] = set()
    for g in gold:
        want = names(g["designee"])
        hit = next((k for k, (c, ns) in pred.items() if k[0] == g["designator_iso3"] and ns & want and k not in used),
                   None)
        if hit is None:
            missed.append(f"{g['designator_iso3']} × {g['designee']} ({g['status']})")
            continue
        used.add(hit)
        c = pred[hit][0]
        found.append(g)
        if c.status != g["status"]:
            wrong.append(f"{g['designator_iso3']} × {g['designee']}: {c.status}, gold {g['status']}")
    extra = [f"{c.designator.name} × {c.designee.name} ({c.status})" for k, (c, _) in pred.items() if k not in used]
    return {"as_of": as_of, "gold_cells": len(gold), "found": len(found), "missed": missed, "extra": extra,
            "status_accuracy": round((len(found) - len(wrong)) / len(found), 3) if found else 0.0,
            "wrong_status": wrong}


def main(argv: list[str] | None = None) -> int:
    from newsgraph.analyze.stories import story_events

    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    gold_dir = Path(argv[1]) if len(argv) > 1 else GOLD
    with Store(argv[0]) as st:
        stories = story_events(st)
        out = {"stories": story_clustering(stories, st, gold_dir),
               "designations": {d: designation_agreement(st, d, gold_dir) for d in json.loads(
                   (gold_dir / "designation_map.json").read_text(encoding="utf-8"))["as_of"]}}
    print(json.dumps(out, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
