"""Event extraction: PLOVER/CAMEO events with source, target, status and date (issue 4)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.actors import DocActors
from newsgraph.kb import KnowledgeBase
from newsgraph.records import Document, Event


def extract_events(doc: Doc, document: Document, actors: DocActors, kb: KnowledgeBase) -> list[Event]:
    return []
