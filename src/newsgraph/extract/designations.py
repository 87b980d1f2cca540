"""Terrorist-designation facts built from designation events (issue 4).

A designation event is an event whose trigger is a designation word (``designations.json``:
"designate", "proscribe", "blacklist", "designation", and "list/label/declare/add/ban" when the
sentence speaks of terrorism). Each (designator, designee) pair of such an event is a fact:

- ``designated``: asserted ("Ecuador designated the IRGC ... as terrorist organizations");
- ``expanded``: under "expand/extend/broaden" or with "also" ("added Hamas to its list");
- ``pressed``: a demanded act under a REQUEST ("the US is pushing Bolivia to ... designate the
  IRGC"): designator = who is pressed, ``pressed_by`` = who presses;
- ``considering``: considered or hypothetical ("aides have talked about seeking terrorist
  listings in several neighbouring countries");
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

A designation that names its designator but no designee ("listings in Peru and Chile")
inherits the designees of the designation discussion last mentioned in the document: the last
pressed designations when the new one is itself pressed or considered under a request, else the
last designation of any status. One fact per (designator, designee) pair is kept; on conflict the
status earlier in ``status_precedence`` wins (what has happened beats what is intended), then the
later date.
"""
from __future__ import annotations

import bisect
from dataclasses import replace
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.actors import DocActors
from newsgraph.kb import KnowledgeBase, load_lexicon
from newsgraph.nlp import dateline_end
from newsgraph.records import Actor, Designation, Document, Event


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
AGENTLESS_REACH = 600  # characters after the last designation within which an agentless one is its jurisdiction's


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
        if cur.head.i == cur.i:
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
    phrase = " ".join(t.lower_ for t in tok.subtree)
    if any(f" {c} " in f" {phrase} " for c in lex["whole_cues"]) and not _standing_state(tok, lex):
        # "proscribed Hezbollah in its entirety": a listing in part grows to the whole ("already list
        # Hamas as a whole" is where things stand, not a change)
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
    last_designators: list[str] = []
    last_end = 0

    def actor_type(aid: str) -> str | None:
        a = actors.get(aid)
        return a.type if a is not None else None

    context: _TerrorContext | None = None
    home = _dateline_state(doc, actors)
    reporting: dict[str, str | None] = {}

    def reporting_state() -> str | None:  # worked out once, and only when an agentless act needs it
        if "state" not in reporting:
            reporting["state"] = _reporting_state(doc, actors, lex, home)
        return reporting["state"]

    for ev in sorted(events, key=lambda e: e.trigger or (0, 0)):
        tok = _trigger_token(doc, ev)
        if tok is None:
            continue
        lemma = tok.lemma_.lower()
        noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lex["triggers"]), None)
        if lemma not in lex["triggers"] and noun is None:
            continue
        if noun is not None and lemma not in lex["triggers"] and lemma in lex["reaction_verbs"]:
            continue  # "Venezuela rejected the designation": a stance on someone else's act, not a designation
        if lemma in lex["list_removal_triggers"] and not _off_a_list(tok, lex):
            continue  # "pressing Bolivia to remove Iranian officers": an expulsion, not a delisting
        targets, described = _described_designees(tok, ev.target, actors, lex)
        if (lemma in lex["needs_terror_cue"] or (noun is not None and noun.lemma_.lower() in lex["needs_terror_cue"])) \
                and not (context := context or _TerrorContext(doc, lex["terror_cues"])).near(tok) \
                and not (lemma in lex["group_context_triggers"]
                                                   and any(actor_type(a) in lex["group_types"] for a in targets)):
            continue  # "banned plastic bags": no designation; "banned Hezbollah": one
        designators = [a for a in ev.source if actor_type(a) in lex["designator_types"]]
        if not designators and tok.pos_ == "NOUN" and ev.source and \
                all(actor_type(a) in lex["group_types"] for a in ev.source):
            # "the U.S. revocation of the Houthi movement's designation": the possessor is the designee,
            # the designator is the governing noun's ("U.S.")
            targets = targets + [a for a in ev.source if a not in targets]
            designators = [a for a in _governor_owners(tok, actors) if actor_type(a) in lex["designator_types"]]
        followers, followed = _following(tok, actors, lex)
        if followers or followed:  # "urged Brasília to follow the US and the EU in listing the group"
            designators = [a for a in followers if actor_type(a) in lex["designator_types"]]
            followed = [a for a in followed if actor_type(a) in lex["designator_types"]]
        designees = [a for a in targets + _object_conjuncts(tok, actors, targets + described)
                     if actor_type(a) not in lex["designee_excluded_types"]]
        designees = _named_not_described(doc, tok, designees, actors)
        if not designators and not ev.source and designees and last_designators and tok.pos_ == "VERB" \
                and not described \
                and ev.trigger[0] - last_end < AGENTLESS_REACH:
            # "The group was listed on Jan. 19", "a registry created in 2019 to list Hezbollah": no
            # agent named, so the jurisdiction whose designations are being reported
            designators = list(last_designators)
        if not designators and not ev.source and designees and not last_designators and not described \
                and ev.status == "asserted" and (state := reporting_state()) is not None:
            # "The proscription of Hamas came into force on Friday" in a report whose only named state
            # is Britain's: no agent named, so the state the report is about
            designators = [state]
        if not designees:  # "expanded its terrorist designations to include the IRGC"
            designees = [a for a in _included(tok, actors, lex) if actor_type(a) not in lex["designee_excluded_types"]]
        if not designators:
            continue
        designators = list(dict.fromkeys(_home_state(d, home, actors, lex) for d in designators))
        status = _status(ev, tok, by_id, lex)
        extended_from: list[str] = []
        if noun is not None and lemma in lex["expand_governors"]:
            onto = [a for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children
                    if o.dep_ == "pobj" for a in _phrase_actors(o, actors)
                    if actor_type(a) not in lex["designee_excluded_types"]]
            if onto:  # "extend the designation of the Quds Force to the entire IRGC": the IRGC is the new one
                extended_from, designees = [d for d in designees if d not in onto], onto
        if not designees and any(actor_type(a) in lex["described_types"] for a in ev.target):
            continue  # "the designations of the three Middle Eastern groups": named, but not as actors
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
        date = None if _standing_state(tok, lex) else ev.date
        for d in designators:
            for x in designees:
                if x != d and not _own_organ(actors.get(d), actors.get(x), lex):
                    # a state does not press itself ("the government urged Canada to list ..." is Canada's own)
                    by = pressed_by if pressed_by is None or _jurisdiction(actors.get(pressed_by), lex) != \
                        _jurisdiction(actors.get(d), lex) else None
                    facts.append(Designation(designator=d, designee=x, status=status, date=date,
                                             events=list(linked), sentence=ev.sentence, pressed_by=by))
        for d in designators:  # what is being extended was designated already
            for x in extended_from:
                facts.append(Designation(designator=d, designee=x, status="designated", date=ev.date,
                                         events=list(linked), sentence=ev.sentence))
        joined_before = _joined(tok, actors, lex) if status == "designated" else []
        for joined in followed + joined_before:  # "..., joining Argentina": they designated it before
            if actor_type(joined) in lex["designator_types"] and joined not in designators:
                for x in designees:
                    facts.append(Designation(designator=joined, designee=x, status="designated", date=None,
                                             events=[ev.id], sentence=ev.sentence))
        last_any = designees
        last_designators, last_end = designators, (ev.sentence or ev.trigger)[1]
        if status == "pressed":
            last_pressed = designees
    facts.extend(_nominal_designations(doc, document, actors, events, lex, actor_type))
    facts.extend(_on_lists(doc, actors, events, facts, lex, actor_type))
    facts.extend(_missed_acts(doc, document, actors, events, facts, kb, lex, actor_type))
    facts.extend(_extended_bans(doc, document, actors, events, kb, lex, actor_type))
    facts.extend(_list_continuations(doc, actors, facts, lex, actor_type))  # a list its owner names needs no fact before it
    if facts:
        facts.extend(_companions_on_list(doc, actors, facts, lex))
    if facts:  # the discourse around a designation; nothing to extend in most documents
        facts.extend(_same_steps(doc, document, actors, facts, lex, actor_type))
    facts = _dated_by_taking_effect(doc, document, facts, lex)
    facts = _merge(facts, lex["status_precedence"], lambda a: _jurisdiction(actors.get(a), lex))
    return _renumber(_drop_part_background(facts, actors, kb, document))


TAKING_EFFECT_STATUSES = ("designated", "expanded", "revoked")
RESTATEMENT_REACH = 3  # sentences back that "The listing, which took effect on ..." may refer to


def _takes_effect(v: Token, lex: dict[str, Any]) -> bool:
    """"took effect", "came into force", "became effective": a past act coming into force."""
    words = lex["taking_effect"].get(v.lemma_.lower())
    if not words or v.tag_ not in ("VBD", "VBN"):
        return False
    near = [c for c in v.children] + [g for c in v.children if c.dep_ == "prep" for g in c.children]
    return any(c.lemma_.lower() in words for c in near)


def _dated_by_taking_effect(doc: Doc, document: Document, facts: list[Designation],
                            lex: dict[str, Any]) -> list[Designation]:
    """An undated designation gets the date on which it "took effect" or "came into force": in its own
    sentence ("X's designation of Y ..., which took effect on Monday"), or in a later one whose
    definite noun restates it ("The listing, which took effect on Wednesday, ..."). Only acts that
    happened: an intent keeps its own date."""
    from newsgraph.extract import dates

    undated = [f for f in facts if f.date is None and f.status in TAKING_EFFECT_STATUSES and f.sentence]
    if not undated:
        return facts
    starts = sorted({f.sentence[0] for f in undated})
    sent_starts = [s.start_char for s in doc.sents]
    dated: dict[int, str] = {}  # fact sentence start -> date
    for v in doc:
        if not _takes_effect(v, lex):
            continue
        said = _dates_on(v)
        if not said:
            continue
        when = dates.resolve(dates.expression(said[0]), document.published)
        if not when:
            continue
        own = v.sent.start_char
        if own in starts:
            dated.setdefault(own, when)
            continue
        # "The listing, which took effect ...": the restating noun is what took effect
        noun = v.head if v.dep_ in ("relcl", "acl") else next((c for c in v.children if c.dep_ == "nsubj"), None)
        if noun is None or noun.lemma_.lower() not in lex["restating_nouns"] or \
                not _definite(noun) or \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue
        here = bisect.bisect_right(sent_starts, own) - 1
        earlier = [x for x in starts if x < own and here - (bisect.bisect_right(sent_starts, x) - 1) <= RESTATEMENT_REACH]
        if earlier:
            dated.setdefault(earlier[-1], when)
    if not dated:
        return facts
    pending = {id(f) for f in undated}
    return [replace(f, date=dated[f.sentence[0]]) if id(f) in pending and f.sentence[0] in dated else f
            for f in facts]


def _dateline_state(doc: Doc, actors: DocActors) -> str | None:
    """The country actor of the place a report is filed from, when the report names that country:
    the first place or country in its dateline ("BUENOS AIRES, Jan 21 (Agency) —", found by the
    pipeline's ``nlp.dateline_end``, which also ends the dateline's sentence)."""
    end = dateline_end(doc)
    if end is None:
        return None
    place = next((a for t in doc[:end] if (a := actors.at(t)) is not None
                  and a.type in ("location", "country") and a.country), None)
    if place is None:
        return None
    return next((a.id for a in actors.actors if a.type == "country" and a.country == place.country), None)


def _reporting_state(doc: Doc, actors: DocActors, lex: dict[str, Any], home: str | None) -> str | None:
    """The state a report is about, for an act it reports without an agent: its dateline's, else the
    one state whose bodies it names (a government, ministry, parliament ...); None when it names
    bodies of several states or none."""
    if home:
        return home
    bodies = [a for a in actors.actors if a.type in lex["state_body_types"] and a.country]
    if len({a.country for a in bodies}) != 1:
        return None
    country = bodies[0].country
    state = next((a.id for a in actors.actors if a.type == "country" and a.country == country), None)
    return state or bodies[0].id


def _home_state(designator: str, home: str | None, actors: DocActors, lex: dict[str, Any]) -> str:
    """"The government is studying whether to extend ..." in a report from Buenos Aires: a state body
    the report names without a country acts for the country it is filed from."""
    a = actors.get(designator)
    if home and a is not None and a.type in lex["state_body_types"] and not a.country:
        return home
    return designator


def _off_a_list(tok: Token, lex: dict[str, Any]) -> bool:
    """"removed Hezbollah from the list", "dropped the designation": a delisting."""
    for c in tok.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in lex["triggers"]:
            return True
        if c.dep_ == "prep" and c.lower_ == "from" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in lex["list_nouns"] for o in c.children):
            return True
    return False


def _phrase_actors(tok: Token, actors: DocActors) -> list[str]:
    """Actors of a noun phrase with its appositions and conjuncts, however the parser chained them
    ("the Lebanese group Hezbollah and the Palestinian group Hamas", "X, the MS-13 street gang, Y")."""
    out: list[str] = []
    todo, seen = [tok], set()
    while todo:
        t = todo.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        found = actors.at(t) or next((a for c in t.children if c.dep_ == "compound" and (a := actors.at(c))), None)
        if found is not None and found.id not in out:
            out.append(found.id)
        # "Hezbollah and Hamas terrorist organizations": names modifying an unnamed head
        todo.extend(c for c in t.children if c.dep_ in ("appos", "conj") or (found is None and c.dep_ == "nmod"))
    return out


def _object_conjuncts(tok: Token, actors: DocActors, known: list[str]) -> list[str]:
    """Designees the event left out: the other members of the designation's object phrase."""
    out: list[str] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            out.extend(a for a in _phrase_actors(c, actors) if a not in known and a not in out)
    return out


def _described_designees(tok: Token, targets: list[str], actors: DocActors,
                         lex: dict[str, Any]) -> tuple[list[str], list[str]]:
    """"Berlin outlawed the group": a definite description as the object stands for the last armed
    group or criminal organisation mentioned (whatever else the description was resolved to).
    Returns the targets with descriptions replaced, and the actors the descriptions had been read as."""
    out, described = list(targets), []
    for c in tok.children:
        if c.dep_ not in ("dobj", "nsubjpass") or not _group_description(c, lex):
            continue
        got = _last_group(c, actors, lex)
        wrong = actors.at(c)
        if got is not None:
            described.append(wrong.id if wrong else got.id)
            out = [got.id if wrong is not None and x == wrong.id else x for x in out]
            if got.id not in out:
                out.append(got.id)
    return out, described


def _named_not_described(doc: Doc, tok: Token, designees: list[str], actors: DocActors) -> list[str]:
    """A description whose apposition names designees stands for them ("two Ecuadorean gangs, Los
    Choneros and Los Lobos", "the Guards, the IRGC"): keep the names."""
    if len(designees) < 2:
        return designees
    sent = tok.sent
    drop = set()
    for t in sent:
        a = actors.at(t)
        if a is None or a.id not in designees or a.kb_id:
            continue
        named = [x for c in t.children if c.dep_ == "appos" for x in _phrase_actors(c, actors)]
        if any(x in designees and x != a.id for x in named):
            drop.add(a.id)
    return [d for d in designees if d not in drop]


def _standing_state(tok: Token, lex: dict[str, Any]) -> bool:
    """"The US and the EU already list Hamas": where things stand, not an act of the reporting period
    (the event's publication-month date would date a decades-old listing to this month)."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return verb.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ in lex["background_cues"]
                                               for c in verb.children)


def _own_organ(designator, designee, lex: dict[str, Any]) -> bool:
    """A state does not designate its own organs ("Iran's Quds Force" read as designated by Iran)."""
    if designator is None or designee is None or designee.type not in lex["state_organ_types"]:
        return False
    return bool(designee.country) and designee.country == designator.country


def _jurisdiction(actor, lex: dict[str, Any]) -> str | None:
    """What a designator stands for when one report's facts are merged: a state body its country."""
    if actor is None:
        return None
    if actor.country and (actor.type == "country" or actor.type in lex["state_body_types"]):
        return "country:" + actor.country
    return actor.id


def _drop_part_background(facts: list[Designation], actors: DocActors, kb: KnowledgeBase,
                          document: Document) -> list[Designation]:
    """A past designation of part of an organisation, recounted as the background of a decision on the
    whole organisation ("Britain outlawed Hezbollah's military wing in 2008", in a report on banning
    Hezbollah "in its entirety"), is the whole's history, not a cell of its own: dropped when dated
    before the report's year. Without such a cue ("Canada has listed the IRGC ... Canada had listed
    the Quds Force in 2012") the part keeps its own cell."""
    year = (document.published or "")[:4]
    if not year:
        return facts
    lex = designation_lexicon()
    kb_ids = {f.designee: (a.kb_id if (a := actors.get(f.designee)) else None) for f in facts}
    wholes = {kb_ids[f.designee] for f in facts if kb_ids[f.designee] and f.sentence
              and any(c in document.text[f.sentence[0]:f.sentence[1]].lower() for c in lex["whole_cues"])}
    out = []
    for f in facts:
        chain, cur = [], kb.get(kb_ids[f.designee]) if kb_ids[f.designee] else None
        while cur is not None and cur.parent and len(chain) < 4:
            chain.append(cur.parent)
            cur = kb.get(cur.parent)
        if f.date and f.date[:4] < year and wholes & set(chain):
            continue
        out.append(f)
    return out


def _governor_owners(tok: Token, actors: DocActors) -> list[str]:
    """Actors modifying the noun that governs a designation noun ("the U.S. revocation of ...'s
    designation", "Washington's lifting of the designation")."""
    gov = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
    if gov is None or gov.pos_ != "NOUN":
        return []
    return [a.id for c in gov.children if c.dep_ in ("compound", "poss", "amod") and (a := actors.at(c)) is not None]


def _following(tok: Token, actors: DocActors, lex: dict[str, Any]) -> tuple[list[str], list[str]]:
    """"(urged Brasília to) follow the United States and the EU in listing the group": the act is the
    follower's (Brasília, the object of the urging when "follow" is its complement); the followed have
    done it already. Returns (followers, followed), both empty for any other construction."""
    if tok.dep_ != "pcomp" or tok.head.lower_ != "in" or tok.head.head.lemma_.lower() not in lex["join_verbs"]:
        return [], []
    verb = tok.head.head
    followed = [a for o in verb.children if o.dep_ == "dobj" for a in _members(o, actors)]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None and verb.dep_ == "xcomp":
        subj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    followers = _members(subj, actors) if subj is not None else []
    return followers, followed


def _companions_on_list(doc: Doc, actors: DocActors, facts: list[Designation], lex: dict[str, Any]) -> list[Designation]:
    """"From today, the whole organisation is listed alongside groups such as Hezbollah and the Islamic
    State": the companions are on the list of the designation just reported (its designator's), as
    standing, undated facts."""
    out: list[Designation] = []
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in lex["triggers"]:
            continue
        companions = _listed_alongside(t, actors, lex)
        before = [f for f in facts if f.sentence and f.sentence[0] <= t.idx and t.idx - f.sentence[1] < AGENTLESS_REACH
                  and f.status in ("designated", "expanded")]
        if not companions or not before:
            continue
        last = max(before, key=lambda f: f.sentence[0])
        out.extend(_sentence_facts([last.designator], [x for x in companions if x != last.designee], "designated",
                                   None, t, actors, lex))
    return out


def _listed_alongside(tok: Token, actors: DocActors, lex: dict[str, Any]) -> list[str]:
    """"is listed alongside groups such as Hezbollah and the Islamic State": the companions on the
    same list, which the designator has listed already."""
    out: list[str] = []
    for p in tok.children:
        if p.dep_ == "prep" and p.lower_ in ("alongside", "beside"):
            for o in (c for c in p.children if c.dep_ == "pobj"):
                heads = [o] + [g for q in o.children if q.dep_ == "prep" and q.lower_ == "as"
                               for g in q.children if g.dep_ == "pobj"]  # "groups such as X"
                out += [a for h in heads for a in _members(h, actors)
                        if (x := actors.get(a)) is not None and x.type in lex["group_types"] and a not in out]
    return out


def _definite(tok: Token) -> bool:
    """"the group", "this organisation", "that listing"."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)


def _group_description(tok: Token, lex: dict[str, Any]) -> bool:
    """A definite description that stands for an organisation ("the group", "the whole organisation")."""
    return tok.lemma_.lower() in lex["group_descriptions"] and _definite(tok)


def _last_group(tok: Token, actors: DocActors, lex: dict[str, Any]) -> Actor | None:
    """The last armed group or criminal organisation mentioned before ``tok`` (five sentences back)."""
    return actors.antecedent(tok, tuple(lex["group_types"]), max_sentences=5)


def _dates_on(v: Token) -> list[Span]:
    """The DATE entities of ``v``'s sentence said of ``v`` itself: on it, or on one of its prepositions."""
    return [e for e in v.sent.ents if e.label_ == "DATE" and (
        e.root.head.i == v.i or (e.root.head.dep_ == "prep" and e.root.head.head.i == v.i))]


def _sentence_facts(designators: list[str], designees: list[str], status: str, date: str | None, t: Token,
                    actors: DocActors, lex: dict[str, Any]) -> list[Designation]:
    """One fact per (designator, designee) read from the sentence of ``t`` with no event of its own;
    never a state's own organ, never an actor designating itself."""
    return [Designation(designator=d, designee=x, status=status, date=date, events=[],
                        sentence=(t.sent.start_char, t.sent.end_char))
            for d in designators for x in designees if x != d and not _own_organ(actors.get(d), actors.get(x), lex)]


def _nominal_designations(doc: Doc, document: Document, actors: DocActors, events: list[Event], lex: dict[str, Any],
                          actor_type) -> list[Designation]:
    """Designations named as nouns with their agent and no event of their own, usually background:
    "follows designations of the Guards, Hezbollah and Hamas by Ecuador in September and of the Quds
    Force by Argentina this month". Each "of X by Y" is a fact, dated by the date among its own words."""
    from newsgraph.extract import dates

    triggers = {e.trigger[0] for e in events if e.trigger}
    out: list[Designation] = []
    for t in doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in lex["nominal_triggers"] or t.idx in triggers:
            continue
        units = [c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
        units += [x for x in t.subtree if x.lower_ == "of" and x.dep_ == "conj" and x not in units]
        units.sort(key=lambda u: u.i)
        for k, of in enumerate(units):
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            designees = [a for a in _phrase_actors(obj, actors) if actor_type(a) not in lex["designee_excluded_types"]]
            # each "of X by Y <date>" unit owns the words up to the next unit: the parser often hangs a
            # later unit's "by Y" or "this month" on the noun or the verb instead
            unit = doc[of.i:units[k + 1].i if k + 1 < len(units) else t.sent.end]
            by = [o for p in unit if p.dep_ in ("prep", "agent") and p.lower_ == "by"
                  for o in p.children if o.dep_ == "pobj"]
            designators = [a for o in by for a in _members(o, actors) if actor_type(a) in lex["designator_types"]]
            if not designees or not designators:
                continue
            ent = next((e for e in unit.ents if e.label_ == "DATE"), None)
            if ent is None and k == 0:  # "the designations in September of X by Y"
                ent = next((e for e in doc.ents if e.label_ == "DATE" and e.root.head.dep_ == "prep"
                            and e.root.head.lower_ == "in" and e.root.head.head == t), None)
            when = dates.resolve(ent.text, document.published) if ent is not None else None
            out.extend(_sentence_facts(designators, designees, "designated", when, t, actors, lex))
    return out


def _on_lists(doc: Doc, actors: DocActors, events: list[Event], facts: list[Designation], lex: dict[str, Any],
              actor_type) -> list[Designation]:
    """"The Quds Force was already on its terrorism list", "Washington put the Guards on its list of
    foreign terrorist organizations": being on (or put on) a terrorism list is a designation by the
    list's owner (or whoever put it there); "its" list is the one of the jurisdiction whose
    designations the report was telling. Undated: the list is where things stand."""
    triggers = {e.trigger[0] for e in events if e.trigger}
    out: list[Designation] = []
    for t in doc:
        if t.dep_ != "pobj" or t.lemma_.lower() not in lex["list_nouns"] or t.head.lower_ != "on":
            continue
        verb = t.head.head
        if verb.idx in triggers or not any(w.lower_.startswith(tuple(lex["terror_cues"])) for w in t.subtree):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if verb.lemma_.lower() == "be" and subj is not None:
            held, by = subj, owner
        elif verb.lemma_.lower() in lex["put_verbs"] and obj is not None:
            held, by = obj, subj or owner
        else:
            continue
        if by is None:
            continue
        if by.pos_ == "PRON":
            told = sorted((f for f in facts if f.sentence and f.sentence[0] < t.idx), key=lambda f: f.sentence[0])
            who = actors.get(told[-1].designator) if told else None
        else:
            who = actors.resolve(by)
        designees = [a for a in _phrase_actors(held, actors) if actor_type(a) not in lex["designee_excluded_types"]]
        if who is None or who.type not in lex["designator_types"]:
            continue
        for x in designees:
            if x != who.id and not _own_organ(who, actors.get(x), lex):
                out.append(Designation(designator=who.id, designee=x, status="designated", date=None, events=[],
                                       sentence=(t.sent.start_char, t.sent.end_char)))
    return out


def _missed_acts(doc: Doc, document: Document, actors: DocActors, events: list[Event], facts: list[Designation],
                 kb: KnowledgeBase, lex: dict[str, Any], actor_type) -> list[Designation]:
    """Designating verbs no event carries ("Canada had listed the Guards' Quds Force ... in 2012",
    "Patel has laid an order to proscribe Hamas"): subject (or, for "an order to proscribe", the
    subject of the verb governing the order; an office holder stands for their state) designates the
    object. Intent under "will/would" or an order/plan/bill noun, refusal under a negation. "list"
    and the like need terrorism nearby, or a designation by the same designator or of the same
    organisation already reported ("The Netherlands and Britain already list the whole organisation"
    in a report on Germany banning Hezbollah)."""
    reported = {_jurisdiction(actors.get(f.designator), lex) for f in facts}
    listed = {f.designee for f in facts}
    from newsgraph.extract import dates

    spans = [e.trigger for e in events if e.trigger]
    context: _TerrorContext | None = None
    out: list[Designation] = []
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ != "VERB" or lemma not in lex["fallback_verbs"] or any(a <= t.idx < b for a, b in spans):
            continue
        if not t.sent.text.rstrip().endswith((".", "!", "?", '"', "”")):
            continue  # a headline
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
        held = next((c for c in t.children if c.dep_ == ("nsubjpass" if passive else "dobj")), None)
        if held is None:
            continue
        if _group_description(held, lex):
            named = _last_group(held, actors, lex)  # "list the whole organisation"
            designees = [named.id] if named is not None else []
        else:
            designees = [a for a in _phrase_actors(held, actors) if actor_type(a) not in lex["designee_excluded_types"]]
        by = None
        if passive:
            by = next((o for p in t.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"), None)
        elif (subj := next((c for c in t.children if c.dep_ == "nsubj"), None)) is not None:
            by = subj
        elif t.dep_ == "acl" and t.head.dep_ == "dobj":
            by = next((c for c in t.head.head.children if c.dep_ == "nsubj"), None)
        if by is None or not designees:
            continue
        designators = [_state_of(a, document, actors, kb) for a in _members(by, actors)]
        designators = [d for d in designators if d and actor_type(d) in lex["designator_types"]]
        if not designators:
            continue
        if lemma in lex["needs_terror_cue"] and not (context := context or _TerrorContext(doc, lex["terror_cues"])).near(t) \
                and not {_jurisdiction(actors.get(d), lex) for d in designators} & reported \
                and not set(designees) & listed:
            continue  # no terrorism nearby, no designation by them or of it reported: "listed the items"
        if any(c.dep_ == "neg" for c in t.children):
            status = "rejected"
        elif any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in t.children) or \
                (t.dep_ == "acl" and t.head.lemma_.lower() in lex["intent_nouns"]):
            status = "announced_intent"
        else:
            status = "designated"
        said = _dates_on(t)
        when = dates.resolve(said[-1].text, document.published) if said else None
        out.extend(_sentence_facts(designators, designees, status, when, t, actors, lex))
    return out


def _group_named(tok: Token, actors: DocActors, lex: dict[str, Any]) -> list[str]:
    """The organisation a phrase names: its actors, or for "the whole organisation" / "the group's
    armed wing" the armed group or criminal organisation last mentioned."""
    named = [a for a in _phrase_actors(tok, actors) if (x := actors.get(a)) is not None and x.type in lex["group_types"]]
    if named:
        return named
    for t in [tok, *(c for c in tok.children if c.dep_ == "poss")]:
        if _group_description(t, lex):
            found = _last_group(t, actors, lex)
            if found is not None:
                return [found.id]
    return []


def _who(tok: Token, actors: DocActors) -> list[str]:
    """The actors a noun phrase names, else the one it refers to ("a government order": the government)."""
    named = _members(tok, actors)
    if named:
        return named
    found = actors.resolve(tok)
    return [found.id] if found is not None else []


def _extended_bans(doc: Doc, document: Document, actors: DocActors, events: list[Event], kb: KnowledgeBase,
                   lex: dict[str, Any], actor_type) -> list[Designation]:
    """A ban or listing extended to a whole organisation that no event carries ("Parliament approved a
    government order extending an existing ban on the group's armed wing to the whole organisation"):
    ``expanded``, by the order's owner or whoever approved it, dated by the clause it hangs on ("...
    became a criminal offence on Friday, after ...")."""
    from newsgraph.extract import dates

    spans = [e.trigger for e in events if e.trigger]
    out: list[Designation] = []
    for t in doc:
        if t.pos_ != "VERB" or t.lemma_.lower() not in lex["expand_governors"] or any(a <= t.idx < b for a, b in spans):
            continue
        ban = next((c for c in t.children if c.dep_ == "dobj" and c.lemma_.lower() in lex["triggers"] | lex["list_nouns"]), None)
        onto = next((o for p in t.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"), None)
        if ban is None or onto is None:
            continue
        designees = _group_named(onto, actors, lex)
        if not designees:  # "... to the whole organisation": the one whose part was banned
            designees = [a for p in ban.children if p.dep_ == "prep" and p.lower_ in ("on", "of")
                         for o in p.children if o.dep_ == "pobj" for a in _group_named(o, actors, lex)]
        by: list[Token] = [c for c in t.children if c.dep_ == "nsubj"]
        if not by and t.dep_ == "acl":  # "a government order extending ...": the order's owner, else its approver
            by = [c for c in t.head.children if c.dep_ in ("poss", "compound", "amod") and actors.resolve(c) is not None]
            if not by and t.head.dep_ == "dobj":
                by = [c for c in t.head.head.children if c.dep_ == "nsubj"]
        designators = [d for o in by for a in _who(o, actors)
                       if (d := _state_of(a, document, actors, kb)) and actor_type(d) in lex["designator_types"]]
        if not designees or not designators:
            continue
        # "Parliament" with no country of its own, in a sentence naming one country ("in Britain"): that country's
        countries = {a.id for x in t.sent if (a := actors.at(x)) is not None and a.type == "country"}
        designators = [next(iter(countries)) if len(countries) == 1 and (a := actors.get(d)) is not None
                       and a.type in lex["state_body_types"] and not a.country else d for d in designators]
        when, cur = None, t
        for _ in range(6):  # the clause the extension hangs on dates it
            said = _dates_on(cur)
            if said:
                when = dates.resolve(said[0].text, document.published)
                break
            if cur.head.i == cur.i:
                break
            cur = cur.head
        out.extend(_sentence_facts(designators, designees, "expanded", when, t, actors, lex))
    return out


def _state_of(actor_id: str, document: Document, actors: DocActors, kb: KnowledgeBase) -> str | None:
    """An office holder the KB knows on the report's date acts for their state (its country actor in
    the report); anyone else for themselves."""
    a = actors.get(actor_id)
    if a is None or a.type != "person":
        return actor_id
    person = kb.get(a.kb_id) if a.kb_id else None
    day = (document.published or "")[:10] or None
    countries = {r.country for r in (person.roles if person else []) if r.country and r.active_on(day)}
    if len(countries) != 1:
        return None
    iso3 = countries.pop()
    return next((x.id for x in actors.actors if x.type == "country" and x.country == iso3), None)


def _joined(tok: Token, actors: DocActors, lex: dict[str, Any]) -> list[str]:
    """"..., joining Argentina and Paraguay", on the designation or on the verb that reports it
    ("X has designated Y, the government said, joining Z")."""
    out: list[str] = []
    heads = [tok] + ([tok.head] if tok.dep_ in ("ccomp", "parataxis") else [])
    for v in [c for h in heads for c in h.children]:
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
        status = "designated"
        if not doers and t.dep_ == "dobj":
            subj, passive = _subject(t.head)
            if subj is not None and not passive:
                doers = _members(subj, actors) or [a.id for a in [actors.resolve(subj)] if a is not None]
            # "it was studying a similar measure": the step is only being weighed
            status = _step_status(t.head, lex)
        when = None
        for ent in t.sent.ents:
            if ent.label_ == "DATE" and ent.root.head.i in {t.i, *[c.i for c in t.subtree]}:
                when = dates.resolve(ent.text, document.published)
        same = [x for x in facts if x.sentence == ref.sentence and x.designator == ref.designator]
        if any(c.lemma_.lower() == "similar" for c in t.children):
            same = same[:1]  # "a similar step": the principal designee, not necessarily every one
        for d in doers:
            if actor_type(d) in lex["designator_types"] and d != ref.designator:
                for f in same:
                    out.append(Designation(designator=d, designee=f.designee, status=status, date=when,
                                           events=list(f.events), sentence=(t.sent.start_char, t.sent.end_char)))
    return out


def _step_status(verb: Token, lex: dict[str, Any]) -> str:
    """The status of "<verb> the same step": weighed, intended, or taken."""
    lemma = verb.lemma_.lower()
    if lemma in lex["considering_verbs"]:
        return "considering"
    if lemma in lex["intent_verbs"] or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll")
                                           for c in verb.children):
        return "announced_intent"
    return "designated"


def _list_continuations(doc: Doc, actors: DocActors, facts: list[Designation], lex: dict[str, Any],
                        actor_type) -> list[Designation]:
    """"The list also includes X, Y and Z": more designees of the designation just reported. A list
    its owner names ("The U.S. list names X", "Canada's terrorism list includes Y") is that owner's,
    in a report about terrorism, even when the designation before it named its designees only by
    description ("decided to list six criminal groups"); "It also includes Z" then continues it."""
    out: list[Designation] = []
    context: _TerrorContext | None = None
    for t in doc:
        if t.lemma_.lower() not in lex["include_verbs"] or t.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or (subj.lemma_.lower() not in lex["list_nouns"] and subj.lower_ != "it"):
            continue
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        if obj is None:
            continue
        owner = next((a.id for c in subj.children if c.dep_ in ("poss", "compound", "nmod", "amod")
                      and (a := actors.at(c)) is not None and a.type in lex["designator_types"]), None)
        # the designation reported last before it (this sentence's too)
        before = sorted((f for f in facts + out if f.sentence and f.sentence[0] <= t.idx),
                        key=lambda f: (f.sentence[0], f.date is not None))
        if subj.lower_ == "it" and not (before and t.idx - before[-1].sentence[1] < 400):
            continue  # "It also includes ...": only right after the list it stands for
        if owner is not None and (context := context or _TerrorContext(doc, lex["terror_cues"])).near(t):
            last = next((f for f in reversed(before) if f.designator == owner), None)
            designator, status = owner, (last.status if last is not None else "designated")
            date, events, pressed_by = (last.date, list(last.events), last.pressed_by) if last else (None, [], None)
        elif before:
            last = before[-1]
            designator, status, date, events, pressed_by = (last.designator, last.status, last.date,
                                                            list(last.events), last.pressed_by)
        else:
            continue
        speaker = actors.resolve(subj) if subj.lower_ == "it" else None
        if speaker is not None and speaker.type in lex["designator_types"]:
            designator = speaker.id  # "Iran's security council said it was naming CENTCOM a terrorist group"
        for x in _phrase_actors(obj, actors):
            if actor_type(x) not in lex["designee_excluded_types"] and x != designator \
                    and not _own_organ(actors.get(designator), actors.get(x), lex):
                out.append(Designation(designator=designator, designee=x, status=status, date=date,
                                       events=events, sentence=(t.sent.start_char, t.sent.end_char),
                                       pressed_by=pressed_by))
    return out


def _merge(facts: list[Designation], precedence: list[str], jurisdiction=lambda a: a) -> list[Designation]:
    """One fact per (jurisdiction, designee): a state body's fact is its country's ("Argentine
    prosecutors" pressed, "Argentina" designated: one report, one cell, the stronger status)."""
    rank = {s: i for i, s in enumerate(precedence)}
    kept: dict[tuple[str, str], Designation] = {}
    for f in facts:
        key = (jurisdiction(f.designator) or f.designator, f.designee)
        old = kept.get(key)
        if old is None:
            kept[key] = f
            continue
        better = (rank.get(f.status, 99), -(len(f.date or ""))) < (rank.get(old.status, 99), -(len(old.date or "")))
        merged_events = old.events + [e for e in f.events if e not in old.events]
        win, lose = (f, old) if better else (old, f)
        win.events = merged_events
        win.pressed_by = win.pressed_by or lose.pressed_by  # "pressed by Israel ... Brazil will not designate"
        kept[key] = win
    return list(kept.values())


def _renumber(facts: list[Designation]) -> list[Designation]:
    for i, f in enumerate(facts, 1):
        f.id = f"d{i}"
    return facts
