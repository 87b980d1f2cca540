"""Source typing for attributions: who is speaking, how identified, and with what access.

``type_source`` fills ``source_kind``, ``source_actor``, ``count``, ``access``,
``anonymity_reason`` and ``role`` on an attribution from its source span:

- a pronoun ("he said", "it said") resolves to the actor it refers to (``DocActors``);
- a person's name makes ``named_person``, with the role from an apposition or title;
- a head noun like "sources", "officials", "a person familiar" with no name makes ``anonymous``,
  with a count from the determiner or number ("two sources" -> 2, "a source" -> 1, "officials" ->
  None), the access claimed ("with direct knowledge of the matter") and the stated reason for
  anonymity ("who requested anonymity to discuss sensitive conversations");
- a news outlet makes ``media``; a report, document, poll or filing makes ``document``;
- any other organisation or government body makes ``organization``.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.actors import DocActors
from newsgraph.extract.attribution_lexicon import AttributionLexicon
from newsgraph.records import Actor, Attribution

_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_ORG_PRONOUNS = {"it", "they", "we"}
_ORG_TYPES = {"government", "ministry", "intelligence", "military", "police", "judiciary", "legislature",
              "armed_group", "criminal_org", "party", "igo", "ngo", "company", "organization", "country", "group"}


def source_head(span: Span) -> Token:
    """The syntactic head of a source span (the noun the rest modifies)."""
    return span.root


def type_source(att: Attribution, span: Span, actors: DocActors, lex: AttributionLexicon) -> None:
    head = source_head(span)
    low = head.lower_
    actor: Actor | None = None
    if head.pos_ == "PRON" or low in _PERSON_PRONOUNS or low in _ORG_PRONOUNS:
        if low in _PERSON_PRONOUNS:
            actor = actors.person_for_pronoun(head)
        if actor is None:
            actor = actors.for_pronoun(head)
        if actor is not None:
            att.source_actor = actor.id
            att.source_kind = _kind_of_actor(actor, lex)
            if actor.roles:
                att.role = actor.roles[0]
        elif low in _PERSON_PRONOUNS:
            att.source_kind = "named_person"
        return
    person = _person_in(span, actors)
    if person is not None:
        att.source_kind = "named_person"
        att.source_actor = person.id
        att.role = _role_of(span, head, person)
        return
    lemma = head.lemma_.lower()
    if _is_media(span, head, actors, lex):
        att.source_kind = "media"
        found = actors.at(head) or next(iter(actors.in_span(span)), None)
        att.source_actor = found.id if found else None
        return
    if (lemma in lex.anonymous_nouns or low in lex.anonymous_nouns) and not _proper_head(head):
        att.source_kind = "anonymous"
        att.count = _count(head, lex)
        att.access = _phrase(span, lex.access_phrases)
        att.anonymity_reason = _anonymity_reason(span, lex)
        owner = _affiliation(span, head, actors)
        att.source_actor = owner.id if owner else None
        return
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "any") for c in head.children)
    if lemma in lex.role_nouns and definite and lemma not in lex.strict_anonymous_nouns and head.tag_ == "NN":
        # "the defence minister", "Iran's foreign minister": identified by office, not anonymous
        att.source_kind = "named_person"
        holder = actors.resolve(head)
        att.source_actor = holder.id if holder is not None and holder.type == "person" else None
        att.role = " ".join(t.text for t in span if t.dep_ not in ("det",) and t.i <= head.i) or None
        return
    if lemma in lex.document_nouns and not _proper_head(head):
        att.source_kind = "document"
        owner = _affiliation(span, head, actors)
        att.source_actor = owner.id if owner else None
        return
    actor = actors.at(head) or actors.resolve(head) or next(iter(actors.in_span(span)), None)
    if actor is not None:
        att.source_actor = actor.id
        att.source_kind = _kind_of_actor(actor, lex)
        if att.source_kind == "named_person" and head.pos_ == "NOUN" and lemma not in lex.role_nouns:
            att.source_kind = "organization"  # "Paz's government": a body, not the person
            att.source_actor = None
        elif att.source_kind == "named_person":
            att.role = _role_of(span, head, actor)
        return
    if head.ent_type_ == "ORG" or head.pos_ == "PROPN" or lemma in lex.organization_nouns:
        att.source_kind = "organization"


def _kind_of_actor(actor: Actor, lex: AttributionLexicon) -> str:
    if actor.type == "person":
        return "named_person" if actor.name[:1].isupper() else "anonymous"
    if actor.type == "media" or actor.name.lower() in lex.media_names:
        return "media"
    if actor.type in _ORG_TYPES:
        return "organization"
    return "unknown"


def _proper_head(head: Token) -> bool:
    return head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG")


def _person_in(span: Span, actors: DocActors) -> Actor | None:
    """The named person a source span stands for: the head's actor, or a PERSON name heading an
    apposition ("Rick de la Torre, a retired CIA officer")."""
    head = span.root
    a = actors.at(head)
    if a is not None and a.type == "person" and "journalist" not in a.roles:
        return a
    if head.ent_type_ == "PERSON":
        return a
    for t in span:
        if t.ent_type_ == "PERSON" and (t.head == head or t == head or t.head.head == head):
            found = actors.at(t)
            if found is not None and found.type == "person" and t.dep_ in ("compound", "appos", "nsubj"):
                return found
    # a title noun whose name is the head's apposition or compound ("spokesman John Kirby")
    if head.lemma_.lower() not in ("source", "official", "person", "people"):
        for t in head.children:
            if t.dep_ in ("appos", "compound") and t.ent_type_ == "PERSON":
                found = actors.at(t)
                if found is not None and found.type == "person":
                    return found
    return None


def _role_of(span: Span, head: Token, person: Actor) -> str | None:
    """A person's role as the source span states it: the apposition ("Ruiz, a retired
    diplomat and former envoy to Lima"), else the actor's known roles."""
    for t in head.children:
        if t.dep_ == "appos" and t.i > head.i:
            toks = [x for x in t.subtree if x.i < span.end]
            words = [x for x in toks if not (x.dep_ == "det" and x.i == toks[0].i)]
            text = span.doc[words[0].i: words[-1].i + 1].text.strip(" ,") if words else ""
            if text:
                return text
    if person.roles:
        return ", ".join(person.roles)
    return None


def _is_media(span: Span, head: Token, actors: DocActors, lex: AttributionLexicon) -> bool:
    a = actors.at(head)
    if a is not None and a.type == "media":
        return True
    text = span.text.lower()
    for name in lex.media_names:
        if name in text and (len(name) > 3 or name.upper() in span.text):
            i = text.find(name)
            before = text[i - 1] if i > 0 else " "
            after = text[i + len(name)] if i + len(name) < len(text) else " "
            if not before.isalnum() and not after.isalnum():
                return True
    return head.lemma_.lower() in lex.media_nouns and head.lemma_.lower() not in ("agency",)


def _count(head: Token, lex: AttributionLexicon) -> int | None:
    """"two sources" -> 2, "a source" -> 1, "one of the sources" -> 1, "sources" -> None."""
    low = head.lower_
    if low in ("one", "someone", "somebody"):
        return 1
    for c in head.children:
        if c.dep_ == "nummod":
            if c.like_num:
                try:
                    return int(c.text.replace(",", ""))
                except ValueError:
                    pass
            if c.lower_ in lex.number_words:
                return lex.number_words[c.lower_]
    plural = head.tag_ in ("NNS", "NNPS") or low in ("people",)
    if plural:
        for c in head.children:
            if c.dep_ in ("det", "amod", "predet") and c.lower_ in ("both", "pair"):
                return 2
        return None
    for c in head.children:
        if c.dep_ in ("det", "amod") and c.lower_ in ("a", "an", "another", "one", "single", "separate", "second", "third"):
            return 1
    return 1 if head.tag_ == "NN" else None


def _phrase_at(span: Span, phrases: tuple[str, ...]) -> tuple[str, int, Token] | None:
    """The first of ``phrases`` found in ``span``: the phrase, its start offset, its first token."""
    low = span.text.lower()
    for p in phrases:
        i = low.find(p)
        if i < 0:
            continue
        start = span.start_char + i
        tok = next((t for t in span if t.idx >= start), None)
        if tok is not None:
            return p, start, tok
    return None


def _phrase(span: Span, phrases: tuple[str, ...]) -> str | None:
    """The text of the modifier that contains one of ``phrases`` (to the end of its subtree)."""
    found = _phrase_at(span, phrases)
    if found is not None:
        p, start, tok = found
        owner = tok.head if tok.dep_ in ("nsubj", "nsubjpass") and tok.head in span else tok
        end = max(x.idx + len(x.text) for x in owner.subtree if x.i < span.end)
        end = max(end, tok.idx + len(p))
        text = span.doc.text[start:end]
        return text.split(",")[0].strip(" ,")  # a relative clause after the comma is not the access
    return None


def _anonymity_reason(span: Span, lex: AttributionLexicon) -> str | None:
    """"who requested anonymity to discuss sensitive conversations" -> that clause."""
    found = _phrase_at(span, lex.anonymity_phrases)
    if found is not None:
        p, start, tok = found
        clause = tok
        while clause.head != clause and clause.dep_ not in ("relcl", "acl", "advcl") and clause.head in span:
            clause = clause.head
        toks = [x for x in clause.subtree if x.i < span.end]
        s = toks[0].idx if toks else start
        e = toks[-1].idx + len(toks[-1].text) if toks else start + len(p)
        return span.doc.text[s:e].strip(" ,")
    return None


def _affiliation(span: Span, head: Token, actors: DocActors) -> Actor | None:
    """The body an anonymous source belongs to ("U.S. officials" -> the U.S. government)."""
    for t in span:
        if t.i >= head.i and t.dep_ not in ("prep", "pobj"):
            break
        a = actors.at(t)
        if a is not None and a.type != "person":
            return a
    return None
