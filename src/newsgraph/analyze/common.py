"""Shared helpers: the canonical actor view (after entity resolution) and evidence building."""
from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from newsgraph.analyze.models import ActorRef, Evidence, SourceRef
from newsgraph.store import Store
from newsgraph.store import queries as Q

OFFICIAL_TYPES = frozenset({"country", "government", "ministry", "intelligence", "military", "police", "judiciary",
                            "legislature", "igo"})
# bodies whose designations are their state's (a cabinet, a ministry, a security council, a court)
STATE_BODY_TYPES = frozenset({"government", "ministry", "legislature", "judiciary", "police", "intelligence",
                              "military"})


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic result objects (the
    map's cells and evidence): it would otherwise rescan them again and again; restored after."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


class Actors:
    """Actor lookups through the entity resolution: ``canon(id)`` and ``ref(id)``."""

    def __init__(self, store: Store, canonical: dict[str, str] | None = None):
        from newsgraph.analyze.resolution import canonical_map

        self.store = store
        self.canonical = canonical if canonical is not None else canonical_map(store)
        self._rows: dict[str, dict[str, Any] | None] = {}
        self._nodes: dict[str, str] = {}

    def canon(self, actor_id: str) -> str:
        return self.canonical.get(actor_id, actor_id)

    def load(self, ids: Iterable[str]) -> None:
        """Fetch actor rows in bulk (ids the store lacks are remembered as missing)."""
        want = {i for i in ids if i not in self._rows}
        want |= {self.canon(i) for i in want} - set(self._rows)
        if want:
            found = Q.actors(self.store, want)
            for i in want:
                self._rows[i] = found.get(i)

    def row(self, actor_id: str) -> dict[str, Any] | None:
        c = self.canon(actor_id)
        if c not in self._rows:
            self.load([c])
        return self._rows.get(c)

    def ref(self, actor_id: str) -> ActorRef:
        c = self.canon(actor_id)
        r = self.row(c)
        if not r:
            return ActorRef(id=c, name=c)
        return ActorRef(id=c, name=r["name"], type=r["type"], country=r["country"])

    def jurisdiction(self, actor_id: str) -> str:
        """The jurisdiction an actor acts for: a state body (government, ministry, council...) -> its country."""
        c = self.canon(actor_id)
        r = self.row(c)
        if r and r["type"] in STATE_BODY_TYPES and r["country"]:
            country = f"country:{r['country']}"
            if self._rows.get(country) is None:
                self._kb_country(country, r["country"])
            return country
        return c

    def speaks_for(self, actor_id: str, date: str | None = None) -> str:
        """The jurisdiction an actor acts for, office holders included: a person the KB lists in an
        office of a state on ``date`` (any date when None) speaks for that state ("Pompeo" -> United
        States); anyone else as ``jurisdiction``."""
        c = self.canon(actor_id)
        r = self.row(c)
        if r and r["type"] == "person" and r.get("kb_id"):
            from newsgraph.kb import default_kb

            person = default_kb().get(r["kb_id"])
            offices = [ro for ro in (person.roles if person else []) if ro.country
                       and (date is None or ro.active_on(date[:10]))]
            if offices:
                country = f"country:{offices[0].country}"
                if self._rows.get(country) is None:
                    self._kb_country(country, offices[0].country)
                return country
        return self.jurisdiction(c)

    def node(self, actor_id: str) -> str:
        """The actor as a network node: a country's (top-level) government is the country ("Tehran" ~ Iran)."""
        n = self._nodes.get(actor_id)
        if n is None:
            c = self.canon(actor_id)
            r = self.row(c)
            # only a top-level government: a mission or office under a ministry keeps its own node
            top = r and r["type"] == "government" and r["country"] and not r["parent"]
            n = self.jurisdiction(c) if top else c
            self._nodes[actor_id] = n
        return n

    def _kb_country(self, country_id: str, iso3: str) -> None:
        self.load([country_id])
        if self._rows.get(country_id) is None:  # not in the store: name it from the KB
            from newsgraph.kb import default_kb

            k = default_kb().country(iso3)
            self._rows[country_id] = {"id": country_id, "name": k.name if k else iso3, "type": "country",
                                      "country": iso3, "code": iso3, "kb_id": country_id, "parent": None,
                                      "doc_id": None}

    def is_official(self, actor_id: str | None) -> bool:
        r = self.row(actor_id) if actor_id else None
        return bool(r and r["type"] in OFFICIAL_TYPES)


def source_refs(rows: list[dict[str, Any]], actors: Actors | None = None) -> list[SourceRef]:
    out = []
    for q in rows:
        name = q.get("actor_name") or q.get("source_text")
        aid = q.get("source_actor")
        if aid and actors is not None:
            ref = actors.ref(aid)
            aid, name = ref.id, ref.name
        out.append(SourceRef(attribution_id=q["id"], kind=q["source_kind"], stance=q["stance"], name=name,
                             actor_id=aid, count=q.get("count"), role=q.get("role")))
    return out


def attribution_summary(sources: list[SourceRef]) -> str:
    if not sources:
        return "no attribution in the sentence (the outlet's own reporting)"
    return "; ".join(dict.fromkeys(s.summary() for s in sources))


def evidence(row: dict[str, Any], sources: list[SourceRef] | None = None) -> Evidence:
    """Evidence from a store row carrying the document columns and ``sentence_text``."""
    sources = sources or []
    span = (row["sentence_start"], row["sentence_end"]) if row.get("sentence_start") is not None else None
    return Evidence(doc_id=row["doc_id"], record_id=row["id"], sentence=span, text=row.get("sentence_text") or "",
                    attribution=attribution_summary(sources), outlet=row.get("outlet"),
                    published=row.get("doc_published") or row.get("published"), title=row.get("title"),
                    url=row.get("url"), duplicate_of=row.get("duplicate_of"), sources=sources)


def date_key(d: str | None) -> str:
    return d or ""
