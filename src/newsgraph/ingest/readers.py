"""Readers per input format. Each yields Documents or IngestErrors, never raises for bad input."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from newsgraph.ingest import IngestError, content_hash, document_id
from newsgraph.records import Document

_HEADERS = {"title": "title", "date": "published", "published": "published", "url": "url", "outlet": "outlet"}


def read_path(path: str) -> Iterator[Document | IngestError]:
    p = Path(path)
    if p.is_dir():
        for child in sorted(x for x in p.rglob("*") if x.is_file() and not x.name.startswith(".")):
            yield from read_path(str(child))
        return
    if not p.exists():
        yield IngestError(path, "no such file or directory")
        return
    suffix = p.suffix.lower()
    if suffix == ".jsonl":
        yield from read_jsonl(p)
    elif suffix in (".txt", ".text", ""):
        yield from read_text(p)
    else:
        yield IngestError(path, f"unsupported file type {suffix!r}")


def _read_utf8(p: Path) -> str:
    data = p.read_bytes()
    if b"\x00" in data[:4096]:
        raise IngestError(str(p), "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IngestError(str(p), f"invalid UTF-8 at byte {exc.start}") from None


def _finish(doc: Document) -> Document | IngestError:
    if not doc.text.strip():
        return IngestError(doc.source or "?", "empty document")
    doc.content_hash = content_hash(doc.text)
    doc.id = document_id(doc.text)
    return doc


def read_text(p: Path) -> Iterator[Document | IngestError]:
    try:
        raw = _read_utf8(p)
    except IngestError as err:
        yield err
        return
    meta: dict[str, str] = {}
    lines = raw.split("\n")
    i = 0
    while i < len(lines):
        key, sep, value = lines[i].partition(":")
        if sep and key.strip().lower() in _HEADERS and value.strip():
            meta[_HEADERS[key.strip().lower()]] = value.strip()
            i += 1
            continue
        break
    if meta:
        while i < len(lines) and not lines[i].strip():
            i += 1
        raw = "\n".join(lines[i:])
    yield _finish(Document(id="", text=raw.strip("\n"), source=str(p), format="txt", external_id=p.stem, **meta))


def read_jsonl(p: Path) -> Iterator[Document | IngestError]:
    try:
        fh = p.open(encoding="utf-8")
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield IngestError(str(p), f"malformed JSON: {exc.msg}", line=n)
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                yield IngestError(str(p), "JSON line has no string 'text' field", line=n)
                continue
            yield _finish(Document(
                id="", external_id=str(rec["id"]) if rec.get("id") is not None else None, text=rec["text"], title=rec.get("title"),
                published=rec.get("published") or rec.get("date"), url=rec.get("url"), outlet=rec.get("outlet"),
                source=f"{p}:{n}", format="jsonl"))
    except UnicodeDecodeError as exc:
        yield IngestError(str(p), f"invalid UTF-8 at byte {exc.start}")
