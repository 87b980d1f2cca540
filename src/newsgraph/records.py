"""The records that flow between stages: ingest → nlp → extract → store → analyze.

They mirror the analysis JSON Lines contract (``../shared/eval/README.md``): ``Analysis.to_json()``
is exactly one line of ``newsgraph analyze`` output. Offsets are character offsets into
``Document.text``, end exclusive. Ids inside an ``Analysis`` are document-local (``a1``, ``e1``,
``q1``); the store prefixes them with the document id.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

Span = tuple[int, int]

# Vocabularies. Keep in step with the contract; the store and the web UI read these too.
ACTOR_TYPES = (
    "country", "government", "ministry", "intelligence", "military", "police", "judiciary",
    "legislature", "armed_group", "criminal_org", "party", "igo", "ngo", "media", "company",
    "person", "location", "group", "organization",
)
EVENT_STATUSES = ("asserted", "demanded", "planned", "considered", "alleged", "denied", "negated", "hypothetical")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
SOURCE_KINDS = ("named_person", "organization", "anonymous", "media", "document", "unknown")
STANCES = ("statement", "declined", "no_response", "denial")
DESIGNATION_STATUSES = ("designated", "expanded", "pressed", "considering", "announced_intent", "rejected", "revoked")


@dataclass
class Document:
    """One ingested document. ``id`` is a content hash unless the input supplied one (analyze)."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # ISO 8601 date (or datetime), as precise as the source gives
    url: str | None = None
    outlet: str | None = None
    source: str | None = None  # file path or URL it came from (with line or record number)
    format: str | None = None  # txt, html, jsonl, rss, warc, url
    content_hash: str | None = None
    duplicate_of: str | None = None  # near-duplicate (syndicated copy) of this document id
    similarity: float | None = None  # MinHash Jaccard estimate against duplicate_of
    external_id: str | None = None  # the id the input gave (JSON Lines "id") or the file stem

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Actor:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # ISO 3166 alpha-3
    code: str | None = None  # CAMEO actor code, PETRARCH convention (IRNMIL, USAGOV, LBNREB)
    kb_id: str | None = None  # id in the knowledge base, when resolved to it
    wikidata: str | None = None
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # "retired senior CIA officer", "president"
    affiliation: str | None = None  # actor id of the organisation a person belongs to
    parent: str | None = None  # kb id of the parent body (Quds Force -> IRGC)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["mentions"] = [list(m) for m in self.mentions]
        return d


@dataclass
class Event:
    id: str
    plover: str
    source: list[str]
    target: list[str]
    status: str = "asserted"
    cameo: str | None = None
    mode: str | None = None
    date: str | None = None  # partial ISO: 2025, 2025-09, 2025-09-15
    trigger: Span | None = None
    sentence: Span | None = None
    location: str | None = None  # actor id of a place, when stated
    attributions: list[str] = field(default_factory=list)
    context: str | None = None  # what was requested/done, e.g. "expel suspected Iranian spies"
    parent: str | None = None  # the event this one is embedded in (REQUEST -> requested COERCE)
    negated: bool = False

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("trigger", "sentence"):
            if d[k] is not None:
                d[k] = list(d[k])
        return d


@dataclass
class Attribution:
    id: str
    cue: Span | None
    sources: list[Span] = field(default_factory=list)
    contents: list[Span] = field(default_factory=list)
    source_actor: str | None = None
    source_kind: str = "unknown"
    count: int | None = None
    stance: str = "statement"
    direct: bool = False
    access: str | None = None  # "with direct knowledge of the matter"
    anonymity_reason: str | None = None  # "to discuss sensitive conversations"
    role: str | None = None  # role/title of a named source from apposition

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["cue"] = list(self.cue) if self.cue else None
        d["sources"] = [list(s) for s in self.sources]
        d["contents"] = [list(s) for s in self.contents]
        return d


@dataclass
class Designation:
    designator: str  # actor id (a government or body)
    designee: str  # actor id
    status: str
    date: str | None = None
    events: list[str] = field(default_factory=list)
    sentence: Span | None = None
    id: str | None = None
    pressed_by: str | None = None  # actor id of who presses, for status "pressed"
    attributions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        if d["sentence"] is not None:
            d["sentence"] = list(d["sentence"])
        return d


@dataclass
class Relation:
    """A stated relation between two actors: "Hezbollah, Iran's proxy" -> (hezbollah, proxy_of, Iran)."""

    id: str
    source: str  # actor id
    target: str  # actor id
    relation: str  # ally_of | proxy_of | branch_of | member_of | present_in | based_in | ties_with
    cue: Span | None = None
    sentence: Span | None = None
    negated: bool = False
    attributions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        for k in ("cue", "sentence"):
            if d[k] is not None:
                d[k] = list(d[k])
        return d


@dataclass
class Analysis:
    """Everything extracted from one document: one line of the analysis contract."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    designations: list[Designation] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per extraction stage
    relations: list[Relation] = field(default_factory=list)  # stated relations (newsgraph.extract.relations)

    def to_json(self) -> dict[str, Any]:
        doc = self.document
        out: dict[str, Any] = {"id": doc.id, "text": doc.text}
        for k in ("title", "published", "url", "outlet"):
            v = getattr(doc, k)
            if v is not None:
                out[k] = v
        out["actors"] = [a.to_json() for a in self.actors]
        out["events"] = [e.to_json() for e in self.events]
        out["attributions"] = [a.to_json() for a in self.attributions]
        out["designations"] = [d.to_json() for d in self.designations]
        out["relations"] = [r.to_json() for r in self.relations]
        return out

    def actor(self, actor_id: str) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None
