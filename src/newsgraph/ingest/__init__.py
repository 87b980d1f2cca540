"""Ingest: files, folders and URLs to ``Document`` records.

``iter_documents`` yields a ``Document`` per article, or an ``IngestError`` for each input that
could not be read, so one bad file never stops the others. Readers per format live in their own
modules; this module only dispatches.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.records import Document


class IngestError(Exception):
    """One input that could not be read: names the file (and line) and the problem."""

    def __init__(self, source: str, message: str, line: int | None = None):
        self.source, self.message, self.line = source, message, line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


_WS = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """The form hashed for a document id: NFC, unified quotes, collapsed whitespace, case-folded."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return _WS.sub(" ", text).strip().casefold()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def document_id(text: str) -> str:
    """Content-hash id: the same text ingested twice gets the same id."""
    return content_hash(text)[:16]


def iter_documents(paths: Iterable[str | Path]) -> Iterator[Document | IngestError]:
    from newsgraph.ingest.readers import read_path

    for p in paths:
        yield from read_path(str(p))
