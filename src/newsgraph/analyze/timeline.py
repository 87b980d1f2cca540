"""Timelines per actor and per pair: story events and designations, dated, with their evidence.

An actor is given by name, alias or id (KB id like ``country:BOL`` or a document actor id) and
stands for everything entity resolution merged into it. For a pair, an entry must involve both.
Entries are story events (so several reports of one event are one entry, with its report count)
and stated relations; the date is the story's earliest date (stated date, else publication day).
"""
from __future__ import annotations

from typing import Any

from newsgraph.analyze.common import Actors, evidence, source_refs
from newsgraph.analyze.models import TimelineEntry
from newsgraph.analyze.resolution import ResolutionError, find_actor
from newsgraph.analyze.stories import story_events
from newsgraph.store import Store
from newsgraph.store import queries as Q


def _ids(store: Store, actors: Actors, name: str) -> set[str]:
    hits = {actors.canon(i) for i in find_actor(store, name)}
    if not hits:
        raise ResolutionError(f"no actor named {name!r} in {store.path}")
    return hits


def timeline(store: Store, actor: str, other: str | None = None, as_of: str | None = None,
             actors: Actors | None = None) -> list[TimelineEntry]:
    """Dated entries involving ``actor`` (and ``other``, when given), oldest first."""
    actors = actors or Actors(store)
    first = _ids(store, actors, actor)
    second = _ids(store, actors, other) if other else None
    out: list[TimelineEntry] = []
    for s in story_events(store, as_of=as_of, actor=actor, actors=actors):
        involved = {a.id for a in s.source + s.target} | ({s.designee.id} if s.designee else set())
        if not involved & first or (second is not None and not involved & second):
            continue
        names = ", ".join(a.name for a in s.designees)
        if s.kind == "designation" and (s.status == "pressed" or any(r.status == "pressed" for r in s.reports)):
            label = "pressed"
            summary = (f"{', '.join(a.name for a in s.source) or '(unstated)'} pressed "
                       f"{', '.join(a.name for a in s.target) or '?'} to designate {names}")
        elif s.kind == "designation":
            label = s.status
            summary = f"{', '.join(a.name for a in s.source) or '?'} {s.status.replace('_', ' ')} {names}"
        else:
            label = s.plover or "?"
            summary = (f"{', '.join(a.name for a in s.source) or '?'} {label} {', '.join(a.name for a in s.target) or '?'}"
                       + (f": {s.context}" if s.context else "")
                       + (f" (designate {s.designee.name})" if s.designee else "")
                       + (f" [{s.status}]" if s.status != "asserted" else ""))
        c = s.corroboration
        if c:
            summary += f" — {c.level}, {c.independent_outlets} outlet{'s' if c.independent_outlets != 1 else ''}"
        out.append(TimelineEntry(date=s.date_start, kind=s.kind, label=label, summary=summary,
                                 actors=[*s.source, *s.target, *([s.designee] if s.designee else [])],
                                 story_id=s.id, reports=len(s.reports),
                                 evidence=[r.evidence for r in s.reports[:5]]))
    rels = Q.relation_rows(store, as_of=as_of)
    attribs = Q.attributions_of(store, "relation", [r["id"] for r in rels]) if rels else {}
    for r in rels:
        a, b = actors.canon(r["source"]), actors.canon(r["target"])
        pair = {a, b}
        if not pair & first or (second is not None and not pair & second):
            continue
        ra, rb = actors.ref(a), actors.ref(b)
        rel = r["relation"].replace("_", " ")
        out.append(TimelineEntry(date=(r["published"] or "")[:10] or None, kind="relation", label=r["relation"],
                                 summary=f"{ra.name} {'not ' if r['negated'] else ''}{rel} {rb.name}", actors=[ra, rb],
                                 evidence=[evidence(r, source_refs(attribs.get(r["id"], []), actors))]))
    out.sort(key=lambda e: (e.date or "", e.kind, e.summary))
    return out


def timeline_rows(entries: list[TimelineEntry]) -> list[dict[str, Any]]:
    return [{"date": e.date or "", "kind": e.kind, "label": e.label, "summary": e.summary, "reports": e.reports,
             "outlets": "; ".join(dict.fromkeys(x.outlet or "" for x in e.evidence)),
             "evidence": e.evidence[0].text if e.evidence else "", "story_id": e.story_id or ""} for e in entries]
