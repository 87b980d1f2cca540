"""Store → FollowTheMoney entities (JSON Lines), for Aleph, OpenAleph and the ``ftm`` tools.

Each document becomes an ``Article``; actors in designations and events become ``Person``,
``PublicBody`` (states and their bodies), ``Organization`` or ``Company``; a designation becomes a
``Sanction`` (program "terrorist designation", the designator as authority) and each source→target
pair of an event an ``UnknownLink`` whose role is the PLOVER type, both with the article as proof.
Entity ids are hashes of newsgraph ids, so re-exports line up. Written one entity per line.
"""
from __future__ import annotations

import json
from typing import Any, TextIO

import pycountry
from followthemoney import model

from newsgraph.store.export_queries import (
    iter_designation_facts,
    iter_event_facts,
    iter_fact_actors,
    iter_row_batches,
)

PUBLIC = {"country", "government", "ministry", "intelligence", "military", "police", "judiciary", "legislature"}
SCHEMA = {"person": "Person", "company": "Company", "location": "LegalEntity"}


def _schema(actor_type: str) -> str:
    return "PublicBody" if actor_type in PUBLIC else SCHEMA.get(actor_type, "Organization")


def _alpha2(iso3: str | None) -> str | None:
    if not iso3:
        return None
    c = pycountry.countries.get(alpha_3=iso3)
    return c.alpha_2.lower() if c else None


def _entity(schema: str, *key: str):
    e = model.make_entity(schema)
    e.make_id("newsgraph", *key)
    return e


def _article_id(doc_id: str) -> str:
    return _entity("Article", "document", doc_id).id


def _add(e, prop: str, value: Any) -> None:
    if value not in (None, "", []):
        e.add(prop, value, quiet=True)


def export_ftm(store, sink: TextIO) -> dict[str, int]:
    """Write FollowTheMoney entities, one JSON object per line; returns counts by schema."""
    counts: dict[str, int] = {}

    def emit(e) -> None:
        sink.write(json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) + "\n")
        counts[e.schema.name] = counts.get(e.schema.name, 0) + 1

    cols = ["id", "title", "url", "outlet", "published"]
    for batch in iter_row_batches(store, "documents", columns=cols):
        for doc_id, title, url, outlet, published in batch:
            e = _entity("Article", "document", doc_id)
            _add(e, "title", title or doc_id)
            _add(e, "sourceUrl", url)
            _add(e, "publisher", outlet)
            _add(e, "publishedAt", published)
            emit(e)

    actors: dict[str, tuple[str, str]] = {}  # newsgraph id -> (FtM id, name)
    for a in iter_fact_actors(store):
        e = _entity(_schema(a["type"]), "actor", a["id"])
        _add(e, "name", a["name"])
        _add(e, "country", _alpha2(a["country"]))
        _add(e, "wikidataId", a["wikidata"])
        _add(e, "classification", a["type"])
        _add(e, "keywords", a["code"])
        actors[a["id"]] = (e.id, a["name"])
        emit(e)

    for g in iter_designation_facts(store):
        if g["designee"] not in actors or g["designator"] not in actors:
            continue
        e = _entity("Sanction", "designation", g["id"])
        _add(e, "entity", actors[g["designee"]][0])
        _add(e, "authority", actors[g["designator"]][1])
        _add(e, "program", "terrorist designation")
        _add(e, "status", g["status"])
        _add(e, "startDate", g["date"])
        _add(e, "proof", _article_id(g["doc_id"]))
        _add(e, "sourceUrl", g["url"])
        if g["pressed_by"] in actors:
            _add(e, "summary", f"pressed by {actors[g['pressed_by']][1]}")
        emit(e)

    for ev in iter_event_facts(store):
        for s in ev["sources"]:
            for t in ev["targets"]:
                if s not in actors or t not in actors or s == t:
                    continue
                e = _entity("UnknownLink", "event", ev["id"], s, t)
                _add(e, "subject", actors[s][0])
                _add(e, "object", actors[t][0])
                _add(e, "role", ev["plover"] + (f" (CAMEO {ev['cameo']})" if ev["cameo"] else ""))
                _add(e, "status", ev["status"])
                _add(e, "date", ev["date"] or ev["published"])
                _add(e, "summary", ev["context"])
                _add(e, "proof", _article_id(ev["doc_id"]))
                emit(e)
    return counts
