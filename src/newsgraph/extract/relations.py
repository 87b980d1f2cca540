"""Stated relations between actors: proxy of, ally of, branch of, member of, present in, based in.

Pure function over a parsed document (no I/O). Cue words come from the lexicon
``kb/data/lexicon/relations.json``; the dependency parse says who is related to whom:

- relational nouns: "X, a proxy of Y", "Y's proxy X", "an IRGC branch, the Quds Force ...",
  "X is a branch of Y", "they consider X proxies of Y", "U.S. ally Ecuador" (ally_of), and
  conjoined subjects of a symmetric noun ("X and Y had been allies");
- presence nouns: "Y has become a base for X's operations", "Y served as X's nodes", "X's presence
  in Y", "a hub for X in Y" -> X present_in Y;
- presence verbs and adjectives: "X operates in Y", "X, based in Y", "X is active in Y".

A relation inside an attribution's content is linked to that attribution; a negated cue ("is not
a proxy") gives ``negated=True``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.kb import KnowledgeBase, load_lexicon
from newsgraph.records import Actor, Attribution, Document, Relation

PLACE_TYPES = ("country", "location")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    return load_lexicon("relations.json")


def _actor(actors, tok: Token) -> Actor | None:
    return actors.at(tok)


def _with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.conjuncts:
        if c not in out:
            out.append(c)
    return out


def _actors_of(actors, toks: list[Token], resolve: bool = True) -> list[Actor]:
    out: list[Actor] = []
    for t in toks:
        for x in _with_conjuncts(t):
            a = actors.resolve(x) if resolve else actors.at(x)
            if a is None:
                # a noun phrase whose head is not the actor: "Iran's operations" -> its possessor
                for c in x.children:
                    if c.dep_ in ("poss", "compound") and actors.at(c):
                        a = actors.at(c)
                        break
            if a is not None and a not in out:
                out.append(a)
    return out


def _negated(tok: Token) -> bool:
    for t in (tok, tok.head, tok.head.head):
        if any(c.dep_ == "neg" for c in t.children):
            return True
    return False


def _complements(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            out += [g for g in c.children if g.dep_ == "pobj"]
    return out


def _governing_verb(tok: Token) -> Token | None:
    """The verb a predicate noun belongs to: "X is/became/served as a N", "consider X N"."""
    if tok.dep_ in ("attr", "acomp", "oprd", "dobj", "xcomp"):
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        return tok.head.head
    return None


def _subjects(tok: Token, actors) -> list[Actor]:
    """Who a relational noun is predicated of."""
    if tok.dep_ == "appos":
        return _actors_of(actors, [tok.head])
    appos = [c for c in tok.children if c.dep_ == "appos"]
    if appos:  # "U.S. ally Ecuador"
        return _actors_of(actors, appos)
    if tok.dep_ == "compound" and actors.at(tok.head):
        return _actors_of(actors, [tok.head])
    verb = _governing_verb(tok)
    if verb is not None:
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        raised = not subj and verb.dep_ == "xcomp"  # "considers X to be proxies": X is the upper verb's
        if raised:
            verb = verb.head
        if tok.dep_ in ("dobj", "oprd") or raised:  # "consider X proxies" / "both of which it considers proxies"
            objs = [c for c in verb.children if c.dep_ == "dobj" and c.i != tok.i]
            found = _actors_of(actors, objs)
            if found:
                return found
            which = _relative_antecedent(verb)
            if which is not None:
                return _actors_of(actors, [which])
            return []
        return _actors_of(actors, subj)
    return []


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun a "which" clause refers to: "Hezbollah and Hamas, both of which it considers ..."."""
    sent = verb.sent
    rel = [t for t in sent if t.lower_ in ("which", "whom") and t.i < verb.i]
    if not rel:
        return None
    for t in reversed(sent[: rel[-1].i - sent.start]):
        if t.pos_ in ("PROPN", "NOUN") and t.dep_ not in ("appos",) and t.lower_ not in ("both", "all"):
            head = t
            while head.dep_ == "conj":
                head = head.head
            return head
    return None


def _others(tok: Token, actors) -> list[Actor]:
    """The complement of a relational noun: "of Y", "to Y", "Y's", "Y N"."""
    comps = _complements(tok, ("of", "to", "for", "with"))
    found = _actors_of(actors, comps)
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "nmod", "amod") and actors.at(c):
            a = actors.at(c)
            if a not in found:
                found.append(a)
    return found


def _place_of(tok: Token, actors) -> list[Actor]:
    preps = tuple(_lexicon()["place_preps"])
    places = [a for a in _actors_of(actors, _complements(tok, preps)) if a.type in PLACE_TYPES]
    if places:
        return places
    for c in tok.children:  # "a hub for Iran's operations in the region": the place hangs off the object
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    places += [a for a in _actors_of(actors, _complements(g, preps)) if a.type in PLACE_TYPES]
    return places


def extract_relations(doc: Doc, document: Document, actors, kb: KnowledgeBase,
                      attributions: list[Attribution] | None = None) -> list[Relation]:
    """Stated relations in a parsed document, with sentence and cue offsets."""
    lex = _lexicon()
    nouns: dict[str, str] = lex["nouns"]
    symmetric = set(lex["symmetric"])
    presence_nouns: dict[str, str] = lex["presence_nouns"]
    presence_verbs: dict[str, str] = lex["presence_verbs"]
    presence_adj: dict[str, str] = lex["presence_adjectives"]
    found: dict[tuple[str, str, str], Relation] = {}

    def add(x: Actor, y: Actor, rel: str, tok: Token) -> None:
        if x.id == y.id or (x.kb_id and x.kb_id == y.kb_id):
            return
        key = (x.id, y.id, rel)
        if key in found:
            return
        cue = (tok.idx, tok.idx + len(tok.text))
        sent = tok.sent
        linked = [q.id for q in attributions or [] if any(s <= cue[0] < e for s, e in q.contents)]
        found[key] = Relation(id=f"r{len(found) + 1}", source=x.id, target=y.id, relation=rel, cue=cue,
                              sentence=(sent.start_char, sent.end_char), negated=_negated(tok), attributions=linked)

    for tok in doc:
        lemma = tok.lemma_.lower()
        if tok.pos_ in ("NOUN", "PROPN") and lemma in nouns and not actors.at(tok):
            rel = nouns[lemma]
            subjects = _subjects(tok, actors)
            others = _others(tok, actors)
            if others:
                for x in subjects:
                    for y in others:
                        if y not in subjects:
                            add(x, y, rel, tok)
            elif rel in symmetric and len(subjects) > 1:
                for x in subjects:
                    for y in subjects:
                        add(x, y, rel, tok)
        elif tok.pos_ == "NOUN" and lemma in presence_nouns:
            rel = presence_nouns[lemma]
            sponsors = [a for a in _others(tok, actors) if a.type not in PLACE_TYPES or a.type == "country"]
            if not sponsors and tok.dep_ == "dobj":  # "Hezbollah has/maintains a presence in ..."
                sponsors = _actors_of(actors, [c for c in tok.head.children if c.dep_ == "nsubj"])
            places = _place_of(tok, actors)
            if not places:
                verb = _governing_verb(tok)
                if verb is not None:  # "Bolivia has become a base for Iran": the subject is the place
                    subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
                    places = [a for a in _actors_of(actors, subj) if a.type in PLACE_TYPES]
            for x in sponsors:
                for y in places:
                    add(x, y, rel, tok)
        elif (tok.pos_ == "VERB" and lemma in presence_verbs) or (tok.pos_ == "ADJ" and lemma in presence_adj):
            rel = presence_verbs.get(lemma) or presence_adj[lemma]
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subj and tok.dep_ in ("acl", "amod") or (not subj and tok.dep_ == "acomp"):
                subj = [tok.head] if tok.dep_ in ("acl", "amod") else [c for c in tok.head.children
                                                                      if c.dep_ == "nsubj"]
            places = [a for a in _actors_of(actors, _complements(tok, tuple(lex["place_preps"])))
                      if a.type in PLACE_TYPES]
            for x in _actors_of(actors, subj):
                if x.type in PLACE_TYPES and x.type != "country":
                    continue
                for y in places:
                    add(x, y, rel, tok)
    return list(found.values())
