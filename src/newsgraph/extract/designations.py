"""Terrorist-designation facts built from events and designation phrases (issue 4)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.actors import DocActors
from newsgraph.kb import KnowledgeBase
from newsgraph.records import Designation, Document, Event


def extract_designations(doc: Doc, document: Document, actors: DocActors, events: list[Event],
                         kb: KnowledgeBase) -> list[Designation]:
    return []
