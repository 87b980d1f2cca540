"""Extraction: pure functions from a parsed document to records. No I/O here.

``analyze_doc`` is the one entry point; each stage lives in its own module and is timed so that
benchmarks can report where the time goes.
"""
from __future__ import annotations

import time

from spacy.tokens import Doc

from newsgraph.extract.actors import resolve_actors
from newsgraph.extract.attribution import extract_attributions
from newsgraph.extract.designations import extract_designations
from newsgraph.extract.events import extract_events
from newsgraph.extract.linking import link_events_to_attributions
from newsgraph.extract.relations import extract_relations
from newsgraph.kb import KnowledgeBase
from newsgraph.records import Analysis, Document

STAGES = ("actors", "events", "attribution", "designations", "linking")


def analyze_doc(doc: Doc, document: Document, kb: KnowledgeBase) -> Analysis:
    """Everything newsgraph extracts from one parsed document."""
    timings: dict[str, float] = {}
    t = time.perf_counter()

    actors = resolve_actors(doc, document, kb)
    t = _lap(timings, "actors", t)
    events = extract_events(doc, document, actors, kb)
    t = _lap(timings, "events", t)
    attributions = extract_attributions(doc, document, actors, kb)
    t = _lap(timings, "attribution", t)
    designations = extract_designations(doc, document, actors, events, kb)
    t = _lap(timings, "designations", t)
    link_events_to_attributions(doc, events, designations, attributions)
    _lap(timings, "linking", t)
    return Analysis(document=document, actors=actors.actors, events=events, attributions=attributions,
                    designations=designations, timings=timings,
                    relations=extract_relations(doc, document, actors, kb, attributions))  # stated relations


def _lap(timings: dict[str, float], stage: str, start: float) -> float:
    now = time.perf_counter()
    timings[stage] = now - start
    return now
