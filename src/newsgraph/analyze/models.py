"""Result records of the cross-document analysis (what report, web and export read).

Every fact carries its evidence: the document, the sentence span and text, who said it (an
attribution summary), the outlet and the publication date. ``to_json()`` gives plain dicts for the
JSON/CSV outputs and the HTML report.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]


def _json(obj: Any) -> Any:
    d = asdict(obj)
    return _clean(d)


def _clean(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _clean(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_clean(x) for x in v]
    return v


@dataclass
class ActorRef:
    """An actor as the analysis shows it: the canonical id after entity resolution."""

    id: str
    name: str
    type: str | None = None
    country: str | None = None

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass
class SourceRef:
    """Who a report rests on: one attribution (a named person, an organisation, anonymous sources)."""

    attribution_id: str
    kind: str  # named_person | organization | anonymous | media | document | unknown
    stance: str = "statement"  # statement | declined | no_response | denial
    name: str | None = None  # resolved actor name, or the source text ("two sources ...")
    actor_id: str | None = None
    count: int | None = None  # "two sources" -> 2
    role: str | None = None

    @property
    def named(self) -> bool:
        return self.kind in ("named_person", "organization", "document") and bool(self.name or self.actor_id)

    def summary(self) -> str:
        who = self.name or ("anonymous source" if self.kind == "anonymous" else self.kind.replace("_", " "))
        if self.kind == "anonymous":
            n = f"{self.count} anonymous sources" if self.count and self.count > 1 else "anonymous"
            who = f"{self.name} ({n})" if self.name else (n if n != "anonymous" else "anonymous source")
        if self.role and self.role not in who:
            who = f"{who} ({self.role})"
        return who if self.stance == "statement" else f"{who}: {self.stance.replace('_', ' ')}"

    def to_json(self) -> dict[str, Any]:
        d = _json(self)
        d["named"] = self.named
        d["summary"] = self.summary()
        return d


@dataclass
class Evidence:
    """The sentence a fact was read from, in its document, with who said it."""

    doc_id: str
    record_id: str  # the event / designation / relation id in the store
    sentence: Span | None  # character offsets into the document text, end exclusive
    text: str  # the sentence text (unescaped: escape before putting it in HTML)
    attribution: str  # summary of the sources: "2 anonymous sources; Bolivian foreign ministry: declined"
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    duplicate_of: str | None = None  # syndicated copy of this document
    sources: list[SourceRef] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = _json(self)
        d["sources"] = [s.to_json() for s in self.sources]
        return d


# ---- designations ------------------------------------------------------------------------------
@dataclass
class DesignationFact:
    """One report of a designation status: ``fact_date`` = stated date, else publication date."""

    id: str
    designator: ActorRef
    designee: ActorRef
    status: str
    date: str | None  # the date the text gives (partial ISO allowed)
    fact_date: str | None  # date or, failing that, the publication date
    published: str | None
    pressed_by: ActorRef | None
    evidence: Evidence

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass
class DesignationCell:
    """Jurisdiction (designator) × organisation (designee): its status as of a date, and why."""

    designator: ActorRef
    designee: ActorRef
    status: str
    date: str | None  # fact date of the status-giving fact
    evidence: list[Evidence] = field(default_factory=list)
    reports: int = 0  # reports supporting this status (syndicated copies counted once)
    pressed_by: list[ActorRef] = field(default_factory=list)
    contested: bool = False  # another report as of the same date says otherwise
    history: list[DesignationFact] = field(default_factory=list)  # filled by --history
    corroboration: Corroboration | None = None  # of the status, over its reports (small stores)

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass
class DesignationMap:
    as_of: str | None
    cells: list[DesignationCell]
    jurisdictions: list[ActorRef] = field(default_factory=list)  # rows
    organisations: list[ActorRef] = field(default_factory=list)  # columns

    def cell(self, designator: str, designee: str) -> DesignationCell | None:
        for c in self.cells:
            if c.designator.id == designator and c.designee.id == designee:
                return c
        return None

    def to_json(self) -> dict[str, Any]:
        return {"as_of": self.as_of, "cells": [c.to_json() for c in self.cells],
                "jurisdictions": [a.to_json() for a in self.jurisdictions],
                "organisations": [a.to_json() for a in self.organisations]}


# ---- story events ------------------------------------------------------------------------------
@dataclass
class Report:
    """One document's report of a story event (one stored event or designation)."""

    record_id: str  # event or designation id
    doc_id: str
    outlet: str | None
    published: str | None
    date: str | None  # event date stated, else None
    status: str  # event status (asserted, denied, ...) or designation status
    evidence: Evidence
    syndicated_of: str | None = None  # doc id of the first copy when this is a syndicated copy

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass
class Contradiction:
    """Two reports of one story that disagree: both sides, with what the disagreement is."""

    kind: str  # "status" (designated vs not), "denial" (a party denies), "negation"
    claim: Report
    counter: Report
    note: str

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass
class Corroboration:
    """How well a story event is sourced: the components, a summary score and its reasons.

    Score (0..1), documented in ``newsgraph.analyze.corroboration``: independent outlets weigh most,
    named and official sources add, anonymous-only sourcing caps it, denials lower it.
    """

    reports: int
    independent_outlets: int
    syndicated_copies: int
    named_sources: int
    anonymous_sources: int  # sum of stated counts ("two sources" = 2), 1 when unstated
    official_confirmation: bool
    official_sources: list[str] = field(default_factory=list)
    denials: int = 0
    non_responses: int = 0  # did not respond
    declined: int = 0  # declined to comment
    score: float = 0.0
    level: str = "single report"  # strong | moderate | weak | single report | contested
    reasons: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass
class StoryEvent:
    """Reports of the same event across documents, joined."""

    id: str
    kind: str  # "event" or "designation"
    plover: str | None
    cameo: str | None
    source: list[ActorRef]
    target: list[ActorRef]
    designee: ActorRef | None  # the first designee (see ``designees`` when a report names several)
    status: str  # majority status of its reports: event status (asserted, denied...) or designation status
    date_start: str | None
    date_end: str | None
    reports: list[Report]
    outlets: list[str]
    sources_named: list[str]
    sources_anonymous: int
    earliest: Report | None
    syndicated: list[Report] = field(default_factory=list)  # copies, counted once
    contradictions: list[Contradiction] = field(default_factory=list)
    corroboration: Corroboration | None = None
    context: str | None = None
    designees: list[ActorRef] = field(default_factory=list)
    # who pressed for the designation (the designation reports' ``pressed_by``; for a pressure story,
    # its pressers): the only source of a label's "(pressed by ...)"
    pressed_by: list[ActorRef] = field(default_factory=list)
    label: str = ""  # one line saying what the story is (``stories.story_label``)

    @property
    def documents(self) -> list[str]:
        return sorted({r.doc_id for r in self.reports})

    def to_json(self) -> dict[str, Any]:
        d = _json(self)
        d["documents"] = self.documents
        return d


# ---- pressure ----------------------------------------------------------------------------------
@dataclass
class PressureStep:
    date: str | None
    kind: str  # "request" (REQUEST event) or "designation" (status pressed)
    about: str | None  # designee name or the requested action
    story_id: str | None
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass
class PressureCampaign:
    """Who pressed whom about what, over time."""

    presser: ActorRef
    pressed: ActorRef
    about: list[str]
    first: str | None
    last: str | None
    steps: list[PressureStep] = field(default_factory=list)
    outcome: list[str] = field(default_factory=list)  # later designations by the pressed party

    def to_json(self) -> dict[str, Any]:
        return _json(self)


# ---- network -----------------------------------------------------------------------------------
@dataclass
class NodeScore:
    actor: ActorRef
    degree: float
    eigenvector: float
    betweenness: float
    reason: str

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass
class PermissiveJurisdiction:
    """A place where reporting shows designated groups or their sponsors present, and no designation."""

    country: ActorRef
    present: list[ActorRef]  # designated groups or sponsors reported present
    sponsor_ties: list[ActorRef]  # sponsors it has stated ties with
    designated_elsewhere_by: list[ActorRef]  # who designated the groups present
    borders: list[ActorRef]
    score: float
    reasons: list[str]
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return _json(self)


@dataclass
class Network:
    """The actor graph (``networkx.MultiDiGraph`` collapsed to a weighted ``DiGraph``) and its reading."""

    graph: Any  # networkx.DiGraph; node attrs: name, type, country; edge attrs: weight, kinds, reports...
    as_of: str | None
    hubs: list[NodeScore] = field(default_factory=list)
    brokers: list[NodeScore] = field(default_factory=list)
    permissive: list[PermissiveJurisdiction] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        g = self.graph
        return {
            "as_of": self.as_of,
            "nodes": [{"id": n, **{k: v for k, v in a.items() if v is not None}} for n, a in g.nodes(data=True)],
            "edges": [{"source": u, "target": v, **{k: v2 for k, v2 in a.items() if v2 is not None}}
                      for u, v, a in g.edges(data=True)],
            "hubs": [h.to_json() for h in self.hubs],
            "brokers": [b.to_json() for b in self.brokers],
            "permissive": [p.to_json() for p in self.permissive],
        }


# ---- timelines ---------------------------------------------------------------------------------
@dataclass
class TimelineEntry:
    date: str | None  # fact date (event date, else publication date)
    kind: str  # "event", "designation", "relation"
    label: str  # PLOVER type / designation status / relation
    summary: str  # "United States REQUEST Bolivia: expel suspected Iranian spies"
    actors: list[ActorRef]
    story_id: str | None = None
    reports: int = 1
    evidence: list[Evidence] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return _json(self)


# ---- entity resolution -------------------------------------------------------------------------
@dataclass
class Merge:
    """Two store actors taken as one, and why (automatic or by the analyst)."""

    keep: str
    merged: str
    method: str  # "auto" | "analyst"
    score: float
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return _json(self)
