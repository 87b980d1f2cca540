"""The attribution lexicon (``kb/data/lexicon/attribution.json``), loaded once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from newsgraph.kb import lexicon_table, load_lexicon


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
    reaction_verbs: frozenset[str]
    addressee_verbs: frozenset[str]
    not_labels: frozenset[str]  # "The Latest:", "Contributing:": a line label that names no source
    source_preps: dict[str, frozenset[str]]  # "in" -> {"poll", "survey"}: 'In the latest poll, X'

    def relations(self, lemma: str) -> tuple[str, ...]:
        return self.content_relations.get(lemma, self.content_relations["default"])


# field -> key in attribution.json, for the fields that are plain sets of lower-case words
_WORD_SETS = {
    "cue_verbs": "speech_verbs", "needs_explicit_content": "verbs_needing_content",
    "no_response_verbs": "no_response_verbs", "unreachable_verbs": "unreachable_verbs",
    "declined_verbs": "declined_verbs", "denial_verbs": "denial_verbs", "channel_nouns": "channel_nouns",
    "channel_preps": "channel_preps", "anonymous_nouns": "source_nouns_anonymous",
    "strict_anonymous_nouns": "strict_anonymous_nouns", "media_nouns": "media_nouns",
    "document_nouns": "document_nouns", "plural_quantifiers": "plural_quantifiers", "role_nouns": "role_nouns_people",
    "organization_nouns": "organization_nouns", "light_verbs": "light_verbs", "cue_nouns": "cue_nouns",
    "reaction_verbs": "reaction_verbs", "addressee_verbs": "addressee_verbs", "not_labels": "not_labels",
}
# phrases matched in text: longest first, so the most specific one wins
_PHRASE_LISTS = {"access_phrases": "access_phrases", "anonymity_phrases": "anonymity_phrases"}


@lru_cache(maxsize=1)
def attribution_lexicon() -> AttributionLexicon:
    d = load_lexicon("attribution.json")
    return AttributionLexicon(
        **{name: frozenset(d[key]) for name, key in _WORD_SETS.items()},
        **{name: tuple(sorted(set(d[key]), key=len, reverse=True)) for name, key in _PHRASE_LISTS.items()},
        content_relations={k: tuple(v) for k, v in d["content_relations"].items()},
        media_names=frozenset(n.lower() for n in d["media_names"]),
        number_words=dict(d["number_words"]),
        source_preps=lexicon_table(d["source_preps"], frozenset),
    )
