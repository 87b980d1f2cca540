"""Refresh the derived parts of the example gold after a corpus or reader change.

* rebuilds ``corpus/warc/newsdesk-crawl.warc.gz`` from ``warc-src/`` (``build_warc.py``);
* re-reads every corpus file with newsgraph's own readers and stores, in each
  ``gold/reports/ID.json``, the exact ``text`` ingest produces (offsets and ``score.py input``
  refer to it) and, in ``gold/index.json``, the document's ``external_id``;
* recomputes ``gold/designation_map.json`` from the reports' designation facts plus the seed's.

The facts themselves (designations, requests, statements, events, stories) are hand-written and
never touched here.

    .venv/bin/python examples/refresh_gold.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold"
SEED_GOLD = HERE.parent.parent / "shared" / "seed" / "expected.json"
AS_OF = ["2019-12-31", "2021-12-31", "2025-06-01", "2026-01-24"]
# later stage wins on the same date
RANK = {"considering": 0, "pressed": 1, "announced_intent": 2, "rejected": 2, "designated": 3, "expanded": 3,
        "revoked": 4}
MAP_RULE = (
    "Expected designation map cells from examples/gold/reports plus the seed report: for each (designator, "
    "designee) the status of the latest fact dated on or before the as-of date (partial dates count from their "
    "first day; ties go to the later report, then to the later stage: considering < pressed < "
    "announced_intent/rejected < designated/expanded < revoked). Facts are known from their report's publication "
    "date on. An undated fact (background such as 'already lists') only fills a cell that has no status yet, "
    "dated from its report's publication date. evidence: the reports (or seed:ID) with facts on that cell up to "
    "the as-of date.")


def pad(date: str) -> str:
    """A partial ISO date counts from its first day: 2019 -> 2019-01-01, 2025-09 -> 2025-09-01."""
    return date + "-01-01"[len(date) - 4:] if len(date) < 10 else date[:10]


def designation_map(facts: list[tuple[dict, str, str]], as_of: str) -> list[dict]:
    """Cells as of a date from (fact, report publication date, report id) triples."""
    cells: dict[tuple[str, str], dict] = {}
    for fact, published, gid in sorted(facts, key=lambda f: f[0]["date"] is None):
        eff = pad(fact["date"] or published)
        if published > as_of or eff > as_of:
            continue
        key = (fact["designator_iso3"], fact["designee"])
        order = (eff, published, RANK[fact["status"]])
        prev = cells.get(key)
        if prev is None or (fact["date"] is not None and order >= prev["_order"]):
            cells[key] = {"designator_iso3": key[0], "designator": fact["designator"], "designee": key[1],
                          "status": fact["status"], "date": fact["date"], "_order": order,
                          "evidence": prev["evidence"] if prev else []}
        if gid not in cells[key]["evidence"]:
            cells[key]["evidence"].append(gid)
    out = [{k: v for k, v in cells[key].items() if k != "_order"} for key in sorted(cells)]
    for cell in out:
        cell["evidence"].sort()
    return out


def refresh_texts() -> dict[str, dict]:
    from newsgraph.ingest.readers import read_path
    from newsgraph.records import Document

    sys.path.insert(0, str(HERE))
    import build_warc

    build_warc.build()
    index = json.loads((GOLD / "index.json").read_text(encoding="utf-8"))
    docs: dict[tuple[str, int], Document] = {}
    for f in sorted({v["file"] for v in index.values()}):
        got = list(read_path(str(HERE / f)))
        bad = [str(d) for d in got if not isinstance(d, Document)]
        if bad:
            raise SystemExit(f"{f}: cannot ingest: {bad}")
        docs.update({(f, n): d for n, d in enumerate(got, 1)})
    reports = {}
    for gid, v in index.items():
        path = GOLD / "reports" / f"{gid}.json"
        g = json.loads(path.read_text(encoding="utf-8"))
        doc = docs[(v["file"], v["item"] or 1)]
        g["text"], v["external_id"] = doc.text, doc.external_id
        path.write_text(json.dumps(g, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        reports[gid] = g
    (GOLD / "index.json").write_text(json.dumps(index, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return reports


def main() -> None:
    reports = refresh_texts()
    facts = [(d, g["published"], gid) for gid, g in reports.items() for d in g["gold"]["designations"]]
    seed = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    facts += [(d, seed["published"], f"seed:{seed['id']}") for d in seed["gold"]["designations"]]
    out = {"note": MAP_RULE, "as_of": {d: designation_map(facts, d) for d in AS_OF}}
    (GOLD / "designation_map.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n",
                                               encoding="utf-8")
    print(f"{len(reports)} reports refreshed; map cells: " + ", ".join(f"{d}: {len(c)}" for d, c in out["as_of"].items()))


if __name__ == "__main__":
    main()
