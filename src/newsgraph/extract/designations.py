"""Terrorist-designation facts built from designation events (issue 4).

A designation event is an event whose trigger is a designation word (``designations.json``:
"designate", "proscribe", "blacklist", "designation", and "list/label/declare/add/ban" when the
sentence speaks of terrorism). Each (designator, designee) pair of such an event is a fact:

- ``designated``: asserted ("Ecuador designated the IRGC ... as terrorist organizations");
- ``expanded``: under "expand/extend/broaden" or with "also" ("added Hamas to its list");
- ``pressed``: a demanded act under a REQUEST ("the US is pushing Bolivia to ... designate the
  IRGC"): designator = who is pressed, ``pressed_by`` = who presses;
- ``considering``: considered or hypothetical ("officials have discussed pushing for terrorist
  designations in Chile, Peru and Panama");
- ``announced_intent``: planned ("will designate", "plans to list");
- ``rejected``: negated, refused or denied;
- ``revoked``: "revoke/lift/remove from the list/delist".

"list/label/declare/add/ban/revoke" need the word terror* within two sentences, except "ban/outlaw"
of an armed group or criminal organisation. A designation under a request noun ("weighing U.S.
requests to designate ...") is ``pressed`` by the requester; a refused one ("rejected U.S. calls to
designate") is ``rejected`` with ``pressed_by`` the caller.

More designators and designees from the discourse around a designation: "..., joining Argentina and
Paraguay" and "the same/a similar step by X" (X designated the same designees), "The list also
includes X and Y" (more designees of the designation just reported), "expanded its designations to
include X".

A designation that names its designator but no designee ("designations in Chile, Peru and Panama")
inherits the designees of the designation discussion last mentioned in the document: the last
pressed designations when the new one is itself pressed or considered under a request, else the
last designation of any status. One fact per (designator, designee) pair is kept; on conflict the
status earlier in ``status_precedence`` wins (what has happened beats what is intended), then the
later date.
"""
from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from newsgraph.extract.actors import DocActors
from newsgraph.kb import KnowledgeBase, load_lexicon
from newsgraph.records import Designation, Document, Event


@lru_cache(maxsize=1)
def designation_lexicon() -> dict[str, Any]:
    d = load_lexicon("designations.json")
    return {k: (frozenset(v) if isinstance(v, list) and k != "status_precedence" else v) for k, v in d.items()}


def _trigger_token(doc: Doc, ev: Event) -> Token | None:
    if ev.trigger is None:
        return None
    span = doc.char_span(ev.trigger[0], ev.trigger[1], alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


TERROR_WINDOW = 2  # sentences either side that may carry the terrorism context of "ban", "list"...


class _TerrorContext:
    def __init__(self, doc: Doc, cues: frozenset[str]):
        self.sents = list(doc.sents)
        self.starts = [s.start for s in self.sents]
        self.flags = [any(any(w.lower_.startswith(c) for c in cues) for w in s) for s in self.sents]

    def near(self, tok: Token) -> bool:
        k = bisect.bisect_right(self.starts, tok.i) - 1
        return any(self.flags[max(0, k - TERROR_WINDOW): k + TERROR_WINDOW + 1])


def _members(tok: Token, actors: DocActors) -> list[str]:
    """Actors of a noun phrase and its conjuncts and appositions ("Venezuela's Tren de Aragua, MS-13")."""
    out: list[str] = []
    for t in [tok, *tok.conjuncts]:
        found = actors.at(t)
        for x in ([found] if found is not None else [actors.at(c) for c in t.children if c.dep_ == "appos"]):
            if x is not None and x.id not in out:
                out.append(x.id)
    return out


def _governor_lemmas(tok: Token, depth: int = 4) -> list[str]:
    out = []
    cur = tok
    for _ in range(depth):
        if cur.head is cur:
            break
        cur = cur.head
        out.append(cur.lemma_.lower())
    return out


def _included(tok: Token, actors: DocActors, lex: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for v in tok.children:
        if v.dep_ in ("xcomp", "advcl", "acl") and v.lemma_.lower() in lex["include_verbs"]:
            for o in v.children:
                if o.dep_ == "dobj":
                    for t in [o, *o.conjuncts]:
                        a = actors.at(t)
                        if a is not None and a.id not in out:
                            out.append(a.id)
    return out


def _status(ev: Event, tok: Token, by_id: dict[str, Event], lex: dict[str, Any]) -> str:
    lemma = tok.lemma_.lower()
    governors = _governor_lemmas(tok)
    noun = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if lemma in lex["revoke_triggers"] or (lemma in lex["revoke_governors"] and noun is not None
                                          and noun.lemma_.lower() in lex["triggers"]):
        return "revoked" if ev.status in ("asserted", "alleged") else _intent_status(ev, by_id)
    if any(g in lex["revoke_governors"] for g in governors[:2]) and tok.pos_ == "NOUN":
        return "revoked"
    chain = _ancestors(ev, by_id)
    if ev.status not in ("negated", "denied") and _request_noun(tok, lex) is not None:
        return "pressed"  # "weighing U.S. requests to designate ...": pressed, whatever the answer so far
    if ev.status == "considered" or any(a.status == "considered" for a in chain):
        return "considering"
    if ev.status == "demanded":
        return "pressed"
    if ev.status in ("negated", "denied"):
        return "rejected"
    if ev.status == "planned":
        return "announced_intent"
    if ev.status == "hypothetical":
        return "considering"
    if lemma in lex["expand_governors"] or any(g in lex["expand_governors"] for g in governors[:2]) or \
            any(c.lower_ in lex["expand_cues"] for c in tok.children if c.dep_ == "advmod"):
        return "expanded"
    return "designated"


def _request_noun(tok: Token, lex: dict[str, Any]) -> Token | None:
    h = tok.head
    if tok.dep_ in ("acl", "advcl") and h.pos_ == "NOUN" and h.lemma_.lower() in lex["request_nouns"]:
        return h
    return None


def _intent_status(ev: Event, by_id: dict[str, Event]) -> str:
    return {"planned": "announced_intent", "demanded": "pressed", "considered": "considering",
            "negated": "rejected", "denied": "rejected", "hypothetical": "considering"}.get(ev.status, "revoked")


def _ancestors(ev: Event, by_id: dict[str, Event]) -> list[Event]:
    out = []
    cur = by_id.get(ev.parent) if ev.parent else None
    while cur is not None and len(out) < 6:
        out.append(cur)
        cur = by_id.get(cur.parent) if cur.parent else None
    return out


def extract_designations(doc: Doc, document: Document, actors: DocActors, events: list[Event],
                         kb: KnowledgeBase) -> list[Designation]:
    lex = designation_lexicon()
    by_id = {e.id: e for e in events}
    facts: list[Designation] = []
    last_any: list[str] = []
    last_pressed: list[str] = []

    def actor_type(aid: str) -> str | None:
        a = actors.get(aid)
        return a.type if a is not None else None

    context: _TerrorContext | None = None
    for ev in sorted(events, key=lambda e: e.trigger or (0, 0)):
        tok = _trigger_token(doc, ev)
        if tok is None:
            continue
        lemma = tok.lemma_.lower()
        noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lex["triggers"]), None)
        if lemma not in lex["triggers"] and noun is None:
            continue
        if (lemma in lex["needs_terror_cue"] or (noun is not None and noun.lemma_.lower() in lex["needs_terror_cue"])) \
                and not (context := context or _TerrorContext(doc, lex["terror_cues"])).near(tok) \
                and not (lemma in lex["group_context_triggers"]
                                                   and any(actor_type(a) in lex["group_types"] for a in ev.target)):
            continue  # "banned plastic bags": no designation; "banned Hezbollah": one
        designators = [a for a in ev.source if actor_type(a) in lex["designator_types"]]
        designees = [a for a in ev.target if actor_type(a) not in lex["designee_excluded_types"]]
        if not designees:  # "expanded its terrorist designations to include the IRGC"
            designees = [a for a in _included(tok, actors, lex) if actor_type(a) not in lex["designee_excluded_types"]]
        if not designators:
            continue
        status = _status(ev, tok, by_id, lex)
        if not designees:
            designees = list(last_pressed if status in ("pressed", "considering") and last_pressed else last_any)
            designees = [d for d in designees if d not in designators]
        if not designees:
            continue
        pressed_by = None
        noun = _request_noun(tok, lex)
        if noun is not None:  # "U.S. requests to designate": the requester
            for c in noun.children:
                got = actors.at(c) if c.dep_ in ("compound", "poss", "amod") else None
                if got is not None:
                    pressed_by = got.id
        if pressed_by is None and status in ("pressed", "considering"):
            for anc in _ancestors(ev, by_id):
                if anc.plover == "REQUEST" and anc.source:
                    pressed_by = anc.source[0]
                    break
        elif status == "rejected":  # "rejected U.S. calls to designate ...": who had pressed
            for anc in _ancestors(ev, by_id):
                if anc.plover == "REJECT" and anc.target:
                    pressed_by = anc.target[0]
                    break
        linked = [ev.id] + [a.id for a in _ancestors(ev, by_id)]
        for d in designators:
            for x in designees:
                facts.append(Designation(designator=d, designee=x, status=status, date=ev.date, events=list(linked),
                                         sentence=ev.sentence, pressed_by=pressed_by))
        if status == "designated":  # "..., joining Argentina and Paraguay": they designated it before
            for joined in _joined(tok, actors, lex):
                if actor_type(joined) in lex["designator_types"] and joined not in designators:
                    for x in designees:
                        facts.append(Designation(designator=joined, designee=x, status="designated", date=None,
                                                 events=[ev.id], sentence=ev.sentence))
        last_any = designees
        if status == "pressed":
            last_pressed = designees
    if facts:  # the discourse around a designation; nothing to extend in most documents
        facts.extend(_list_continuations(doc, actors, facts, lex, actor_type))
        facts.extend(_same_steps(doc, document, actors, facts, lex, actor_type))
    return _merge(facts, lex["status_precedence"])


def _joined(tok: Token, actors: DocActors, lex: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for v in tok.children:
        if v.dep_ in ("advcl", "xcomp", "conj") and v.lemma_.lower() in lex["join_verbs"]:
            for o in v.children:
                if o.dep_ == "dobj":
                    out.extend(a for a in _members(o, actors) if a not in out)
    return out


def _same_steps(doc: Doc, document: Document, actors: DocActors, facts: list[Designation], lex: dict[str, Any],
                actor_type) -> list[Designation]:
    """"Colombia announced the same step", "following a similar step by Argentina last month": another
    designator of the designation being reported, dated by its own clause if at all."""
    from newsgraph.extract import dates
    from newsgraph.extract.events import _subject

    out: list[Designation] = []
    for t in doc:
        if t.lemma_.lower() not in lex["step_nouns"] or not any(
                c.dep_ == "amod" and c.lemma_.lower() in ("same", "similar") for c in t.children):
            continue
        near = [f for f in facts if f.sentence and f.sentence[0] <= t.idx + 400 and f.sentence[1] >= t.idx - 400]
        if not near:
            continue
        ref = min(near, key=lambda f: abs(f.sentence[0] - t.sent.start_char))
        doers: list[str] = []
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ == "by":
                for o in p.children:
                    if o.dep_ == "pobj":
                        doers += _members(o, actors)
        if not doers and t.dep_ == "dobj":
            subj, passive = _subject(t.head)
            if subj is not None and not passive:
                doers = _members(subj, actors)
        when = None
        for ent in t.sent.ents:
            if ent.label_ == "DATE" and ent.root.head.i in {t.i, *[c.i for c in t.subtree]}:
                when = dates.resolve(ent.text, document.published)
        for d in doers:
            if actor_type(d) in lex["designator_types"] and d != ref.designator:
                for f in [x for x in facts if x.sentence == ref.sentence and x.designator == ref.designator]:
                    out.append(Designation(designator=d, designee=f.designee, status="designated", date=when,
                                           events=list(f.events), sentence=(t.sent.start_char, t.sent.end_char)))
    return out


def _list_continuations(doc: Doc, actors: DocActors, facts: list[Designation], lex: dict[str, Any],
                        actor_type) -> list[Designation]:
    """"The list also includes X, Y and Z": more designees of the designation just reported."""
    out: list[Designation] = []
    for t in doc:
        if t.lemma_.lower() not in lex["include_verbs"] or t.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or (subj.lemma_.lower() not in lex["list_nouns"] and subj.lower_ != "it"):
            continue
        before = [f for f in facts if f.sentence and f.sentence[1] <= t.idx]
        if subj.lower_ == "it" and not (before and t.idx - before[-1].sentence[1] < 400):
            continue  # "It also includes ...": only right after the list it stands for
        if not before:
            continue
        last = before[-1]
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        for x in _members(obj, actors):
            if actor_type(x) not in lex["designee_excluded_types"]:
                out.append(Designation(designator=last.designator, designee=x, status=last.status, date=last.date,
                                       events=list(last.events), sentence=(t.sent.start_char, t.sent.end_char),
                                       pressed_by=last.pressed_by))
    return out


def _merge(facts: list[Designation], precedence: list[str]) -> list[Designation]:
    rank = {s: i for i, s in enumerate(precedence)}
    kept: dict[tuple[str, str], Designation] = {}
    for f in facts:
        key = (f.designator, f.designee)
        old = kept.get(key)
        if old is None:
            kept[key] = f
            continue
        better = (rank.get(f.status, 99), -(len(f.date or ""))) < (rank.get(old.status, 99), -(len(old.date or "")))
        merged_events = old.events + [e for e in f.events if e not in old.events]
        if better:
            f.events = merged_events
            kept[key] = f
        else:
            old.events = merged_events
    out = list(kept.values())
    for i, f in enumerate(out, 1):
        f.id = f"d{i}"
    return out
