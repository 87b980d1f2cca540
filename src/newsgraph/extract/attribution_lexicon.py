"""The attribution lexicon (``kb/data/lexicon/attribution.json``), loaded once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.kb import load_lexicon


@dataclass(frozen=True)
class AttributionLexicon:
    cue_verbs: frozenset[str]
    content_relations: dict[str, tuple[str, ...]]
    needs_explicit_content: frozenset[str]
    no_response_verbs: frozenset[str]
    unreachable_verbs: frozenset[str]
    declined_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    channel_nouns: frozenset[str]
    channel_preps: frozenset[str]
    anonymous_nouns: frozenset[str]
    strict_anonymous_nouns: frozenset[str]
    access_phrases: tuple[str, ...]
    anonymity_phrases: tuple[str, ...]
    media_nouns: frozenset[str]
    media_names: frozenset[str]
    document_nouns: frozenset[str]
    number_words: dict[str, int]
    plural_quantifiers: frozenset[str]
    role_nouns: frozenset[str]
    organization_nouns: frozenset[str]
    light_verbs: frozenset[str]
    cue_nouns: frozenset[str]

    def relations(self, lemma: str) -> tuple[str, ...]:
        return self.content_relations.get(lemma, self.content_relations["default"])


@lru_cache(maxsize=1)
def attribution_lexicon() -> AttributionLexicon:
    d = load_lexicon("attribution.json")
    rels = {k: tuple(v) for k, v in d["content_relations"].items()}
    return AttributionLexicon(
        cue_verbs=frozenset(d["speech_verbs"]),
        content_relations=rels,
        needs_explicit_content=frozenset(d["verbs_needing_content"]),
        no_response_verbs=frozenset(d["no_response_verbs"]),
        unreachable_verbs=frozenset(d["unreachable_verbs"]),
        declined_verbs=frozenset(d["declined_verbs"]),
        denial_verbs=frozenset(d["denial_verbs"]),
        channel_nouns=frozenset(d["channel_nouns"]),
        channel_preps=frozenset(d["channel_preps"]),
        anonymous_nouns=frozenset(d["source_nouns_anonymous"]),
        strict_anonymous_nouns=frozenset(d["strict_anonymous_nouns"]),
        access_phrases=tuple(sorted(set(d["access_phrases"]), key=len, reverse=True)),
        anonymity_phrases=tuple(sorted(set(d["anonymity_phrases"]), key=len, reverse=True)),
        media_nouns=frozenset(d["media_nouns"]),
        media_names=frozenset(n.lower() for n in d["media_names"]),
        document_nouns=frozenset(d["document_nouns"]),
        number_words=dict(d["number_words"]),
        plural_quantifiers=frozenset(d["plural_quantifiers"]),
        role_nouns=frozenset(d["role_nouns_people"]),
        organization_nouns=frozenset(d["organization_nouns"]),
        light_verbs=frozenset(d["light_verbs"]),
        cue_nouns=frozenset(d["cue_nouns"]),
    )
