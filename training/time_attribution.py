"""Time attribution extraction and linking against the spaCy parse (the issue's 15% budget).

    .venv/bin/python training/time_attribution.py [GOLD_DIR]

Parses the PolNeAR dev articles (read at run time) with newsgraph's pipeline, then runs actor
resolution (not timed: attribution needs it, it is the actor stage's cost) and attribution plus
linking, and prints both CPU times and their ratio.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from newsgraph.extract.actors import resolve_actors
from newsgraph.extract.attribution import extract_attributions
from newsgraph.extract.linking import link_events_to_attributions
from newsgraph.kb import default_kb
from newsgraph.nlp import load_pipeline
from newsgraph.records import Document

DEFAULT_DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "attribution" / "polnear-dev"


def main() -> int:
    gold = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DEV
    texts = [json.loads(f.read_text(encoding="utf-8"))["text"] for f in sorted(gold.glob("*.json"))]
    if not texts:
        print(f"{gold}: no articles", file=sys.stderr)
        return 2
    nlp, kb = load_pipeline(), default_kb()
    list(nlp.pipe(texts[:2]))  # warm up
    t = time.process_time()
    docs = list(nlp.pipe(texts, batch_size=50))
    parse = time.process_time() - t
    documents = [Document(id=str(i), text=d.text) for i, d in enumerate(docs)]
    actors = [resolve_actors(d, doc, kb) for d, doc in zip(docs, documents, strict=True)]
    t = time.process_time()
    for d, doc, acts in zip(docs, documents, actors, strict=True):
        link_events_to_attributions(d, [], [], extract_attributions(d, doc, acts, kb))
    att = time.process_time() - t
    print(f"{len(texts)} articles: parse {parse:.1f}s CPU, attribution+linking {att:.2f}s CPU "
          f"= {100 * att / parse:.1f}% of the parse")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
