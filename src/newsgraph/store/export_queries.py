"""Table-level reads for export and comparison: every table of a store, streamed in row batches.

Kept beside the store because only ``store`` speaks SQL. Rows come in storage order through a cursor
(``fetchmany``), so exporting a store of millions of rows holds one batch in memory at a time.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

# Bookkeeping tables that are not data an analyst queries.
INTERNAL_TABLES = ("schema_version", "minhashes", "minhash_bands")


def table_names(store, include_internal: bool = False) -> list[str]:
    rows = store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name").fetchall()
    names = [r[0] for r in rows]
    return names if include_internal else [n for n in names if n not in INTERNAL_TABLES]


def table_columns(store, table: str) -> list[tuple[str, str]]:
    """(column name, declared SQLite type) in table order, generated columns included."""
    _check_table(store, table)
    # table_xinfo also lists generated columns (hidden 2 = virtual, 3 = stored); 1 is a virtual table's
    return [(r["name"], (r["type"] or "").upper())
            for r in store.conn.execute(f'PRAGMA table_xinfo("{table}")') if r["hidden"] != 1]


def _order_by(store, table: str) -> str:
    """Storage order: rowid, or the primary key of a WITHOUT ROWID table."""
    sql = store.conn.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)).fetchone()[0]
    if "WITHOUT ROWID" not in (sql or "").upper():
        return "rowid"
    pk = sorted((r["pk"], r["name"]) for r in store.conn.execute(f'PRAGMA table_info("{table}")') if r["pk"])
    return ", ".join(f'"{name}"' for _, name in pk)


def count_rows(store, table: str) -> int:
    _check_table(store, table)
    return store.conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]


def iter_row_batches(store, table: str, batch_size: int = 10_000,
                     columns: list[str] | None = None) -> Iterator[list[tuple[Any, ...]]]:
    """Rows of ``table`` as tuples (in ``columns`` order, default all), ``batch_size`` at a time."""
    _check_table(store, table)
    cols = columns or [c for c, _ in table_columns(store, table)]
    select = ", ".join(f'"{c}"' for c in cols)
    cur = store.conn.execute(f'SELECT {select} FROM "{table}" ORDER BY {_order_by(store, table)}')
    while batch := cur.fetchmany(batch_size):
        yield [tuple(r) for r in batch]


def _check_table(store, table: str) -> None:
    # table names are interpolated into SQL: only ever accept the store's own tables
    if table not in table_names(store, include_internal=True):
        raise ValueError(f"{store.path}: no table named {table!r}")


# ---- per-document reads: the analysis contract reconstructed from the store ----------------------

def iter_document_ids(store, batch_size: int = 1_000) -> Iterator[str]:
    """Every stored document id, by publication date then id, read in batches."""
    cur = store.conn.execute("SELECT id FROM documents ORDER BY published, id")
    while batch := cur.fetchmany(batch_size):
        yield from (r[0] for r in batch)


def document_rows(store, doc_id: str) -> dict[str, list[dict[str, Any]]]:
    """The rows one document contributed to each table, as dicts (``document`` holds one row)."""
    q = store.conn.execute
    # ids of events, attributions and designations start with "<doc id>:"; a key range uses the
    # primary-key index where a doc_id column has none
    lo, hi = f"{doc_id}:", f"{doc_id};"

    def rows(sql: str, params: tuple = (doc_id,)) -> list[dict[str, Any]]:
        return [dict(r) for r in q(sql, params)]

    out = {
        "document": rows("SELECT * FROM documents WHERE id=?"),
        "mentions": rows("SELECT actor_id, start, end, text FROM mentions WHERE doc_id=? ORDER BY start, end"),
        "roles": rows("SELECT actor_id, role, affiliation FROM actor_roles WHERE doc_id=? ORDER BY rowid"),
        "events": rows("SELECT * FROM events WHERE id >= ? AND id < ? ORDER BY rowid", (lo, hi)),
        "event_actors": rows("SELECT event_id, actor_id, role FROM event_actors WHERE event_id >= ? AND event_id < ?"
                             " ORDER BY rowid", (lo, hi)),
        "event_attributions": rows("SELECT event_id, attribution_id FROM event_attributions"
                                   " WHERE event_id >= ? AND event_id < ? ORDER BY rowid", (lo, hi)),
        "attributions": rows("SELECT * FROM attributions WHERE id >= ? AND id < ? ORDER BY rowid", (lo, hi)),
        "designations": rows("SELECT * FROM designations WHERE id >= ? AND id < ? ORDER BY rowid", (lo, hi)),
        "designation_events": rows("SELECT designation_id, event_id FROM designation_events"
                                   " WHERE designation_id >= ? AND designation_id < ? ORDER BY rowid", (lo, hi)),
        "designation_attributions": rows(
            "SELECT designation_id, attribution_id FROM designation_attributions"
            " WHERE designation_id >= ? AND designation_id < ? ORDER BY rowid", (lo, hi)),
    }
    actor_ids = {m["actor_id"] for m in out["mentions"]} | {r["actor_id"] for r in out["roles"]}
    actor_ids |= {r["actor_id"] for r in out["event_actors"]}
    actor_ids |= {a["source_actor"] for a in out["attributions"] if a["source_actor"]}
    actor_ids |= {x for d in out["designations"] for x in (d["designator"], d["designee"], d["pressed_by"]) if x}
    actor_ids |= {e["location"] for e in out["events"] if e["location"]}
    ids = sorted(actor_ids)
    out["actors"] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out["actors"] += rows(f"SELECT * FROM actors WHERE id IN ({','.join('?' * len(chunk))})", tuple(chunk))
    return out


# ---- facts for graph exports (STIX, FollowTheMoney) -------------------------------------------
# Actor ids are mapped to their canonical actor when cross-document resolution merged them.

def _canonical(col: str) -> str:
    return f"COALESCE((SELECT r.canonical_id FROM actor_resolution r WHERE r.actor_id = {col}), {col})"


def _has_table(store, name: str) -> bool:
    return store.conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None


def _actor_expr(store, col: str) -> str:
    return _canonical(col) if _has_table(store, "actor_resolution") else col


def iter_fact_actors(store, batch_size: int = 1_000) -> Iterator[dict[str, Any]]:
    """Actors that take part in a designation or an event, each once, with ``designee_statuses``."""
    a = _actor_expr(store, "x.actor_id")
    sql = f"""
        WITH x(actor_id, status) AS (
            SELECT designator, NULL FROM designations UNION ALL SELECT designee, status FROM designations
            UNION ALL SELECT pressed_by, NULL FROM designations WHERE pressed_by IS NOT NULL
            UNION ALL SELECT actor_id, NULL FROM event_actors)
        SELECT act.*, GROUP_CONCAT(DISTINCT x.status) AS designee_statuses
        FROM x JOIN actors act ON act.id = {a}
        GROUP BY act.id ORDER BY act.id"""
    cur = store.conn.execute(sql)
    while batch := cur.fetchmany(batch_size):
        yield from (dict(r) for r in batch)


def iter_designation_facts(store, batch_size: int = 1_000) -> Iterator[dict[str, Any]]:
    """Designations with canonical actor ids and their document's title, url, outlet and dates."""
    sql = f"""
        SELECT g.id, g.doc_id, g.status, g.date, g.published, {_actor_expr(store, 'g.designator')} AS designator,
               {_actor_expr(store, 'g.designee')} AS designee, {_actor_expr(store, 'g.pressed_by')} AS pressed_by,
               d.title, d.url, d.outlet, d.ingested_at
        FROM designations g JOIN documents d ON d.id = g.doc_id ORDER BY g.rowid"""
    cur = store.conn.execute(sql)
    while batch := cur.fetchmany(batch_size):
        yield from (dict(r) for r in batch)


def iter_event_facts(store, batch_size: int = 1_000) -> Iterator[dict[str, Any]]:
    """Events with source and target actor lists (canonical ids) and their document's metadata."""
    a = _actor_expr(store, "ea.actor_id")
    sql = f"""
        SELECT e.id, e.doc_id, e.plover, e.cameo, e.mode, e.status, e.date, e.context, e.published,
               (SELECT GROUP_CONCAT({a}, char(31)) FROM event_actors ea WHERE ea.event_id = e.id AND ea.role = 'source')
                   AS sources,
               (SELECT GROUP_CONCAT({a}, char(31)) FROM event_actors ea WHERE ea.event_id = e.id AND ea.role = 'target')
                   AS targets,
               d.title, d.url, d.outlet, d.ingested_at
        FROM events e JOIN documents d ON d.id = e.doc_id ORDER BY e.rowid"""
    cur = store.conn.execute(sql)
    while batch := cur.fetchmany(batch_size):
        for r in batch:
            row = dict(r)
            row["sources"] = row["sources"].split("\x1f") if row["sources"] else []
            row["targets"] = row["targets"].split("\x1f") if row["targets"] else []
            yield row
