"""Schema migrations. Append a new (version, statements) pair; never edit a released one."""
from __future__ import annotations

_V1 = [
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)",
    """CREATE TABLE documents (
        id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, external_id TEXT, title TEXT, published TEXT,
        url TEXT, outlet TEXT, source TEXT, format TEXT, text TEXT NOT NULL,
        duplicate_of TEXT REFERENCES documents(id), similarity REAL, ingested_at TEXT NOT NULL)""",
    "CREATE INDEX documents_published ON documents(published)",
    "CREATE INDEX documents_duplicate_of ON documents(duplicate_of)",
    # MinHash signatures of stored documents, so near-duplicate detection survives restarts
    "CREATE TABLE minhashes (doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE, signature BLOB NOT NULL)",
    """CREATE TABLE actors (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, type TEXT NOT NULL, country TEXT, code TEXT, kb_id TEXT,
        wikidata TEXT, parent TEXT, doc_id TEXT REFERENCES documents(id) ON DELETE CASCADE)""",
    "CREATE INDEX actors_type ON actors(type)",
    "CREATE INDEX actors_country ON actors(country)",
    "CREATE TABLE aliases (actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, alias TEXT NOT NULL,"
    " PRIMARY KEY (actor_id, alias))",
    "CREATE INDEX aliases_alias ON aliases(alias COLLATE NOCASE)",
    """CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
        start INTEGER NOT NULL, end INTEGER NOT NULL, text TEXT NOT NULL)""",
    "CREATE INDEX mentions_actor ON mentions(actor_id)",
    "CREATE INDEX mentions_doc ON mentions(doc_id)",
    """CREATE TABLE actor_roles (
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id) ON DELETE CASCADE, role TEXT NOT NULL, affiliation TEXT)""",
    """CREATE TABLE attributions (
        id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        cue_start INTEGER, cue_end INTEGER, sources TEXT NOT NULL, contents TEXT NOT NULL,
        source_actor TEXT REFERENCES actors(id), source_kind TEXT NOT NULL, count INTEGER,
        stance TEXT NOT NULL, direct INTEGER NOT NULL, access TEXT, anonymity_reason TEXT, role TEXT)""",
    "CREATE INDEX attributions_doc ON attributions(doc_id)",
    """CREATE TABLE events (
        id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        plover TEXT NOT NULL, cameo TEXT, mode TEXT, status TEXT NOT NULL, date TEXT,
        trigger_start INTEGER, trigger_end INTEGER, sentence_start INTEGER, sentence_end INTEGER,
        location TEXT, context TEXT, parent TEXT, published TEXT)""",
    "CREATE INDEX events_doc ON events(doc_id)",
    "CREATE INDEX events_type ON events(plover)",
    """CREATE TABLE event_actors (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        actor_id TEXT NOT NULL REFERENCES actors(id), role TEXT NOT NULL CHECK (role IN ('source', 'target')),
        PRIMARY KEY (event_id, actor_id, role))""",
    "CREATE INDEX event_actors_actor ON event_actors(actor_id)",
    """CREATE TABLE event_attributions (
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        attribution_id TEXT NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, attribution_id))""",
    """CREATE TABLE designations (
        id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        designator TEXT NOT NULL REFERENCES actors(id), designee TEXT NOT NULL REFERENCES actors(id),
        status TEXT NOT NULL, date TEXT, sentence_start INTEGER, sentence_end INTEGER,
        pressed_by TEXT REFERENCES actors(id), published TEXT)""",
    "CREATE INDEX designations_pair ON designations(designator, designee)",
    "CREATE INDEX designations_date ON designations(date)",
    """CREATE TABLE designation_events (
        designation_id TEXT NOT NULL REFERENCES designations(id) ON DELETE CASCADE,
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, PRIMARY KEY (designation_id, event_id))""",
    """CREATE TABLE designation_attributions (
        designation_id TEXT NOT NULL REFERENCES designations(id) ON DELETE CASCADE,
        attribution_id TEXT NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
        PRIMARY KEY (designation_id, attribution_id))""",
]

MIGRATIONS: list[tuple[int, list[str]]] = [
    (1, _V1),
]
SCHEMA_VERSION = MIGRATIONS[-1][0]

# v2: cross-document analysis (newsgraph.analyze).
# - actor_merges: the analyst's merge/split decisions; no foreign keys, so they outlive re-ingests.
# - actor_resolution: the current actor -> canonical actor mapping with the evidence of each merge.
# - relations: stated relations between actors (ally of, proxy of, branch of, present in, ...).
# - known_from: the first day a fact could be known (max of its stated date and publication day);
#   "as of D" means known_from <= D. fact_date orders facts (stated date, else publication day).
# - edge_daily: event counts per (source, target, PLOVER type, known_from day), kept by a trigger,
#   so the network over millions of events is one aggregate query.
_KNOWN_FROM = ("MAX(COALESCE({d}, substr(published, 1, 10), ''), COALESCE(substr(published, 1, 10), {d}, ''))")
_V2 = [
    """CREATE TABLE actor_merges (
        id INTEGER PRIMARY KEY, actor_a TEXT NOT NULL, actor_b TEXT, kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        note TEXT, created_at TEXT NOT NULL)""",
    "CREATE INDEX actor_merges_a ON actor_merges(actor_a)",
    "CREATE INDEX actor_merges_b ON actor_merges(actor_b)",
    """CREATE TABLE actor_resolution (
        actor_id TEXT PRIMARY KEY, canonical_id TEXT NOT NULL, method TEXT NOT NULL, score REAL, evidence TEXT)""",
    "CREATE INDEX actor_resolution_canonical ON actor_resolution(canonical_id)",
    "CREATE TABLE analysis_state (key TEXT PRIMARY KEY, value TEXT)",
    """CREATE TABLE relations (
        id TEXT PRIMARY KEY, doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        source TEXT NOT NULL REFERENCES actors(id), target TEXT NOT NULL REFERENCES actors(id),
        relation TEXT NOT NULL, cue_start INTEGER, cue_end INTEGER, sentence_start INTEGER, sentence_end INTEGER,
        negated INTEGER NOT NULL DEFAULT 0, published TEXT)""",
    "CREATE INDEX relations_source ON relations(source)",
    "CREATE INDEX relations_target ON relations(target)",
    "CREATE INDEX relations_doc ON relations(doc_id)",
    """CREATE TABLE relation_attributions (
        relation_id TEXT NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
        attribution_id TEXT NOT NULL REFERENCES attributions(id) ON DELETE CASCADE,
        PRIMARY KEY (relation_id, attribution_id))""",
    "ALTER TABLE designations ADD COLUMN fact_date TEXT GENERATED ALWAYS AS (COALESCE(date, substr(published, 1, 10))) VIRTUAL",
    "ALTER TABLE designations ADD COLUMN known_from TEXT GENERATED ALWAYS AS (" + _KNOWN_FROM.format(d="date") + ") VIRTUAL",
    "CREATE INDEX designations_known ON designations(known_from, designator, designee)",
    "CREATE INDEX designations_designee ON designations(designee)",
    "ALTER TABLE events ADD COLUMN fact_date TEXT GENERATED ALWAYS AS (COALESCE(date, substr(published, 1, 10))) VIRTUAL",
    "ALTER TABLE events ADD COLUMN known_from TEXT GENERATED ALWAYS AS (" + _KNOWN_FROM.format(d="date") + ") VIRTUAL",
    "CREATE INDEX events_known ON events(known_from)",
    "CREATE INDEX event_actors_event ON event_actors(event_id, role)",
    "CREATE INDEX designation_events_event ON designation_events(event_id)",
    """CREATE TABLE edge_daily (
        source TEXT NOT NULL, target TEXT NOT NULL, plover TEXT NOT NULL, day TEXT NOT NULL,
        reports INTEGER NOT NULL, originals INTEGER NOT NULL, PRIMARY KEY (source, target, plover, day)) WITHOUT ROWID""",
    "CREATE INDEX edge_daily_day ON edge_daily(day)",
    # An edge counts each report of an event (source -> target) that is not denied, negated or hypothetical;
    # ``originals`` leaves out syndicated copies. Fires once per (source, target) pair whichever role comes last.
    """CREATE TRIGGER event_actors_edge_daily AFTER INSERT ON event_actors BEGIN
        INSERT INTO edge_daily(source, target, plover, day, reports, originals)
        SELECT CASE WHEN NEW.role = 'source' THEN NEW.actor_id ELSE o.actor_id END,
               CASE WHEN NEW.role = 'source' THEN o.actor_id ELSE NEW.actor_id END,
               e.plover, e.known_from, 1, d.duplicate_of IS NULL
        FROM event_actors o JOIN events e ON e.id = NEW.event_id JOIN documents d ON d.id = e.doc_id
        WHERE o.event_id = NEW.event_id AND o.role <> NEW.role AND o.actor_id <> NEW.actor_id
          AND e.status NOT IN ('denied', 'negated', 'hypothetical')
        ON CONFLICT(source, target, plover, day) DO UPDATE
            SET reports = reports + 1, originals = originals + excluded.originals;
    END""",
    """INSERT INTO edge_daily(source, target, plover, day, reports, originals)
        SELECT s.actor_id, t.actor_id, e.plover, e.known_from, COUNT(*), SUM(d.duplicate_of IS NULL)
        FROM events e JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'
        JOIN event_actors t ON t.event_id = e.id AND t.role = 'target' AND t.actor_id <> s.actor_id
        JOIN documents d ON d.id = e.doc_id
        WHERE e.status NOT IN ('denied', 'negated', 'hypothetical')
        GROUP BY s.actor_id, t.actor_id, e.plover, e.known_from""",
]

MIGRATIONS.append((2, _V2))
SCHEMA_VERSION = MIGRATIONS[-1][0]

# The edge tables' triggers pair each new event_actors row with the event's other-role actors
# (v3 and v6 share these pieces; the SQL text each migration runs is unchanged).
_EDGE_ENDPOINTS = """SELECT CASE WHEN NEW.role = 'source' THEN NEW.actor_id ELSE o.actor_id END,
               CASE WHEN NEW.role = 'source' THEN o.actor_id ELSE NEW.actor_id END,"""
_EDGE_PAIRS = """FROM event_actors o JOIN events e ON e.id = NEW.event_id JOIN documents d ON d.id = e.doc_id
        WHERE o.event_id = NEW.event_id AND o.role <> NEW.role AND o.actor_id <> NEW.actor_id
          AND e.status NOT IN ('denied', 'negated', 'hypothetical')"""
_EDGE_DAILY_UPSERT = """INSERT INTO edge_daily(source, target, plover, day, reports, originals)
        """ + _EDGE_ENDPOINTS + """
               e.plover, COALESCE(e.known_from, '9999'), 1, d.duplicate_of IS NULL
        """ + _EDGE_PAIRS + """
        ON CONFLICT(source, target, plover, day) DO UPDATE
            SET reports = reports + 1, originals = originals + excluded.originals;"""

# v3: a fact with neither a stated date nor a publication date has no known_from (NULL): it never
# counts "as of" a date (only in the undated, everything-known view). edge_daily keys such events
# under day '9999' for the same reason.
_KNOWN_FROM_V3 = ("CASE WHEN date IS NULL AND published IS NULL THEN NULL ELSE "
                  + _KNOWN_FROM.format(d="date") + " END")
_V3 = [
    "DROP TRIGGER event_actors_edge_daily",
    "DROP INDEX designations_known",
    "ALTER TABLE designations DROP COLUMN known_from",
    f"ALTER TABLE designations ADD COLUMN known_from TEXT GENERATED ALWAYS AS ({_KNOWN_FROM_V3}) VIRTUAL",
    "CREATE INDEX designations_known ON designations(known_from, designator, designee)",
    "DROP INDEX events_known",
    "ALTER TABLE events DROP COLUMN known_from",
    f"ALTER TABLE events ADD COLUMN known_from TEXT GENERATED ALWAYS AS ({_KNOWN_FROM_V3}) VIRTUAL",
    "CREATE INDEX events_known ON events(known_from)",
    """CREATE TRIGGER event_actors_edge_daily AFTER INSERT ON event_actors BEGIN
        """ + _EDGE_DAILY_UPSERT + """
    END""",
    "DELETE FROM edge_daily",
    """INSERT INTO edge_daily(source, target, plover, day, reports, originals)
        SELECT s.actor_id, t.actor_id, e.plover, COALESCE(e.known_from, '9999'), COUNT(*), SUM(d.duplicate_of IS NULL)
        FROM events e JOIN event_actors s ON s.event_id = e.id AND s.role = 'source'
        JOIN event_actors t ON t.event_id = e.id AND t.role = 'target' AND t.actor_id <> s.actor_id
        JOIN documents d ON d.id = e.doc_id
        WHERE e.status NOT IN ('denied', 'negated', 'hypothetical')
        GROUP BY s.actor_id, t.actor_id, e.plover, COALESCE(e.known_from, '9999')""",
]

MIGRATIONS.append((3, _V3))
SCHEMA_VERSION = MIGRATIONS[-1][0]

# v4: the designation map materialised for large stores: each (jurisdiction, organisation) cell's
# state at every day it changed (newsgraph.analyze.designations), so "as of D" is one index seek
# per cell. Rebuilt when designations or the actor resolution change (analysis_state).
_V4 = [
    """CREATE TABLE designation_cells (
        designator TEXT NOT NULL, designee TEXT NOT NULL, known_from TEXT NOT NULL, status TEXT NOT NULL,
        date TEXT, fact_id TEXT NOT NULL, reports INTEGER NOT NULL, contested INTEGER NOT NULL,
        PRIMARY KEY (designator, designee, known_from)) WITHOUT ROWID""",
    "CREATE TABLE designation_cell_keys (designator TEXT NOT NULL, designee TEXT NOT NULL, PRIMARY KEY (designator, designee))"
    " WITHOUT ROWID",
]

MIGRATIONS.append((4, _V4))
SCHEMA_VERSION = MIGRATIONS[-1][0]

# v5: each materialised cell state carries its evidence (the status-giving report: document, sentence,
# sources) as JSON, so the large-store map is one read per cell with no joins.
_V5 = [
    "ALTER TABLE designation_cells ADD COLUMN evidence TEXT",
    "DELETE FROM analysis_state WHERE key = 'designation_cells'",
]

MIGRATIONS.append((5, _V5))
SCHEMA_VERSION = MIGRATIONS[-1][0]

# v6: edge_monthly rolls edge_daily up by month, so the network as of D reads whole months before
# D's month from it and only D's own month from edge_daily. One trigger keeps both.
_V6 = [
    """CREATE TABLE edge_monthly (
        source TEXT NOT NULL, target TEXT NOT NULL, plover TEXT NOT NULL, month TEXT NOT NULL,
        reports INTEGER NOT NULL, originals INTEGER NOT NULL, first TEXT NOT NULL, last TEXT NOT NULL,
        PRIMARY KEY (source, target, plover, month)) WITHOUT ROWID""",
    "DROP TRIGGER event_actors_edge_daily",
    """CREATE TRIGGER event_actors_edge_daily AFTER INSERT ON event_actors BEGIN
        """ + _EDGE_DAILY_UPSERT + """
        INSERT INTO edge_monthly(source, target, plover, month, reports, originals, first, last)
        """ + _EDGE_ENDPOINTS + """
               e.plover, substr(COALESCE(e.known_from, '9999'), 1, 7), 1, d.duplicate_of IS NULL,
               COALESCE(e.known_from, '9999'), COALESCE(e.known_from, '9999')
        """ + _EDGE_PAIRS + """
        ON CONFLICT(source, target, plover, month) DO UPDATE
            SET reports = reports + 1, originals = originals + excluded.originals,
                first = MIN(first, excluded.first), last = MAX(last, excluded.last);
    END""",
    """INSERT INTO edge_monthly(source, target, plover, month, reports, originals, first, last)
        SELECT source, target, plover, substr(day, 1, 7), SUM(reports), SUM(originals), MIN(day), MAX(day)
        FROM edge_daily GROUP BY source, target, plover, substr(day, 1, 7)""",
]

MIGRATIONS.append((6, _V6))
SCHEMA_VERSION = MIGRATIONS[-1][0]

# v7: the near-duplicate LSH index in the store (newsgraph.ingest.dedup) instead of in the ingesting
# process, whose memory it grew by ~2.5 KB per document. Each stored MinHash signature (128 uint32
# slots, little-endian) is cut into 9 bands of 13 slots (52 bytes: dedup.BANDS x dedup.ROWS); a new
# document is compared with the stored ones that share a band. A trigger keeps the bands; existing
# signatures are banded here.
_BAND_NUMBERS = "(VALUES " + ", ".join(f"({b})" for b in range(9)) + ") AS b"
_V7 = [
    """CREATE TABLE minhash_bands (
        band INTEGER NOT NULL, slice BLOB NOT NULL,
        doc_id TEXT NOT NULL REFERENCES minhashes(doc_id) ON DELETE CASCADE,
        PRIMARY KEY (band, slice, doc_id)) WITHOUT ROWID""",
    """CREATE TRIGGER minhashes_bands AFTER INSERT ON minhashes BEGIN
        INSERT INTO minhash_bands(band, slice, doc_id)
        SELECT b.column1, substr(NEW.signature, b.column1 * 52 + 1, 52), NEW.doc_id FROM """ + _BAND_NUMBERS + """;
    END""",
    """INSERT INTO minhash_bands(band, slice, doc_id)
        SELECT b.column1, substr(m.signature, b.column1 * 52 + 1, 52), m.doc_id FROM minhashes m, """ + _BAND_NUMBERS,
]

MIGRATIONS.append((7, _V7))
SCHEMA_VERSION = MIGRATIONS[-1][0]
