"""Benchmark inputs: real news text, read at run time and never copied into the repo.

The PolNeAR articles (``../shared/eval/attribution/polnear-{train,dev}/*.json``, field ``text``)
and the example corpus under ``examples/corpus``, cycled to the requested size. Copies after the
first pass get a one-line edit so that their content-hash ids differ, as syndicated copies do.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from newsgraph.ingest import IngestError, content_hash, iter_documents
from newsgraph.records import Document

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POLNEAR = [SHARED / "eval" / "attribution" / "polnear-train", SHARED / "eval" / "attribution" / "polnear-dev"]
EXAMPLES = REPO / "examples" / "corpus"


@lru_cache(maxsize=1)
def base_texts() -> tuple[tuple[str, str], ...]:
    """(name, text) of every source article, in a fixed order."""
    out: list[tuple[str, str]] = []
    for folder in POLNEAR:
        for f in sorted(folder.glob("*.json")):
            out.append((f"polnear/{f.stem}", json.loads(f.read_text(encoding="utf-8"))["text"]))
    if EXAMPLES.is_dir():
        for d in iter_documents([str(EXAMPLES)]):
            if not isinstance(d, IngestError):
                out.append((f"examples/{d.external_id or d.id}", d.text))
    if not out:
        raise SystemExit(f"no benchmark texts found under {POLNEAR[0].parent} or {EXAMPLES}")
    return tuple(out)


def excerpt(text: str, words: int) -> str:
    """The leading paragraphs of ``text`` holding at least ``words`` words."""
    out: list[str] = []
    count = 0
    for para in text.split("\n"):
        out.append(para)
        count += len(para.split())
        if count >= words:
            break
    return "\n".join(out).strip()


def documents(n: int, excerpt_words: int = 0) -> Iterator[Document]:
    """``n`` documents, generated lazily (the 10,000-article run never holds a corpus list).

    Copies carry a reference number never seen before (``ref 1a2b``), as fresh names and numbers
    keep arriving in real news: a pipeline that interned every new string would grow with them.
    ``excerpt_words`` shortens every text to its leading paragraphs (the memory run's size).
    """
    base = base_texts()
    for i in range(n):
        name, text = base[i % len(base)]
        if excerpt_words:
            text = excerpt(text, excerpt_words)
        copy = i // len(base)
        if copy:
            text = f"{text}\n\n(Republished copy {copy}, ref {i:x}q{copy * 7919:x}.)"
        digest = content_hash(text)
        yield Document(id=digest[:16], text=text, content_hash=digest, external_id=f"{name}#{copy}", source=name,
                       format="txt")


def word_count(n: int, excerpt_words: int = 0) -> int:
    return sum(len(d.text.split()) for d in documents(n, excerpt_words))
