"""Attribution extraction: cues, sources, contents, stances (issue 5)."""
from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.actors import DocActors
from newsgraph.kb import KnowledgeBase
from newsgraph.records import Attribution, Document


def extract_attributions(doc: Doc, document: Document, actors: DocActors, kb: KnowledgeBase) -> list[Attribution]:
    return []
