"""Read-only queries behind the report and the web API.

Every function takes a :class:`~newsgraph.store.Store` and returns plain dicts/lists that JSON
serialises as is. Lists are capped (``limit``) and aggregated in SQL so a store of 100k documents
and 1M events still answers quickly. Dates compare as ISO strings: a partial date ("2025-09")
sorts before every full date inside it, i.e. it counts from the start of its period.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from newsgraph.store import Store

# The date a fact takes effect: its own (partial) date, else the document's publication day.
_EVENT_DATE = "COALESCE(e.date, substr(e.published, 1, 10))"
_DESIG_DATE = "COALESCE(d.date, substr(d.published, 1, 10))"
# The day a fact is known from: the later of its date and its report's publication (same rule as the
# analysis's ``known_from`` column): "as of" a date means "as reported by then".
_KNOWN = "MAX(COALESCE({t}.date, substr({t}.published, 1, 10), ''), COALESCE(substr({t}.published, 1, 10), {t}.date, ''))"
_EVENT_KNOWN = _KNOWN.format(t="e")
_DESIG_KNOWN = _KNOWN.format(t="d")


def as_of_bound(as_of: str | None) -> str | None:
    """The inclusive upper bound for an as-of date: a partial date covers its whole period."""
    if not as_of:
        return None
    as_of = as_of[:10]
    return as_of + ("-12-31" if len(as_of) == 4 else "-31" if len(as_of) == 7 else "")


def _rows(store: Store, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
    return [dict(r) for r in store.conn.execute(sql, tuple(params)).fetchall()]


def _chunks(ids: list[str], size: int = 500) -> Iterable[list[str]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _where(*filters: tuple[Any, str, list]) -> tuple[str, list]:
    """' WHERE a AND b' and its parameters, from the (value, condition, parameters) filters whose
    value was given: each listing query takes optional filters the same way."""
    given = [(sql, params) for value, sql, params in filters if value]
    clause = (" WHERE " + " AND ".join(sql for sql, _ in given)) if given else ""
    return clause, [p for _, params in given for p in params]


# ---- summary --------------------------------------------------------------------------------
def outlets(store: Store, limit: int = 50) -> list[tuple[str, int]]:
    return [(r["outlet"] or "(unknown)", r["n"]) for r in _rows(
        store, "SELECT outlet, COUNT(*) AS n FROM documents GROUP BY outlet ORDER BY n DESC, outlet LIMIT ?",
        (limit,))]


def actor_types(store: Store) -> list[tuple[str, int]]:
    return [(r["type"], r["n"]) for r in _rows(
        store, "SELECT a.type, COUNT(*) AS n FROM actors a"
               " WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.actor_id = a.id) GROUP BY a.type ORDER BY n DESC")]


def top_actors(store: Store, limit: int = 15) -> list[dict[str, Any]]:
    return _rows(store,
                 "SELECT a.id, a.name, a.type, a.country, a.code, COUNT(*) AS mentions,"
                 " COUNT(DISTINCT m.doc_id) AS documents FROM mentions m JOIN actors a ON a.id = m.actor_id"
                 " GROUP BY a.id ORDER BY documents DESC, mentions DESC, a.name LIMIT ?", (limit,))


def date_range(store: Store) -> tuple[str | None, str | None]:
    r = store.conn.execute("SELECT MIN(published), MAX(published) FROM documents").fetchone()
    return r[0], r[1]


def event_types(store: Store) -> list[tuple[str, int]]:
    return [(r["plover"], r["n"]) for r in _rows(
        store, "SELECT plover, COUNT(*) AS n FROM events GROUP BY plover ORDER BY n DESC")]


def designation_summary(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    return _rows(store,
                 "SELECT dr.name AS designator, de.name AS designee, d.status, d.date, COUNT(*) AS reports"
                 " FROM designations d JOIN actors dr ON dr.id = d.designator JOIN actors de ON de.id = d.designee"
                 " GROUP BY dr.name, de.name, d.status, d.date ORDER BY d.date DESC, dr.name LIMIT ?", (limit,))


# ---- documents ------------------------------------------------------------------------------
_DOC_COLUMNS = "id, title, published, url, outlet, format, duplicate_of, similarity, length(text) AS length"


def documents(store: Store, limit: int = 50, offset: int = 0, q: str | None = None,
              outlet: str | None = None) -> dict[str, Any]:
    clause, params = _where((q, "(title LIKE ? OR text LIKE ?)", [f"%{q}%", f"%{q}%"]),
                            (outlet, "outlet = ?", [outlet]))
    total = store.conn.execute(f"SELECT COUNT(*) FROM documents{clause}", params).fetchone()[0]
    items = _rows(store, f"SELECT {_DOC_COLUMNS} FROM documents{clause}"
                         " ORDER BY published DESC, id LIMIT ? OFFSET ?", [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def documents_by_ids(store: Store, ids: Iterable[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for chunk in _chunks(sorted(set(ids))):
        out += _rows(store, "SELECT id, title, published, url, outlet, duplicate_of, text FROM documents"
                            f" WHERE id IN ({_marks(len(chunk))})", chunk)
    return out


def document_detail(store: Store, doc_id: str) -> dict[str, Any] | None:
    """A document with every fact extracted from it (mentions, events, attributions, designations)."""
    docs = _rows(store, "SELECT id, content_hash, external_id, title, published, url, outlet, source, format,"
                        " duplicate_of, similarity, ingested_at, text FROM documents WHERE id = ?", (doc_id,))
    if not docs:
        return None
    doc = docs[0]
    doc["mentions"] = _rows(store, "SELECT m.actor_id, a.name, a.type, m.start, m.end, m.text FROM mentions m"
                                   " JOIN actors a ON a.id = m.actor_id WHERE m.doc_id = ? ORDER BY m.start", (doc_id,))
    doc["attributions"] = attributions(store, doc_id=doc_id)
    doc["events"] = events(store, doc_id=doc_id, limit=10_000)["items"]
    doc["designations"] = designation_facts(store, doc_id=doc_id)
    doc["duplicates"] = [r["id"] for r in _rows(store, "SELECT id FROM documents WHERE duplicate_of = ?", (doc_id,))]
    return doc


# ---- actors ---------------------------------------------------------------------------------
def search_actors(store: Store, q: str | None = None, type_: str | None = None, limit: int = 50) -> list[dict]:
    """Actors whose name or an alias contains ``q``, most mentioned first."""
    clause, params = _where(
        (q, "(a.id = ? OR a.name LIKE ? OR EXISTS (SELECT 1 FROM aliases al WHERE al.actor_id = a.id"
            " AND al.alias LIKE ?))", [q, f"%{q}%", f"%{q}%"]),
        (type_, "a.type = ?", [type_]))
    return _rows(store,
                 "SELECT a.id, a.name, a.type, a.country, a.code, a.kb_id, a.wikidata, a.parent,"
                 " (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = a.id) AS mentions,"
                 " (SELECT COUNT(*) FROM event_actors ea WHERE ea.actor_id = a.id) AS events"
                 f" FROM actors a{clause} ORDER BY mentions DESC, a.name LIMIT ?", [*params, limit])


def actor(store: Store, actor_id: str) -> dict[str, Any] | None:
    rows = search_actors(store, q=actor_id, limit=1)
    if rows and rows[0]["id"] == actor_id:
        rows[0]["aliases"] = [r["alias"] for r in _rows(
            store, "SELECT alias FROM aliases WHERE actor_id = ? ORDER BY alias", (actor_id,))]
        return rows[0]
    return None


def resolve_actor(store: Store, name_or_id: str) -> str | None:
    """An actor id from an id, a name or an alias (exact, case-insensitive), most mentioned first."""
    r = store.conn.execute("SELECT id FROM actors WHERE id = ?", (name_or_id,)).fetchone()
    if r:
        return r[0]
    r = store.conn.execute(
        "SELECT a.id FROM actors a LEFT JOIN aliases al ON al.actor_id = a.id"
        " WHERE a.name = ? COLLATE NOCASE OR al.alias = ? COLLATE NOCASE"
        " ORDER BY (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = a.id) DESC LIMIT 1",
        (name_or_id, name_or_id)).fetchone()
    return r[0] if r else None


# ---- events ---------------------------------------------------------------------------------
def _event_actors(store: Store, event_ids: list[str]) -> dict[str, dict[str, list[dict]]]:
    out: dict[str, dict[str, list[dict]]] = {}
    for chunk in _chunks(event_ids):
        for r in _rows(store, "SELECT ea.event_id, ea.role, a.id, a.name, a.type, a.country FROM event_actors ea"
                              f" JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN ({_marks(len(chunk))})"
                              " ORDER BY a.name", chunk):
            slot = out.setdefault(r.pop("event_id"), {"source": [], "target": []})
            slot[r.pop("role")].append(r)
    return out


def _fact_attributions(store: Store, table: str, key: str, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in _chunks(ids):
        for r in store.conn.execute(f"SELECT {key}, attribution_id FROM {table}"
                                    f" WHERE {key} IN ({_marks(len(chunk))})", chunk):
            out.setdefault(r[0], []).append(r[1])
    return out


def events(store: Store, plover: str | None = None, actor: str | None = None, doc_id: str | None = None,
           as_of: str | None = None, since: str | None = None, limit: int = 100, offset: int = 0) -> dict[str, Any]:
    """Events with their source/target actors and attribution ids, newest first."""
    clause, params = _where(
        (plover, "e.plover = ?", [(plover or "").upper()]),
        (actor, "e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?)", [actor]),
        (doc_id, "e.doc_id = ?", [doc_id]),
        (as_of, f"{_EVENT_KNOWN} <= ?", [as_of_bound(as_of) if as_of else None]),
        (since, f"{_EVENT_DATE} >= ?", [since]))
    total = store.conn.execute(f"SELECT COUNT(*) FROM events e{clause}", params).fetchone()[0]
    items = _rows(store,
                  f"SELECT e.id, e.doc_id, e.plover, e.cameo, e.mode, e.status, e.date, {_EVENT_DATE} AS effective,"
                  f" {_EVENT_KNOWN} AS known,"
                  " e.trigger_start, e.trigger_end, e.sentence_start, e.sentence_end, e.location, e.context,"
                  " e.parent, e.published, doc.outlet, doc.title"
                  f" FROM events e JOIN documents doc ON doc.id = e.doc_id{clause}"
                  " ORDER BY effective DESC, e.id LIMIT ? OFFSET ?", [*params, limit, offset])
    ids = [e["id"] for e in items]
    actors_by_event = _event_actors(store, ids)
    attrs = _fact_attributions(store, "event_attributions", "event_id", ids)
    for e in items:
        roles = actors_by_event.get(e["id"], {"source": [], "target": []})
        e["source"], e["target"] = roles["source"], roles["target"]
        e["attributions"] = attrs.get(e["id"], [])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def attributions(store: Store, doc_id: str | None = None, ids: Iterable[str] | None = None) -> list[dict]:
    cols = ("SELECT q.id, q.doc_id, q.cue_start, q.cue_end, q.sources, q.contents, q.source_actor,"
            " a.name AS source_name, q.source_kind, q.count, q.stance, q.direct, q.access, q.anonymity_reason,"
            " q.role FROM attributions q LEFT JOIN actors a ON a.id = q.source_actor")
    if doc_id is not None:
        rows = _rows(store, cols + " WHERE q.doc_id = ? ORDER BY q.cue_start", (doc_id,))
    else:
        rows = []
        for chunk in _chunks(sorted(set(ids or ()))):
            rows += _rows(store, cols + f" WHERE q.id IN ({_marks(len(chunk))})", chunk)
    for r in rows:
        r["sources"] = json.loads(r["sources"])
        r["contents"] = json.loads(r["contents"])
        r["direct"] = bool(r["direct"])
    return rows


# ---- designations ---------------------------------------------------------------------------
def designation_facts(store: Store, as_of: str | None = None, designee: str | None = None,
                      doc_id: str | None = None, actor: str | None = None,
                      limit: int = 20_000) -> list[dict[str, Any]]:
    """Every reported designation fact with its jurisdiction, organisation, date and evidence ids."""
    clause, params = _where(
        (as_of, f"{_DESIG_KNOWN} <= ?", [as_of_bound(as_of) if as_of else None]),
        (designee, "d.designee = ?", [designee]),
        (doc_id, "d.doc_id = ?", [doc_id]),
        (actor, "(d.designator = ? OR d.designee = ? OR d.pressed_by = ?)", [actor, actor, actor]))
    rows = _rows(store,
                 "SELECT d.id, d.doc_id, d.designator, dr.name AS designator_name, dr.type AS designator_type,"
                 " dr.country AS designator_country, d.designee, de.name AS designee_name, de.type AS designee_type,"
                 f" d.status, d.date, {_DESIG_DATE} AS effective, {_DESIG_KNOWN} AS known, d.sentence_start, d.sentence_end, d.pressed_by,"
                 " pb.name AS pressed_by_name, d.published, doc.outlet, doc.title"
                 " FROM designations d JOIN actors dr ON dr.id = d.designator JOIN actors de ON de.id = d.designee"
                 " LEFT JOIN actors pb ON pb.id = d.pressed_by JOIN documents doc ON doc.id = d.doc_id"
                 f"{clause} ORDER BY effective, d.id LIMIT ?", [*params, limit])
    ids = [r["id"] for r in rows]
    attrs = _fact_attributions(store, "designation_attributions", "designation_id", ids)
    evs = _fact_ids(store, "designation_events", "designation_id", "event_id", ids)
    for r in rows:
        r["attributions"] = attrs.get(r["id"], [])
        r["events"] = evs.get(r["id"], [])
    return rows


def _fact_ids(store: Store, table: str, key: str, value: str, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in _chunks(ids):
        for r in store.conn.execute(f"SELECT {key}, {value} FROM {table} WHERE {key} IN ({_marks(len(chunk))})", chunk):
            out.setdefault(r[0], []).append(r[1])
    return out


# ---- network and timelines ------------------------------------------------------------------
def interaction_edges(store: Store, as_of: str | None = None, limit: int = 2000) -> list[dict[str, Any]]:
    """Source → target actor pairs aggregated over events: counts, documents, types, date span."""
    clause, params = ("", [])
    if as_of:
        clause, params = f" WHERE {_EVENT_KNOWN} <= ?", [as_of_bound(as_of)]
    return _rows(store,
                 "SELECT s.actor_id AS source, t.actor_id AS target, COUNT(*) AS events,"
                 " COUNT(DISTINCT e.doc_id) AS documents, GROUP_CONCAT(DISTINCT e.plover) AS types,"
                 f" MIN({_EVENT_DATE}) AS first, MAX({_EVENT_DATE}) AS last"
                 " FROM events e JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'"
                 " JOIN event_actors t ON t.event_id = e.id AND t.role = 'target' AND t.actor_id != s.actor_id"
                 f"{clause} GROUP BY s.actor_id, t.actor_id ORDER BY events DESC LIMIT ?", [*params, limit])


def actors_by_ids(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for r in _rows(store, "SELECT id, name, type, country, code, kb_id, parent FROM actors"
                              f" WHERE id IN ({_marks(len(chunk))})", chunk):
            out[r["id"]] = r
    return out


def busiest_actors(store: Store, limit: int = 30) -> list[dict[str, Any]]:
    """Actors taking part in the most events (the timeline picker)."""
    return _rows(store,
                 "SELECT a.id, a.name, a.type, a.country, x.n AS events FROM"
                 " (SELECT actor_id, COUNT(*) AS n FROM event_actors GROUP BY actor_id ORDER BY n DESC LIMIT ?) x"
                 " JOIN actors a ON a.id = x.actor_id ORDER BY x.n DESC, a.name", (limit,))


def timeline(store: Store, actor_id: str, limit: int = 500) -> dict[str, Any]:
    """An actor's events and designation facts in date order."""
    evs = events(store, actor=actor_id, limit=limit)
    items = sorted(evs["items"], key=lambda e: (e["effective"] or "", e["id"]))
    desig = designation_facts(store, actor=actor_id, limit=limit)
    return {"actor": actor(store, actor_id), "events": items, "events_total": evs["total"], "designations": desig}
