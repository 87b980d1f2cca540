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
