"""SQL for the cross-document analysis (``newsgraph.analyze``). Only ``store`` speaks SQL.

Each function takes a :class:`~newsgraph.store.Store` and returns plain dicts. "As of D" always
means ``known_from <= D``: the fact's stated date and its publication day are both on or before D
(schema v2), so a report published after D never counts.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsgraph.store import Store

_CHUNK = 500


def _rows(store: Store, sql: str, params: Sequence[Any] | dict = ()) -> list[dict[str, Any]]:
    cur = store.conn.cursor()
    cur.row_factory = None  # plain tuples zipped into dicts: much faster than sqlite3.Row -> dict
    cur.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def _chunks(ids: Iterable[str]) -> Iterable[list[str]]:
    ids = list(dict.fromkeys(ids))
    for i in range(0, len(ids), _CHUNK):
        yield ids[i:i + _CHUNK]


def tune_for_reading(store: Store) -> None:
    """Per-connection read tuning for big stores: memory-mapped I/O and a larger page cache."""
    store.conn.execute("PRAGMA mmap_size = 1073741824")
    store.conn.execute("PRAGMA cache_size = -65536")


def as_of_bound(as_of: str | None) -> str | None:
    """The upper bound compared with ``known_from``: a partial date covers its whole period."""
    if not as_of:
        return None
    as_of = as_of.strip()[:10]
    return as_of + "-99" * max(0, (10 - len(as_of)) // 3)


_DOC_COLS = ("d.outlet AS outlet, d.published AS doc_published, d.title AS title, d.url AS url,"
             " d.duplicate_of AS duplicate_of")


def _sentence(alias: str) -> str:
    return (f"CASE WHEN {alias}.sentence_start IS NOT NULL THEN substr(d.text, {alias}.sentence_start + 1,"
            f" {alias}.sentence_end - {alias}.sentence_start) END AS sentence_text")


# ---- actors ------------------------------------------------------------------------------------
def actors(store: Store, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        q = f"SELECT id, name, type, country, code, kb_id, parent, doc_id FROM actors WHERE id IN ({','.join('?' * len(chunk))})"
        for r in _rows(store, q, chunk):
            out[r["id"]] = r
    return out


def find_actors(store: Store, query: str) -> list[dict[str, Any]]:
    """Actors whose id, name or alias equals ``query`` (case-insensitive), KB actors first."""
    return _rows(store, (
        "SELECT DISTINCT a.id, a.name, a.type, a.country, a.kb_id, a.doc_id FROM actors a"
        " LEFT JOIN aliases al ON al.actor_id = a.id"
        " WHERE a.id = ? COLLATE NOCASE OR a.name = ? COLLATE NOCASE OR al.alias = ? COLLATE NOCASE"
        " ORDER BY a.doc_id IS NOT NULL, a.id"), (query, query, query))


def unlinked_actors(store: Store) -> list[dict[str, Any]]:
    """Document-level actors (not in the KB) with their aliases, document and co-mentioned KB actors."""
    rows = _rows(store, (
        "SELECT a.id, a.name, a.type, a.country, a.doc_id, group_concat(DISTINCT al.alias) AS aliases"
        " FROM actors a LEFT JOIN aliases al ON al.actor_id = a.id WHERE a.doc_id IS NOT NULL GROUP BY a.id"))
    context: dict[str, set[str]] = {}
    for r in _rows(store, (
            "SELECT DISTINCT m.doc_id, m.actor_id FROM mentions m JOIN actors a ON a.id = m.actor_id"
            " WHERE a.doc_id IS NULL")):
        context.setdefault(r["doc_id"], set()).add(r["actor_id"])
    roles: dict[str, set[str]] = {}
    for r in _rows(store, "SELECT actor_id, role, affiliation FROM actor_roles"):
        roles.setdefault(r["actor_id"], set()).add(r["role"])
        if r["affiliation"]:
            roles[r["actor_id"]].add("@" + r["affiliation"])
    for r in rows:
        r["aliases"] = [a for a in (r["aliases"] or "").split(",") if a]
        r["context"] = sorted(context.get(r["doc_id"], ()))
        r["roles"] = sorted(roles.get(r["id"], ()))
    return rows


def kb_actor_names(store: Store) -> list[dict[str, Any]]:
    """KB actors present in the store with their aliases (targets for linking unlinked actors)."""
    rows = _rows(store, (
        "SELECT a.id, a.name, a.type, a.country, group_concat(DISTINCT al.alias) AS aliases FROM actors a"
        " LEFT JOIN aliases al ON al.actor_id = a.id WHERE a.doc_id IS NULL GROUP BY a.id"))
    for r in rows:
        r["aliases"] = [a for a in (r["aliases"] or "").split(",") if a]
    return rows


# ---- analyst decisions and the resolution ------------------------------------------------------
def add_actor_decision(store: Store, kind: str, actor_a: str, actor_b: str | None, note: str | None = None) -> None:
    with store.transaction() as cur:
        if kind == "split":
            # a split undoes the analyst's earlier merges of these actors
            if actor_b:
                cur.execute("DELETE FROM actor_merges WHERE kind = 'merge' AND ((actor_a = ? AND actor_b = ?)"
                            " OR (actor_a = ? AND actor_b = ?))", (actor_a, actor_b, actor_b, actor_a))
            else:
                cur.execute("DELETE FROM actor_merges WHERE kind = 'merge' AND (actor_a = ? OR actor_b = ?)",
                            (actor_a, actor_a))
        else:
            cur.execute("DELETE FROM actor_merges WHERE kind = 'split' AND ((actor_a = ? AND actor_b = ?)"
                        " OR (actor_a = ? AND actor_b = ?) OR (actor_b IS NULL AND actor_a IN (?, ?)))",
                        (actor_a, actor_b, actor_b, actor_a, actor_a, actor_b))
        cur.execute("INSERT INTO actor_merges(actor_a, actor_b, kind, note, created_at) VALUES (?,?,?,?, datetime('now'))",
                    (actor_a, actor_b, kind, note))


def actor_decisions(store: Store) -> list[dict[str, Any]]:
    return _rows(store, "SELECT id, actor_a, actor_b, kind, note, created_at FROM actor_merges ORDER BY id")


def save_resolution(store: Store, rows: list[tuple[str, str, str, float, dict[str, Any]]], state: str) -> None:
    """Replace the actor -> canonical mapping: (actor, canonical, method, score, evidence)."""
    with store.transaction() as cur:
        cur.execute("DELETE FROM actor_resolution")
        cur.executemany("INSERT INTO actor_resolution(actor_id, canonical_id, method, score, evidence) VALUES (?,?,?,?,?)",
                        [(a, c, m, s, json.dumps(e, ensure_ascii=False)) for a, c, m, s, e in rows])
        cur.execute("INSERT INTO analysis_state(key, value) VALUES ('resolution', ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (state,))


def saved_resolution(store: Store) -> tuple[str | None, list[dict[str, Any]]]:
    state = store.conn.execute("SELECT value FROM analysis_state WHERE key = 'resolution'").fetchone()
    rows = _rows(store, "SELECT actor_id, canonical_id, method, score, evidence FROM actor_resolution")
    for r in rows:
        r["evidence"] = json.loads(r["evidence"]) if r["evidence"] else {}
    return (state[0] if state else None), rows


def resolution_state(store: Store) -> str:
    """Changes whenever actors or analyst decisions change: the saved resolution is stale otherwise."""
    import hashlib

    a = store.conn.execute("SELECT COUNT(*), MAX(rowid) FROM actors").fetchone()
    try:  # the decisions are few: hash them all (ids are reused after a delete)
        rows = store.conn.execute("SELECT id, actor_a, actor_b, kind FROM actor_merges ORDER BY id").fetchall()
    except sqlite3.OperationalError:
        rows = []
    digest = hashlib.sha1(repr([tuple(r) for r in rows]).encode()).hexdigest()[:16]
    return f"actors={a[0]}:{a[1]};decisions={digest}"


# ---- designations ------------------------------------------------------------------------------
_DESIG_COLS = ("g.id, g.doc_id, g.designator, g.designee, g.status, g.date, g.fact_date, g.known_from,"
               " g.published, g.pressed_by, g.sentence_start, g.sentence_end, ")


def designation_facts(store: Store, as_of: str | None = None, designators: Iterable[str] | None = None,
                      designees: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """Every designation report known as of the date, with its document and sentence."""
    where, params = ["1"], []
    bound = as_of_bound(as_of)
    if bound:
        where.append("g.known_from <= ?")
        params.append(bound)
    for col, ids in (("designator", designators), ("designee", designees)):
        if ids is not None:
            ids = list(ids)
            where.append(f"g.{col} IN ({','.join('?' * len(ids))})" if ids else "0")
            params.extend(ids)
    return _rows(store, (
        f"SELECT {_DESIG_COLS}{_DOC_COLS}, {_sentence('g')} FROM designations g JOIN documents d ON d.id = g.doc_id"
        f" WHERE {' AND '.join(where)} ORDER BY g.fact_date, g.known_from, g.id"), params)


def designation_pairs_as_of(store: Store, as_of: str | None) -> list[dict[str, Any]]:
    """Aggregate per (designator, designee, status, dated?): the latest (fact date, publication day),
    the earliest fact date, the latest publication, and report counts (one pass: the fast path)."""
    bound = as_of_bound(as_of)
    where = "WHERE g.known_from <= ?" if bound else ""
    rows = _rows(store, (
        "SELECT g.designator, g.designee, g.status, g.date IS NOT NULL AS dated,"
        " MAX(COALESCE(g.fact_date, '') || char(1) || COALESCE(substr(g.published, 1, 10), '')) AS best,"
        " MIN(g.fact_date) AS first_date, MAX(substr(g.published, 1, 10)) AS last_published,"
        " MIN(substr(g.published, 1, 10)) AS first_published,"
        " COUNT(*) AS reports, COUNT(DISTINCT COALESCE(d.duplicate_of, d.id)) AS originals"
        f" FROM designations g JOIN documents d ON d.id = g.doc_id {where}"
        " GROUP BY g.designator, g.designee, g.status, g.date IS NOT NULL"), (bound,) if bound else ())
    for r in rows:
        last, _, pub = r.pop("best").partition("\x01")
        r["last_date"], r["last_date_published"] = last or None, pub or None
    return rows


def designation_evidence(store: Store, keys: list[tuple[str, str, str]], as_of: str | None,
                         limit: int = 5) -> list[dict[str, Any]]:
    """Up to ``limit`` reports for each (designator, designee), as of the date: those of the given
    status first, originals before syndicated copies, latest first."""
    if not keys:
        return []
    bound = as_of_bound(as_of)
    with_ = "WITH k(designator, designee, status) AS (VALUES " + ",".join(["(?,?,?)"] * len(keys)) + ")"
    params: list[Any] = [x for k in keys for x in k]
    cond = ""
    if bound:
        cond = "AND g.known_from <= ?"
        params.append(bound)
    params.append(limit)
    return _rows(store, (
        f"{with_} SELECT * FROM (SELECT {_DESIG_COLS}{_DOC_COLS}, {_sentence('g')},"
        " ROW_NUMBER() OVER (PARTITION BY g.designator, g.designee"
        "   ORDER BY g.status <> k.status, d.duplicate_of IS NOT NULL, g.date IS NULL, g.fact_date DESC,"
        "   g.published DESC, g.id) AS rn"
        " FROM k JOIN designations g INDEXED BY designations_pair ON g.designator = k.designator"
        " AND g.designee = k.designee JOIN documents d ON d.id = g.doc_id"
        f" WHERE 1 {cond}) WHERE rn <= ? ORDER BY designator, designee, rn"), params)


def linked_designation_ids(store: Store) -> set[str]:
    """Designations that an extracted event carries (their story is the event's)."""
    return {r[0] for r in store.conn.execute("SELECT DISTINCT designation_id FROM designation_events")}


# ---- attributions (the "who said it" of evidence) ----------------------------------------------
def attributions_of(store: Store, table: str, ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Attributions linked to events / designations / relations, with the source's name or text."""
    link, key = {"event": ("event_attributions", "event_id"), "designation": ("designation_attributions", "designation_id"),
                 "relation": ("relation_attributions", "relation_id")}[table]
    out: dict[str, list[dict[str, Any]]] = {}
    for chunk in _chunks(ids):
        q = (f"SELECT l.{key} AS owner, q.id, q.source_kind, q.stance, q.count, q.role, q.source_actor,"
             " a.name AS actor_name, CASE WHEN json_array_length(q.sources) > 0 THEN substr(d.text,"
             " json_extract(q.sources, '$[0][0]') + 1, json_extract(q.sources, '$[0][1]') - json_extract(q.sources, '$[0][0]'))"
             f" END AS source_text FROM {link} l JOIN attributions q ON q.id = l.attribution_id"
             " JOIN documents d ON d.id = q.doc_id LEFT JOIN actors a ON a.id = q.source_actor"
             f" WHERE l.{key} IN ({','.join('?' * len(chunk))}) ORDER BY q.id")
        for r in _rows(store, q, chunk):
            out.setdefault(r.pop("owner"), []).append(r)
    return out


def document_stances(store: Store, doc_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Declines, non-responses and denials in each document (not linked to any one fact)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for chunk in _chunks(doc_ids):
        q = ("SELECT q.doc_id, q.id, q.source_kind, q.stance, q.count, q.role, q.source_actor, a.name AS actor_name,"
             " a.type AS actor_type, a.country AS actor_country, NULL AS source_text FROM attributions q"
             " LEFT JOIN actors a ON a.id = q.source_actor"
             f" WHERE q.stance <> 'statement' AND q.doc_id IN ({','.join('?' * len(chunk))})")
        for r in _rows(store, q, chunk):
            out.setdefault(r.pop("doc_id"), []).append(r)
    return out


# ---- events ------------------------------------------------------------------------------------
def event_reports(store: Store, as_of: str | None = None, actor_ids: Iterable[str] | None = None,
                  plover: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Events with their source/target actor ids, designees (via designations) and document."""
    where, params = ["1"], []
    bound = as_of_bound(as_of)
    if bound:
        where.append("e.known_from <= ?")
        params.append(bound)
    if plover:
        where.append(f"e.plover IN ({','.join('?' * len(plover))})")
        params.extend(plover)
    if actor_ids is not None:
        ids = list(actor_ids)
        where.append(f"e.id IN (SELECT event_id FROM event_actors WHERE actor_id IN ({','.join('?' * len(ids))}))"
                     if ids else "0")
        params.extend(ids)
    rows = _rows(store, (
        "SELECT e.id, e.doc_id, e.plover, e.cameo, e.mode, e.status, e.date, e.fact_date, e.known_from, e.published,"
        " e.context, e.parent, e.location, e.sentence_start, e.sentence_end, e.trigger_start, e.trigger_end,"
        f" {_DOC_COLS}, {_sentence('e')},"
        " (SELECT group_concat(actor_id, char(31)) FROM event_actors WHERE event_id = e.id AND role = 'source') AS sources,"
        " (SELECT group_concat(actor_id, char(31)) FROM event_actors WHERE event_id = e.id AND role = 'target') AS targets,"
        " (SELECT group_concat(g.designee || char(30) || g.status || char(30) || g.designator || char(30)"
        "   || COALESCE(g.pressed_by, ''), char(31)) FROM designation_events de"
        "   JOIN designations g ON g.id = de.designation_id WHERE de.event_id = e.id) AS designees"
        f" FROM events e JOIN documents d ON d.id = e.doc_id WHERE {' AND '.join(where)}"
        " ORDER BY e.fact_date, e.id"), params)
    for r in rows:
        r["sources"] = r["sources"].split("\x1f") if r["sources"] else []
        r["targets"] = r["targets"].split("\x1f") if r["targets"] else []
        r["designees"] = [tuple(x.split("\x1e")) for x in r["designees"].split("\x1f")] if r["designees"] else []
    return rows


def edge_counts(store: Store, as_of: str | None = None) -> list[tuple[str, str, str, int, int, str, str]]:
    """Aggregated event edges known as of the date (from edge_daily), as plain tuples for speed:
    (source, target, PLOVER type, reports, original reports, first day, last day)."""
    bound = as_of_bound(as_of)
    where = "WHERE day <= ?" if bound else ""
    return store.conn.execute(
        "SELECT source, target, plover, SUM(reports), SUM(originals), MIN(day), MAX(day)"
        f" FROM edge_daily {where} GROUP BY source, target, plover", (bound,) if bound else ()).fetchall()


def rebuild_edge_counts(store: Store) -> None:
    """Recompute edge_daily from the events (after bulk loads that bypassed the trigger)."""
    with store.transaction() as cur:
        cur.execute("DELETE FROM edge_daily")
        cur.execute(
            "INSERT INTO edge_daily(source, target, plover, day, reports, originals)"
            " SELECT s.actor_id, t.actor_id, e.plover, COALESCE(e.known_from, '9999'), COUNT(*),"
            " SUM(d.duplicate_of IS NULL)"
            " FROM events e JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'"
            " JOIN event_actors t ON t.event_id = e.id AND t.role = 'target' AND t.actor_id <> s.actor_id"
            " JOIN documents d ON d.id = e.doc_id WHERE e.status NOT IN ('denied', 'negated', 'hypothetical')"
            " GROUP BY s.actor_id, t.actor_id, e.plover, COALESCE(e.known_from, '9999')")
        cur.execute("DELETE FROM edge_monthly")
        cur.execute(
            "INSERT INTO edge_monthly(source, target, plover, month, reports, originals, first, last)"
            " SELECT source, target, plover, substr(day, 1, 7), SUM(reports), SUM(originals), MIN(day), MAX(day)"
            " FROM edge_daily GROUP BY source, target, plover, substr(day, 1, 7)")


# ---- relations ---------------------------------------------------------------------------------
def relation_rows(store: Store, as_of: str | None = None) -> list[dict[str, Any]]:
    bound = as_of_bound(as_of)
    where = "WHERE substr(r.published, 1, 10) <= ?" if bound else ""  # unknown publication: never "as of"
    try:
        return _rows(store, (
            "SELECT r.id, r.doc_id, r.source, r.target, r.relation, r.negated, r.published, r.sentence_start,"
            f" r.sentence_end, {_DOC_COLS}, {_sentence('r')} FROM relations r JOIN documents d ON d.id = r.doc_id"
            f" {where} ORDER BY r.published, r.id"), (bound,) if bound else ())
    except sqlite3.OperationalError:  # pre-v2 read-only store
        return []


def kb_parent_links(store: Store) -> list[dict[str, Any]]:
    return _rows(store, "SELECT id, parent FROM actors WHERE parent IS NOT NULL AND doc_id IS NULL")


def document_count(store: Store) -> int:
    return store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]


# ---- bulk loading (synthetic benchmark stores) ---------------------------------------------------
BULK_TABLES = ("documents", "actors", "aliases", "attributions", "events", "event_actors", "event_attributions",
               "designations", "designation_attributions", "relations")


def bulk_insert(store: Store, tables: dict[str, tuple[Sequence[str], Iterable[Sequence[Any]]]]) -> None:
    """Insert rows straight into tables (one transaction, executemany), then rebuild edge_daily.

    For synthetic benchmark stores: the per-row edge trigger is suspended during the load and the
    aggregate rebuilt once, which is much faster than firing it two million times."""
    trigger = store.conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'event_actors_edge_daily'").fetchone()
    with store.transaction() as cur:
        if trigger:
            cur.execute("DROP TRIGGER event_actors_edge_daily")
        for table in BULK_TABLES:
            if table not in tables:
                continue
            cols, rows = tables[table]
            cur.executemany(f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})", rows)
        if trigger:
            cur.execute(trigger[0])
    rebuild_edge_counts(store)
    store.conn.execute("ANALYZE")


# ---- the materialised designation map (large stores) ---------------------------------------------
def designation_count(store: Store) -> int:
    return store.conn.execute("SELECT COUNT(*) FROM designations").fetchone()[0]


def designation_stream(store: Store) -> Iterable[tuple]:
    """Every designation fact, oldest known first: (id, designator, designee, status, dated, fact_date,
    publication day, known_from ('9999' when unknown), original?, pressed_by)."""
    return store.conn.execute(
        "SELECT g.id, g.designator, g.designee, g.status, g.date IS NOT NULL, g.fact_date,"
        " substr(g.published, 1, 10), COALESCE(g.known_from, '9999'), d.duplicate_of IS NULL, g.pressed_by"
        " FROM designations g JOIN documents d ON d.id = g.doc_id ORDER BY COALESCE(g.known_from, '9999'), g.id")


def designation_cells_state(store: Store) -> str:
    r = store.conn.execute("SELECT COUNT(*), MAX(rowid) FROM designations").fetchone()
    return f"v5;designations={r[0]}:{r[1]};{resolution_state(store)}"


def saved_designation_cells_state(store: Store) -> str | None:
    try:
        r = store.conn.execute("SELECT value FROM analysis_state WHERE key = 'designation_cells'").fetchone()
    except sqlite3.OperationalError:
        return None
    return r[0] if r else None


def save_designation_cells(store: Store, rows: list[tuple], state: str) -> None:
    """rows: (designator, designee, known_from, status, date, fact_id, reports, contested)."""
    with store.transaction() as cur:
        cur.execute("DELETE FROM designation_cells")
        cur.execute("DELETE FROM designation_cell_keys")
        cur.executemany("INSERT INTO designation_cells(designator, designee, known_from, status, date, fact_id,"
                        " reports, contested) VALUES (?,?,?,?,?,?,?,?)", rows)
        cur.execute("INSERT INTO designation_cell_keys SELECT DISTINCT designator, designee FROM designation_cells")
        # the evidence of each state, denormalised: the map then reads one row per cell
        cur.execute("CREATE TEMP TABLE cell_evidence AS SELECT g.id AS fact_id, json_object("
                    "'id', g.id, 'doc_id', g.doc_id, 'date', g.date, 'fact_date', g.fact_date,"
                    " 'published', g.published, 'pressed_by', g.pressed_by, 'sentence_start', g.sentence_start,"
                    " 'sentence_end', g.sentence_end, 'outlet', d.outlet, 'doc_published', d.published,"
                    " 'title', d.title, 'url', d.url, 'duplicate_of', d.duplicate_of,"
                    f" 'sentence_text', {_sentence('g').rsplit(' AS ', 1)[0]}, 'attribs', {_ATTR_PACK.rsplit(' AS ', 1)[0]})"
                    " AS evidence FROM designations g JOIN documents d ON d.id = g.doc_id"
                    " WHERE g.id IN (SELECT DISTINCT fact_id FROM designation_cells)")
        cur.execute("CREATE INDEX temp.cell_evidence_id ON cell_evidence(fact_id)")
        cur.execute("UPDATE designation_cells SET evidence = (SELECT evidence FROM temp.cell_evidence e"
                    " WHERE e.fact_id = designation_cells.fact_id)")
        cur.execute("DROP TABLE temp.cell_evidence")
        cur.execute("INSERT INTO analysis_state(key, value) VALUES ('designation_cells', ?)"
                    " ON CONFLICT(key) DO UPDATE SET value = excluded.value", (state,))


def designation_cells_as_of(store: Store, as_of: str | None) -> list[dict[str, Any]]:
    """Each cell's state as of the date: one index seek per cell."""
    bound = as_of_bound(as_of) or "9999-99-99"
    return _rows(store, (
        "SELECT c.designator, c.designee, c.known_from, c.status, c.date, c.fact_id, c.reports, c.contested"
        " FROM designation_cell_keys k JOIN designation_cells c ON c.designator = k.designator"
        " AND c.designee = k.designee AND c.known_from = (SELECT MAX(known_from) FROM designation_cells x"
        "   WHERE x.designator = k.designator AND x.designee = k.designee AND x.known_from <= ?)"), (bound,))


def designation_rows(store: Store, ids: Iterable[str]) -> list[dict[str, Any]]:
    """Designation facts by id, with their document and sentence (evidence)."""
    out: list[dict[str, Any]] = []
    for chunk in _chunks(ids):
        out += _rows(store, (
            f"SELECT {_DESIG_COLS}{_DOC_COLS}, {_sentence('g')} FROM designations g JOIN documents d ON d.id = g.doc_id"
            f" WHERE g.id IN ({','.join('?' * len(chunk))})"), chunk)
    return out


_ATTR_PACK = ("(SELECT group_concat(q.id || char(30) || q.source_kind || char(30) || q.stance || char(30)"
              " || COALESCE(q.count, '') || char(30) || COALESCE(q.role, '') || char(30) || COALESCE(q.source_actor, '')"
              " || char(30) || COALESCE(a.name, CASE WHEN json_array_length(q.sources) > 0 THEN substr(d.text,"
              " json_extract(q.sources, '$[0][0]') + 1, json_extract(q.sources, '$[0][1]')"
              " - json_extract(q.sources, '$[0][0]')) END, ''), char(31))"
              " FROM designation_attributions l JOIN attributions q ON q.id = l.attribution_id"
              " LEFT JOIN actors a ON a.id = q.source_actor WHERE l.designation_id = g.id) AS attribs")


def unpack_attributions(packed: str | None) -> list[dict[str, Any]]:
    """The attributions packed by ``designation_cells_with_evidence`` as attributions_of() rows."""
    out = []
    for item in (packed or "").split("\x1f"):
        if not item:
            continue
        qid, kind, stance, count, role, actor, name = item.split("\x1e")
        out.append({"id": qid, "source_kind": kind, "stance": stance, "count": int(count) if count else None,
                    "role": role or None, "source_actor": actor or None, "actor_name": name or None,
                    "source_text": None})
    return out


def designation_cells_with_evidence(store: Store, as_of: str | None) -> list[dict[str, Any]]:
    """Each cell's state as of the date with its status-giving report (the denormalised evidence
    JSON: document, sentence, sources): one index seek per cell, no joins."""
    bound = as_of_bound(as_of) or "9999-99-99"
    rows = _rows(store, (
        "SELECT c.designator AS cell_designator, c.designee AS cell_designee, c.known_from AS cell_known_from,"
        " c.status AS cell_status, c.date AS cell_date, c.fact_id, c.reports AS cell_reports,"
        " c.contested AS cell_contested, c.evidence"
        " FROM designation_cell_keys k JOIN designation_cells c ON c.designator = k.designator"
        " AND c.designee = k.designee AND c.known_from = (SELECT MAX(known_from) FROM designation_cells x"
        "   WHERE x.designator = k.designator AND x.designee = k.designee AND x.known_from <= ?)"), (bound,))
    for r in rows:
        r.update(json.loads(r.pop("evidence") or "{}"))
    return rows


def node_map_candidates(store: Store) -> list[str]:
    """Actors that may stand for another node in the network: governments (-> their country)."""
    return [r[0] for r in store.conn.execute(
        "SELECT id FROM actors WHERE type = 'government' AND country IS NOT NULL AND parent IS NULL")]


def event_ties(store: Store, as_of: str | None, node_map: dict[str, str], limit: int,
               step: float) -> tuple[list[tuple], dict[str, float], int]:
    """The network's event ties, aggregated in SQL: raw actors mapped to nodes (``node_map``), per
    (node, node) the weight sum over PLOVER types of min(1, step x original reports), packed kinds
    ("REQUEST:3;SANCTION:1"), reports and first/last day. Returns the ``limit`` strongest ties, every
    node's weighted degree over all ties, and the number of ties."""
    conn = store.conn
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS node_map (actor_id TEXT PRIMARY KEY, node TEXT NOT NULL)")
    conn.execute("DELETE FROM temp.node_map")
    conn.executemany("INSERT INTO temp.node_map(actor_id, node) VALUES (?, ?)", list(node_map.items()))
    bound = as_of_bound(as_of) or "9999-99-99"
    month = bound[:7]  # whole months before it from edge_monthly, its own days from edge_daily
    cur = conn.cursor()
    cur.row_factory = None
    cur.execute(
        "WITH raw AS MATERIALIZED ("
        "   SELECT source, target, plover, SUM(reports) AS r, SUM(originals) AS o, MIN(first) AS f, MAX(last) AS l"
        "   FROM edge_monthly WHERE month < :m GROUP BY source, target, plover"
        "   UNION ALL SELECT source, target, plover, SUM(reports), SUM(originals), MIN(day), MAX(day)"
        "   FROM edge_daily WHERE day >= :m AND day <= :b GROUP BY source, target, plover),"
        " kind AS MATERIALIZED (SELECT COALESCE(ms.node, raw.source) AS s, COALESCE(mt.node, raw.target) AS t,"
        "   plover, SUM(r) AS r, SUM(o) AS o, MIN(f) AS f, MAX(l) AS l FROM raw"
        "   LEFT JOIN temp.node_map ms ON ms.actor_id = raw.source LEFT JOIN temp.node_map mt ON mt.actor_id = raw.target"
        "   GROUP BY 1, 2, 3 HAVING s <> t),"
        " pairs AS MATERIALIZED (SELECT s, t, SUM(MIN(1.0, :step * MAX(1, o))) AS w, SUM(r) AS r,"
        "   group_concat(plover || ':' || r, ';') AS kinds, MIN(f) AS f, MAX(l) AS l FROM kind GROUP BY s, t)"
        " SELECT 'e', s, t, w, r, kinds, f, l FROM (SELECT * FROM pairs ORDER BY w DESC, r DESC, s, t LIMIT :n)"
        " UNION ALL SELECT 'n', s, NULL, SUM(w), COUNT(*), NULL, NULL, NULL FROM pairs GROUP BY s"
        " UNION ALL SELECT 'n', t, NULL, SUM(w), COUNT(*), NULL, NULL, NULL FROM pairs GROUP BY t"
        " UNION ALL SELECT 'c', NULL, NULL, NULL, COUNT(*), NULL, NULL, NULL FROM pairs",
        {"b": bound, "m": month, "step": step, "n": limit})
    edges, strength, total = [], {}, 0
    for row in cur.fetchall():
        if row[0] == "e":
            edges.append(row[1:])
        elif row[0] == "n":
            strength[row[1]] = strength.get(row[1], 0.0) + row[3]
        else:
            total = row[4]
    return edges, strength, total
