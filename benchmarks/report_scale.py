"""The HTML report and the web API on a big synthetic store (default 100k documents, 1M events).

    python -m benchmarks.report_scale --docs 100000 --events-per-doc 10 --db /tmp/big.db [--html out.html]

Builds the store once through ``Store.write_batch`` (records as extraction would give them: short
templated texts with offsets, events, attributions, designations spread over 2019-2026), then
times ``build_report_data`` + rendering, reports the file size and what was sampled, and times the
API's heaviest endpoints. Synthetic text only: nothing here is copied from any corpus.
"""
from __future__ import annotations

import argparse
import json
import random
import time
from pathlib import Path

import pycountry

from newsgraph.records import PLOVER_TYPES, Actor, Analysis, Attribution, Designation, Document, Event
from newsgraph.store import Store

ORGS = [f"org:group-{i:02d}" for i in range(40)] + ["org:irgc", "org:hezbollah", "org:hamas", "org:quds-force"]
OUTLETS = [f"Outlet {i:02d}" for i in range(60)]
STATUSES = ("designated", "pressed", "considering", "expanded", "announced_intent", "rejected", "revoked")


def _doc(i: int, rng: random.Random, countries: list[str], events_per_doc: int) -> Analysis:
    y, m, d = rng.randint(2019, 2026), rng.randint(1, 12), rng.randint(1, 28)
    published = f"{y}-{m:02d}-{d:02d}"
    a, b = rng.sample(countries, 2)
    org = rng.choice(ORGS)
    sentences = [f"Officials in {a} said on Tuesday that {b} had been asked to act against {org}."]
    for k in range(events_per_doc):
        sentences.append(f"Report {k}: {a} and {b} discussed {org} again, a spokesperson said.")
    text = " ".join(sentences) + f" Synthetic document {i}."
    doc = Document(id=f"syn{i:07d}", text=text, title=f"Synthetic report {i}", published=published,
                   outlet=OUTLETS[i % len(OUTLETS)], format="txt", content_hash=f"syn{i:07d}")
    actors = [Actor(id="a1", name=a, type="country", country=a[-3:], kb_id=a,
                    mentions=[(text.index(a), text.index(a) + len(a))]),
              Actor(id="a2", name=b, type="country", country=b[-3:], kb_id=b,
                    mentions=[(text.index(b), text.index(b) + len(b))]),
              Actor(id="a3", name=org, type="armed_group", kb_id=org,
                    mentions=[(text.index(org), text.index(org) + len(org))])]
    q = Attribution(id="q1", cue=(text.index("said"), text.index("said") + 4), sources=[(0, 9)],
                    contents=[(0, len(sentences[0]))], source_kind=rng.choice(["anonymous", "organization"]))
    events, pos = [], len(sentences[0]) + 1
    for k in range(events_per_doc):
        s = sentences[k + 1]
        trig = s.index("discussed")
        events.append(Event(id=f"e{k + 1}", plover=rng.choice(PLOVER_TYPES), source=["a1"], target=[rng.choice(["a2", "a3"])],
                            date=published, trigger=(pos + trig, pos + trig + 9), sentence=(pos, pos + len(s)),
                            attributions=["q1"] if k == 0 else []))
        pos += len(s) + 1
    desigs = []
    if i % 40 == 0:
        desigs.append(Designation(designator="a1", designee="a3", status=rng.choice(STATUSES), date=published[:7],
                                  sentence=(0, len(sentences[0])), id="d1", attributions=["q1"]))
    return Analysis(document=doc, actors=actors, events=events, attributions=[q], designations=desigs)


def build(db: Path, docs: int, events_per_doc: int, batch: int = 2000) -> float:
    countries = [f"country:{c.alpha_3}" for c in pycountry.countries][:120]
    rng = random.Random(7)
    t = time.perf_counter()
    with Store(db) as store:
        done = store.counts()["documents"]
        for start in range(done, docs, batch):
            store.write_batch([_doc(i, rng, countries, events_per_doc) for i in range(start, min(docs, start + batch))])
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--events-per-doc", type=int, default=10)
    ap.add_argument("--db", type=Path, default=Path("/tmp/newsgraph-report-scale.db"))
    ap.add_argument("--html", type=Path, default=None)
    args = ap.parse_args(argv)
    built = build(args.db, args.docs, args.events_per_doc)
    from newsgraph.report.html import render_data
    from newsgraph.report.model import build_report_data
    from newsgraph.web import create_app

    result: dict = {"build_s": round(built, 1)}
    with Store(args.db, readonly=True) as store:
        result["counts"] = store.counts()
        t = time.perf_counter()
        data = build_report_data(store)
        result["report_data_s"] = round(time.perf_counter() - t, 2)
        t = time.perf_counter()
        html = render_data(data)
        result["render_s"] = round(time.perf_counter() - t, 2)
    result["html_bytes"] = len(html.encode("utf-8"))
    result["embedded"] = {k: len(data[k]) for k in ("designations", "events", "docs", "attributions", "stories")}
    result["network"] = {"nodes": len(data["network"]["nodes"]), "edges": len(data["network"]["edges"])}
    result["truncated"] = data["meta"]["truncated"]
    if args.html:
        args.html.write_text(html, encoding="utf-8")
    from fastapi.testclient import TestClient

    client = TestClient(create_app(args.db))
    for url in ("/api/summary", "/api/documents?limit=50", "/api/events?type=REQUEST&limit=100",
                "/api/designations?as_of=2025-06-01", "/api/actors?q=Bol"):
        t = time.perf_counter()
        r = client.get(url)
        result.setdefault("api_s", {})[url] = (r.status_code, round(time.perf_counter() - t, 2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
