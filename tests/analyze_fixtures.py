"""Hand-built analyses for the cross-document tests: written with Store.write_batch, so the analysis
tests do not depend on extraction quality. The sentences are invented for these tests."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from newsgraph.records import Actor, Analysis, Attribution, Designation, Document, Event, Relation

KB = {
    "ECU": Actor(id="x", name="Ecuador", type="country", country="ECU", code="ECU", kb_id="country:ECU"),
    "BOL": Actor(id="x", name="Bolivia", type="country", country="BOL", code="BOL", kb_id="country:BOL"),
    "ARG": Actor(id="x", name="Argentina", type="country", country="ARG", code="ARG", kb_id="country:ARG"),
    "USA": Actor(id="x", name="United States", type="country", country="USA", code="USA", kb_id="country:USA"),
    "IRN": Actor(id="x", name="Iran", type="country", country="IRN", code="IRN", kb_id="country:IRN"),
    "PRY": Actor(id="x", name="Paraguay", type="country", country="PRY", code="PRY", kb_id="country:PRY"),
    "irgc": Actor(id="x", name="Islamic Revolutionary Guard Corps", type="military", country="IRN", code="IRNMIL",
                  kb_id="org:irgc"),
    "quds": Actor(id="x", name="Quds Force", type="military", country="IRN", code="IRNMIL", kb_id="org:quds-force",
                  parent="org:irgc"),
    "hezbollah": Actor(id="x", name="Hezbollah", type="armed_group", country="LBN", code="LBNREB",
                       kb_id="org:hezbollah"),
    "hamas": Actor(id="x", name="Hamas", type="armed_group", country="PSE", code="PSEREB", kb_id="org:hamas"),
}


@dataclass
class Doc:
    """A small builder: add actors/events/designations by short names, get an Analysis."""

    key: str
    text: str
    published: str
    outlet: str
    duplicate_of: str | None = None
    actors: dict[str, Actor] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    designations: list[Designation] = field(default_factory=list)
    relations: list = field(default_factory=list)

    @property
    def id(self) -> str:
        return doc_id(self.key)

    def actor(self, name: str, type_: str = "person", country: str | None = None) -> str:
        """A KB actor by key (``"BOL"``) or a document-level actor by name; returns the local id."""
        if name in KB:
            src = KB[name]
            local = f"k{len(self.actors) + 1}"
            if not any(a.kb_id == src.kb_id for a in self.actors.values()):
                self.actors[local] = Actor(id=local, name=src.name, type=src.type, country=src.country, code=src.code,
                                           kb_id=src.kb_id, parent=src.parent, mentions=self._mention(src.name))
            return next(k for k, a in self.actors.items() if a.kb_id == src.kb_id)
        for k, a in self.actors.items():
            if a.name == name and not a.kb_id:
                return k
        local = f"a{len(self.actors) + 1}"
        self.actors[local] = Actor(id=local, name=name, type=type_, country=country, mentions=self._mention(name))
        return local

    def _mention(self, name: str) -> list[tuple[int, int]]:
        i = self.text.find(name)
        return [(i, i + len(name))] if i >= 0 else []

    def sentence(self, needle: str) -> tuple[int, int]:
        i = self.text.find(needle)
        assert i >= 0, needle
        start = self.text.rfind(". ", 0, i)
        start = 0 if start < 0 else start + 2
        end = self.text.find(".", i + len(needle))
        return start, (len(self.text) if end < 0 else end + 1)

    def source(self, kind: str, *, actor: str | None = None, count: int | None = None, stance: str = "statement",
               text: str | None = None, role: str | None = None) -> str:
        qid = f"q{len(self.attributions) + 1}"
        span = []
        if text and text in self.text:
            i = self.text.find(text)
            span = [(i, i + len(text))]
        self.attributions.append(Attribution(id=qid, cue=None, sources=span, source_actor=actor, source_kind=kind,
                                             count=count, stance=stance, role=role))
        return qid

    def event(self, plover: str, source: list[str], target: list[str], needle: str, *, status: str = "asserted",
              date: str | None = None, attributions: list[str] | None = None, context: str | None = None) -> str:
        eid = f"e{len(self.events) + 1}"
        self.events.append(Event(id=eid, plover=plover, source=source, target=target, status=status, date=date,
                                 sentence=self.sentence(needle), attributions=attributions or [], context=context))
        return eid

    def designation(self, designator: str, designee: str, status: str, needle: str, *, date: str | None = None,
                    pressed_by: str | None = None, events: list[str] | None = None,
                    attributions: list[str] | None = None) -> None:
        self.designations.append(Designation(
            designator=designator, designee=designee, status=status, date=date, sentence=self.sentence(needle),
            pressed_by=pressed_by, events=events or [], attributions=attributions or [],
            id=f"g{len(self.designations) + 1}"))

    def analysis(self) -> Analysis:
        doc = Document(id=self.id, text=self.text, published=self.published, outlet=self.outlet,
                       duplicate_of=doc_id(self.duplicate_of) if self.duplicate_of else None,
                       content_hash=self.id, title=self.text.split(".")[0][:80])
        return Analysis(document=doc, actors=list(self.actors.values()), events=self.events,
                        attributions=self.attributions, designations=self.designations, relations=self.relations)

    def relation(self, source: str, relation: str, target: str, needle: str, negated: bool = False) -> None:
        self.relations.append(Relation(id=f"r{len(self.relations) + 1}", source=source, target=target,
                                       relation=relation, sentence=self.sentence(needle), negated=negated))


def doc_id(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def ecuador_report(key: str, outlet: str, published: str, copy_of: str | None = None) -> Doc:
    text = ("Ecuador designated the Revolutionary Guards, Hamas and Hezbollah as terrorist organizations on "
            "Thursday, the presidency said in a decree. Interior Minister Jane Roe said the move followed "
            "months of review.")
    d = Doc(key, text, published, outlet, duplicate_of=copy_of)
    ecu = d.actor("ECU")
    q_gov = d.source("organization", actor=ecu, text="the presidency")
    roe = d.actor("Jane Roe", "person", "ECU")
    q_roe = d.source("named_person", actor=roe, text="Interior Minister Jane Roe", role="interior minister")
    for org in ("irgc", "hamas", "hezbollah"):
        o = d.actor(org)
        e = d.event("SANCTION", [ecu], [o], "Ecuador designated", date="2025-09-11", attributions=[q_gov, q_roe])
        d.designation(ecu, o, "designated", "Ecuador designated", date="2025-09-11", events=[e],
                      attributions=[q_gov, q_roe])
    return d


def corpus() -> list[Doc]:
    """Seven documents: one story in three outlets plus a syndicated copy, a pressure campaign,
    a contested Argentine designation and a denied event."""
    docs = [ecuador_report("ecu-wire", "Andes Wire", "2025-09-12"),
            ecuador_report("ecu-copy", "Coast Herald", "2025-09-12", copy_of="ecu-wire"),
            ecuador_report("ecu-daily", "Quito Daily", "2025-09-13")]

    text = ("The United States is pressing Bolivia to designate the Revolutionary Guards, Hezbollah and Hamas, "
            "two officials familiar with the talks said. Argentina designated the Quds Force last week. "
            "The Bolivian foreign ministry declined to comment. Analyst Rick Stone said Iran keeps a base in Bolivia. "
            "Bolivia and Iran signed a defence pact in 2023.")
    d = Doc("bol-push", text, "2026-01-24", "Andes Wire")
    usa, bol, arg, irn = d.actor("USA"), d.actor("BOL"), d.actor("ARG"), d.actor("IRN")
    anon = d.source("anonymous", count=2, text="two officials familiar with the talks")
    d.source("organization", actor=bol, stance="declined", text="The Bolivian foreign ministry")
    stone = d.actor("Rick Stone", "person", "USA")
    d.source("named_person", actor=stone, text="Analyst Rick Stone", role="analyst")
    req = d.event("REQUEST", [usa], [bol], "is pressing Bolivia", date="2026-01", attributions=[anon],
                  context="designate the Revolutionary Guards, Hezbollah and Hamas")
    for org in ("irgc", "hezbollah", "hamas"):
        d.designation(bol, d.actor(org), "pressed", "is pressing Bolivia", date="2026-01", pressed_by=usa, events=[req],
                      attributions=[anon])
    quds = d.actor("quds")
    e_arg = d.event("SANCTION", [arg], [quds], "Argentina designated the Quds Force", date="2026-01-16")
    d.designation(arg, quds, "designated", "Argentina designated the Quds Force", date="2026-01-16", events=[e_arg])
    d.relation(irn, "present_in", bol, "keeps a base in Bolivia")
    d.relation(d.actor("hezbollah"), "proxy_of", irn, "keeps a base in Bolivia")
    d.relation(bol, "ties_with", irn, "signed a defence pact")
    docs.append(d)

    text = ("Argentina has not designated the Quds Force and is still considering the step, a senior official "
            "said on Tuesday. Rick Stone, an analyst, called the delay a mistake.")
    d = Doc("arg-not", text, "2026-01-20", "Pampa Post")
    arg, quds = d.actor("ARG"), d.actor("quds")
    q = d.source("anonymous", count=1, text="a senior official")
    d.actor("Rick Stone", "person", "USA")
    d.designation(arg, quds, "considering", "Argentina has not designated", date="2026-01-20", attributions=[q])
    docs.append(d)

    text = "Iran sent weapons to Hezbollah through Bolivia in March, a regional diplomat said."
    d = Doc("aid-claim", text, "2025-03-20", "Andes Wire")
    irn, hz = d.actor("IRN"), d.actor("hezbollah")
    q = d.source("anonymous", count=1, text="a regional diplomat")
    d.event("AID", [irn], [hz], "Iran sent weapons", date="2025-03", attributions=[q])
    docs.append(d)

    text = "Iran denied sending weapons to Hezbollah, its foreign ministry spokesman said."
    d = Doc("aid-denial", text, "2025-03-22", "Gulf Times Online")
    irn, hz = d.actor("IRN"), d.actor("hezbollah")
    q = d.source("organization", actor=irn, stance="denial", text="its foreign ministry spokesman")
    d.event("AID", [irn], [hz], "Iran denied", status="denied", date="2025-03", attributions=[q])
    docs.append(d)
    return docs


def write(store, docs: list[Doc]) -> None:
    store.write_batch([d.analysis() for d in docs])
