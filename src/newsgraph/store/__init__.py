"""The store: the only module that speaks SQL.

SQLite in WAL mode: one file, many readers, one writer, safe on crash. Each batch of analyses is
written in a single transaction, so a kill mid-ingest leaves whole documents or none, and a rerun
skips what is already there (document ids are content hashes).

Global ids: KB actors keep their KB id (``country:BOL``); document-level actors become
``<doc id>:<local id>``; events, attributions and designations likewise ``<doc id>:<local id>``.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsgraph.records import Analysis, Document
from newsgraph.store.schema import MIGRATIONS, SCHEMA_VERSION


class StoreError(RuntimeError):
    pass


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    path = str(path)
    if readonly:
        if not Path(path).exists():
            raise StoreError(f"{path}: no such database (run `newsgraph ingest` or `newsgraph demo` first)")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


class Store:
    """A newsgraph database. ``Store(path)`` opens (and migrates) or creates it."""

    def __init__(self, path: str | Path = "newsgraph.db", readonly: bool = False):
        self.path = str(path)
        self.readonly = readonly
        self.conn = connect(self.path, readonly=readonly)
        if not readonly:
            self.migrate()
        elif self.version() < SCHEMA_VERSION:
            raise StoreError(f"{self.path}: schema version {self.version()} is older than {SCHEMA_VERSION}; "
                             "open it once for writing to migrate")

    # ---- schema ------------------------------------------------------------------------------
    def version(self) -> int:
        try:
            row = self.conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
        except sqlite3.OperationalError:
            return 0
        return row[0] or 0

    def migrate(self) -> None:
        current = self.version()
        for version, statements in MIGRATIONS:
            if version <= current:
                continue
            with self.transaction() as cur:
                for stmt in statements:
                    cur.execute(stmt)
                cur.execute("INSERT INTO schema_version(version, applied_at) VALUES (?, datetime('now'))", (version,))

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Cursor]:
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # ---- documents ---------------------------------------------------------------------------
    def has_document(self, doc_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM documents WHERE id=?", (doc_id,)).fetchone() is not None

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        out: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            q = f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(chunk))})"
            out.update(r[0] for r in self.conn.execute(q, chunk))
        return out

    def document(self, doc_id: str) -> Document | None:
        r = self.conn.execute("SELECT * FROM documents WHERE id=?", (doc_id,)).fetchone()
        return _document(r) if r else None

    def documents(self) -> Iterator[Document]:
        for r in self.conn.execute("SELECT * FROM documents ORDER BY published, id"):
            yield _document(r)

    # ---- writing -----------------------------------------------------------------------------
    def write_batch(self, analyses: Iterable[Analysis], minhashes: dict[str, bytes] | None = None) -> int:
        """Write analyses in one transaction; documents already stored are skipped. Returns new count."""
        written = 0
        minhashes = minhashes or {}
        with self.transaction() as cur:
            for an in analyses:
                if cur.execute("SELECT 1 FROM documents WHERE id=?", (an.document.id,)).fetchone():
                    continue
                _write_analysis(cur, an)
                if an.document.id in minhashes:
                    cur.execute("INSERT INTO minhashes(doc_id, signature) VALUES (?, ?)",
                                (an.document.id, minhashes[an.document.id]))
                written += 1
        return written

    def near_duplicate_candidates(self, bands: list[tuple[int, bytes]]) -> list[tuple[str, bytes, str | None]]:
        """Stored documents sharing a MinHash band (``ingest.dedup.bands``) with a new one: (id, signature,
        first copy it duplicates), oldest first. One primary-key seek per band."""
        if not bands:
            return []
        where = " OR ".join(["(band = ? AND slice = ?)"] * len(bands))
        return self.conn.execute(
            "SELECT m.doc_id, m.signature, d.duplicate_of FROM minhashes m JOIN documents d ON d.id = m.doc_id "
            f"WHERE m.doc_id IN (SELECT doc_id FROM minhash_bands WHERE {where}) ORDER BY d.rowid",
            [v for band in bands for v in band]).fetchall()

    # ---- reading (summaries used by report and web) -----------------------------------------
    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def counts(self) -> dict[str, int]:
        out = {}
        for table in ("documents", "actors", "mentions", "events", "attributions", "designations"):
            out[table] = self.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        out["duplicates"] = self.conn.execute(
            "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL").fetchone()[0]
        return out


def _document(r: sqlite3.Row) -> Document:
    keys = r.keys()
    return Document(**{k: r[k] for k in Document.__dataclass_fields__ if k in keys})


def global_actor_id(doc_id: str, actor) -> str:
    return actor.kb_id or f"{doc_id}:{actor.id}"


def _write_analysis(cur: sqlite3.Cursor, an: Analysis) -> None:
    d = an.document
    cur.execute(
        "INSERT INTO documents(id, content_hash, external_id, title, published, url, outlet, source, format, text,"
        " duplicate_of, similarity, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?, datetime('now'))",
        (d.id, d.content_hash, d.external_id, d.title, d.published, d.url, d.outlet, d.source, d.format, d.text,
         d.duplicate_of, d.similarity))
    gid: dict[str, str] = {}
    for a in an.actors:
        g = global_actor_id(d.id, a)
        gid[a.id] = g
        cur.execute(
            "INSERT INTO actors(id, name, type, country, code, kb_id, wikidata, parent, doc_id) VALUES (?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(id) DO NOTHING",
            (g, a.name, a.type, a.country, a.code, a.kb_id, a.wikidata, a.parent, None if a.kb_id else d.id))
        for alias in {a.name, *a.aliases}:
            cur.execute("INSERT INTO aliases(actor_id, alias) VALUES (?,?) ON CONFLICT DO NOTHING", (g, alias))
        for s, e in a.mentions:
            cur.execute("INSERT INTO mentions(doc_id, actor_id, start, end, text) VALUES (?,?,?,?,?)",
                        (d.id, g, s, e, d.text[s:e]))
        for role in a.roles:
            cur.execute("INSERT INTO actor_roles(doc_id, actor_id, role, affiliation) VALUES (?,?,?,?)",
                        (d.id, g, role, gid.get(a.affiliation) if a.affiliation else None))
    qid = {q.id: f"{d.id}:{q.id}" for q in an.attributions}
    for q in an.attributions:
        cur.execute(
            "INSERT INTO attributions(id, doc_id, cue_start, cue_end, sources, contents, source_actor, source_kind,"
            " count, stance, direct, access, anonymity_reason, role) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (qid[q.id], d.id, q.cue[0] if q.cue else None, q.cue[1] if q.cue else None,
             json.dumps([list(s) for s in q.sources]), json.dumps([list(s) for s in q.contents]),
             gid.get(q.source_actor) if q.source_actor else None, q.source_kind, q.count, q.stance,
             int(q.direct), q.access, q.anonymity_reason, q.role))
    eid = {e.id: f"{d.id}:{e.id}" for e in an.events}
    for e in an.events:
        cur.execute(
            "INSERT INTO events(id, doc_id, plover, cameo, mode, status, date, trigger_start, trigger_end,"
            " sentence_start, sentence_end, location, context, parent, published) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (eid[e.id], d.id, e.plover, e.cameo, e.mode, e.status, e.date,
             e.trigger[0] if e.trigger else None, e.trigger[1] if e.trigger else None,
             e.sentence[0] if e.sentence else None, e.sentence[1] if e.sentence else None,
             gid.get(e.location) if e.location else None, e.context, eid.get(e.parent) if e.parent else None,
             d.published))
        for role, ids in (("source", e.source), ("target", e.target)):
            for a in ids:
                if a in gid:
                    cur.execute("INSERT INTO event_actors(event_id, actor_id, role) VALUES (?,?,?)"
                                " ON CONFLICT DO NOTHING", (eid[e.id], gid[a], role))
        for q in e.attributions:
            if q in qid:
                cur.execute("INSERT INTO event_attributions(event_id, attribution_id) VALUES (?,?)"
                            " ON CONFLICT DO NOTHING", (eid[e.id], qid[q]))
    for n, g in enumerate(an.designations, 1):
        did = f"{d.id}:{g.id or f'd{n}'}"
        if g.designator not in gid or g.designee not in gid:
            continue
        cur.execute(
            "INSERT INTO designations(id, doc_id, designator, designee, status, date, sentence_start, sentence_end,"
            " pressed_by, published) VALUES (?,?,?,?,?,?,?,?,?,?)",
            (did, d.id, gid[g.designator], gid[g.designee], g.status, g.date,
             g.sentence[0] if g.sentence else None, g.sentence[1] if g.sentence else None,
             gid.get(g.pressed_by) if g.pressed_by else None, d.published))
        for e in g.events:
            if e in eid:
                cur.execute("INSERT INTO designation_events(designation_id, event_id) VALUES (?,?)"
                            " ON CONFLICT DO NOTHING", (did, eid[e]))
        for q in g.attributions:
            if q in qid:
                cur.execute("INSERT INTO designation_attributions(designation_id, attribution_id) VALUES (?,?)"
                            " ON CONFLICT DO NOTHING", (did, qid[q]))
    for r in getattr(an, "relations", ()):  # stated relations (schema v2)
        if r.source not in gid or r.target not in gid:
            continue
        rid = f"{d.id}:{r.id}"
        cur.execute(
            "INSERT INTO relations(id, doc_id, source, target, relation, cue_start, cue_end, sentence_start,"
            " sentence_end, negated, published) VALUES (?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
            (rid, d.id, gid[r.source], gid[r.target], r.relation, r.cue[0] if r.cue else None,
             r.cue[1] if r.cue else None, r.sentence[0] if r.sentence else None,
             r.sentence[1] if r.sentence else None, int(r.negated), d.published))
        for q in r.attributions:
            if q in qid:
                cur.execute("INSERT INTO relation_attributions(relation_id, attribution_id) VALUES (?,?)"
                            " ON CONFLICT DO NOTHING", (rid, qid[q]))
