"""The store's schema as numbered migrations; a store applies the ones it has not seen yet.

Statements are portable SQL (SQLite and PostgreSQL both accept them); a migration may give a
dialect-specific variant as a dict ``{"sqlite": ..., "postgresql": ...}``.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, list[str | dict[str, str]]]] = [
    (
        1,
        "documents, sentences and extracted records",
        [
            """CREATE TABLE documents (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                source TEXT,
                title TEXT,
                published TEXT,
                original TEXT NOT NULL,
                text TEXT NOT NULL,
                offset_map TEXT NOT NULL,
                meta TEXT,
                ingested_at TEXT NOT NULL
            )""",
            "CREATE INDEX documents_name ON documents(name)",
            "CREATE INDEX documents_source ON documents(source)",
            """CREATE TABLE sentences (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                kind TEXT NOT NULL,
                text TEXT NOT NULL,
                PRIMARY KEY (doc_id, idx)
            )""",
            """CREATE TABLE times (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                sentence INTEGER,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL,
                value TEXT,
                granularity TEXT,
                mod TEXT,
                inferred INTEGER NOT NULL DEFAULT 0,
                anchor TEXT,
                PRIMARY KEY (doc_id, idx)
            )""",
            """CREATE TABLE entities (
                id TEXT PRIMARY KEY,
                type TEXT NOT NULL,
                name TEXT NOT NULL,
                name_vi TEXT,
                wikidata TEXT,
                aliases TEXT NOT NULL DEFAULT '[]',
                meta TEXT
            )""",
            """CREATE TABLE mentions (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                sentence INTEGER,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL,
                type TEXT NOT NULL,
                entity_id TEXT,
                PRIMARY KEY (doc_id, idx)
            )""",
            "CREATE INDEX mentions_entity ON mentions(entity_id)",
            """CREATE TABLE quantities (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                sentence INTEGER,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                text TEXT NOT NULL,
                value REAL,
                unit TEXT,
                per TEXT,
                PRIMARY KEY (doc_id, idx)
            )""",
            """CREATE TABLE relations (
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                idx INTEGER NOT NULL,
                sentence INTEGER,
                kind TEXT NOT NULL,
                subject_id TEXT,
                role TEXT,
                object_id TEXT,
                start_offset INTEGER,
                end_offset INTEGER,
                text TEXT,
                PRIMARY KEY (doc_id, idx)
            )""",
            """CREATE TABLE events (
                id TEXT PRIMARY KEY,
                doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                sentence INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                trigger TEXT NOT NULL,
                action TEXT NOT NULL,
                modality TEXT NOT NULL,
                negated INTEGER NOT NULL DEFAULT 0,
                reported INTEGER NOT NULL DEFAULT 0,
                object TEXT,
                place TEXT,
                date_value TEXT,
                date_granularity TEXT,
                date_text TEXT,
                sort_key TEXT,
                amount TEXT,
                confidence REAL,
                cluster_id TEXT,
                record TEXT NOT NULL
            )""",
            "CREATE INDEX events_doc ON events(doc_id)",
            "CREATE INDEX events_sort ON events(sort_key)",
            """CREATE TABLE event_args (
                event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
                role TEXT NOT NULL,
                entity_id TEXT,
                text TEXT,
                start_offset INTEGER,
                end_offset INTEGER
            )""",
            "CREATE INDEX event_args_entity ON event_args(entity_id)",
            "CREATE INDEX event_args_event ON event_args(event_id)",
        ],
    ),
]

MIGRATIONS.append(
    (
        2,
        "full-text index over sentences (diacritics folded before indexing)",
        [
            {
                "sqlite": "CREATE VIRTUAL TABLE sentences_fts USING fts5("
                "folded, doc_id UNINDEXED, idx UNINDEXED, tokenize = 'unicode61 remove_diacritics 0')",
                "postgresql": "CREATE TABLE sentences_fts (doc_id TEXT NOT NULL, idx INTEGER NOT NULL, folded TEXT NOT NULL,"
                " tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED)",
            },
            {"sqlite": "", "postgresql": "CREATE INDEX sentences_fts_tsv ON sentences_fts USING GIN (tsv)"},
        ],
    )
)

MIGRATIONS.append(
    (
        3,
        "indexes for sentence-level lookups (ask, search filters)",
        [
            "CREATE INDEX mentions_sentence ON mentions(doc_id, sentence)",
            "CREATE INDEX mentions_entity_sentence ON mentions(entity_id, doc_id, sentence)",
            "CREATE INDEX times_sentence ON times(doc_id, sentence)",
            "CREATE INDEX events_sentence ON events(doc_id, sentence)",
            "CREATE INDEX relations_role ON relations(kind, role)",
        ],
    )
)

SCHEMA_VERSION = MIGRATIONS[-1][0]
