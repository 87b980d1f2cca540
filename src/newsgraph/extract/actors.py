"""Actor resolution per document: every entity mention to a KB actor or a document-level actor.

Returns a ``DocActors`` that later stages query by token or character span, so events and
attributions point at the same actor ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from newsgraph.kb import KBActor, KnowledgeBase, norm_alias
from newsgraph.records import Actor, Document

_POSSESSIVE = ("'s", "’s", "'", "’")
_NER_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location",
              "NORP": "group", "FAC": "location"}
# NER labels that never make actors
_SKIP = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW",
         "WORK_OF_ART", "PRODUCT", "EVENT"}


@dataclass
class DocActors:
    """The actors of one document and an index from tokens to them."""

    actors: list[Actor] = field(default_factory=list)
    by_token: dict[int, str] = field(default_factory=dict)  # token index -> actor id
    by_key: dict[str, Actor] = field(default_factory=dict)  # kb id or normalised name -> actor

    def at(self, token: Token | int) -> Actor | None:
        i = token if isinstance(token, int) else token.i
        aid = self.by_token.get(i)
        return self.get(aid) if aid else None

    def in_span(self, span: Span) -> list[Actor]:
        out: list[Actor] = []
        for t in span:
            a = self.at(t)
            if a and a not in out:
                out.append(a)
        return out

    def get(self, actor_id: str) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None

    def add_mention(self, key: str, make: callable, span: Span) -> Actor:
        actor = self.by_key.get(key)
        if actor is None:
            actor = make(f"a{len(self.actors) + 1}")
            self.by_key[key] = actor
            self.actors.append(actor)
        m = (span.start_char, span.end_char)
        if m not in actor.mentions:
            actor.mentions.append(m)
            text = span.text
            if text != actor.name and text not in actor.aliases:
                actor.aliases.append(text)
        for t in span:
            self.by_token[t.i] = actor.id
        return actor


def _strip_possessive(span: Span) -> Span:
    if len(span) > 1 and span[-1].text in _POSSESSIVE:
        return span[:-1]
    return span


def _from_kb(kb_actor: KBActor) -> callable:
    def make(aid: str) -> Actor:
        return Actor(id=aid, name=kb_actor.name, type=kb_actor.type, country=kb_actor.country,
                     code=kb_actor.code, kb_id=kb_actor.id, wikidata=kb_actor.wikidata, parent=kb_actor.parent)
    return make


def _kb_match(span: Span, kb: KnowledgeBase) -> KBActor | None:
    if span.ent_id_:
        hit = kb.get(span.ent_id_)
        if hit:
            return hit
    text = span.text
    if text.lower().startswith("the "):
        text = text[4:]
    hits = kb.lookup(text)
    if hits:
        return hits[0]
    if span.label_ == "NORP":
        return kb.demonym(text)
    return kb.capital(text) if span.label_ == "GPE" else None


def resolve_actors(doc: Doc, document: Document, kb: KnowledgeBase) -> DocActors:
    actors = DocActors()
    for ent in doc.ents:
        if ent.label_ in _SKIP:
            continue
        span = _strip_possessive(ent)
        if not span.text.strip():
            continue
        hit = _kb_match(span, kb)
        if hit is not None:
            actors.add_mention(hit.id, _from_kb(hit), span)
            continue
        kind = _NER_TYPES.get(ent.label_, "organization")
        name = span.text
        if name.lower().startswith("the "):
            name = name[4:]
        actors.add_mention(f"{kind}:{norm_alias(name)}",
                           lambda aid, n=name, k=kind: Actor(id=aid, name=n, type=k), span)
    return actors
