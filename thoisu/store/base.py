"""The store interface and the dialect-neutral write path shared by every backend.

A backend supplies a DB-API connection and its placeholder style; everything else — schema
migrations, writing a batch of documents in one transaction, reading documents back — lives
here, so SQLite and PostgreSQL cannot drift apart.
"""

from __future__ import annotations

import json
from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from thoisu.model import Doc
from thoisu.store.schema import MIGRATIONS, SCHEMA_VERSION
from thoisu.text.normalize import fold, tone_key


class StoreError(RuntimeError):
    pass


class DocumentNotFound(StoreError):
    pass


class AmbiguousDocument(StoreError):
    pass


class Store(ABC):
    """Base class: subclasses provide ``connect`` and the dialect name."""

    dialect: str = "sqlite"
    placeholder: str = "?"

    def __init__(self) -> None:
        self.conn = self.connect()
        self.migrate()

    # -- backend hooks -----------------------------------------------------------------------
    @abstractmethod
    def connect(self) -> Any: ...

    def close(self) -> None:
        self.conn.close()

    # -- SQL helpers -------------------------------------------------------------------------
    def sql(self, statement: str) -> str:
        return statement if self.placeholder == "?" else statement.replace("?", self.placeholder)

    def fetchall(self, statement: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.conn.cursor()
        cur.execute(self.sql(statement), tuple(params))
        cols = [d[0] for d in cur.description] if cur.description else []
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

    def fetchone(self, statement: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self.fetchall(statement, params)
        return rows[0] if rows else None

    def scalar(self, statement: str, params: Sequence[Any] = ()) -> Any:
        row = self.fetchone(statement, params)
        return next(iter(row.values())) if row else None

    # -- schema ------------------------------------------------------------------------------
    def migrate(self) -> None:
        cur = self.conn.cursor()
        cur.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT, note TEXT)"
        )
        self.conn.commit()
        current = self.scalar("SELECT MAX(version) AS v FROM schema_version") or 0
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"store schema version {current} is newer than this thoisu ({SCHEMA_VERSION}); upgrade thoisu"
            )
        for version, note, statements in MIGRATIONS:
            if version <= current:
                continue
            try:
                self.begin(cur)
                for stmt in statements:
                    text = stmt[self.dialect] if isinstance(stmt, dict) else stmt
                    if text:
                        cur.execute(text)
                cur.execute(
                    self.sql("INSERT INTO schema_version (version, applied_at, note) VALUES (?, ?, ?)"),
                    (version, _now(), note),
                )
                self.conn.commit()
            except Exception:
                self.conn.rollback()
                raise

    def schema_version(self) -> int:
        return int(self.scalar("SELECT MAX(version) AS v FROM schema_version") or 0)

    # -- writing -----------------------------------------------------------------------------
    def add_documents(self, docs: Iterable[Doc]) -> list[tuple[Doc, str]]:
        """Store a batch in ONE transaction; returns ``(doc, status)`` with status new|updated|unchanged.

        A document whose id (hash of its normalised text) is already stored is unchanged; one whose
        source was stored with other text replaces that older version.  Any error rolls the whole
        batch back and re-raises: the store is left as it was before the batch.
        """
        results: list[tuple[Doc, str]] = []
        cur = self.conn.cursor()
        try:
            self.begin(cur)
            for doc in docs:
                if self._exists(cur, doc.id):
                    results.append((doc, "unchanged"))
                    continue
                status = "new"
                if doc.source:
                    cur.execute(self.sql("SELECT id FROM documents WHERE source = ?"), (doc.source,))
                    old = [r[0] for r in cur.fetchall()]
                    for old_id in old:
                        self._delete(cur, old_id)
                        status = "updated"
                self._insert(cur, doc)
                results.append((doc, status))
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        return results

    def begin(self, cur: Any) -> None:  # noqa: B027 - optional hook: PostgreSQL's driver opens one itself
        """Open a transaction explicitly (SQLite's driver would otherwise defer it)."""

    def _exists(self, cur: Any, doc_id: str) -> bool:
        cur.execute(self.sql("SELECT 1 FROM documents WHERE id = ?"), (doc_id,))
        return cur.fetchone() is not None

    def _delete(self, cur: Any, doc_id: str) -> None:
        cur.execute(
            self.sql("DELETE FROM event_args WHERE event_id IN (SELECT id FROM events WHERE doc_id = ?)"),
            (doc_id,),
        )
        for table in ("events", "relations", "quantities", "mentions", "times", "sentences", "sentences_fts"):
            cur.execute(self.sql(f"DELETE FROM {table} WHERE doc_id = ?"), (doc_id,))
        cur.execute(self.sql("DELETE FROM documents WHERE id = ?"), (doc_id,))

    def _insert(self, cur: Any, doc: Doc) -> None:
        q = self.sql
        cur.execute(
            q(
                "INSERT INTO documents (id, name, source, title, published, original, text, offset_map, meta, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            (
                doc.id,
                doc.name,
                doc.source,
                doc.title,
                doc.published,
                doc.original,
                doc.text,
                json.dumps(doc.offset_map),
                json.dumps(doc.meta, ensure_ascii=False, default=str),
                _now(),
            ),
        )
        cur.executemany(
            q(
                "INSERT INTO sentences (doc_id, idx, start_offset, end_offset, kind, text) VALUES (?, ?, ?, ?, ?, ?)"
            ),
            [
                (doc.id, i, s.start, s.end, s.kind, doc.text[s.start : s.end])
                for i, s in enumerate(doc.sentences)
            ],
        )
        cur.executemany(
            q("INSERT INTO sentences_fts (folded, doc_id, idx) VALUES (?, ?, ?)"),
            [(fold(tone_key(doc.text[s.start : s.end])), doc.id, i) for i, s in enumerate(doc.sentences)],
        )
        cur.executemany(
            q(
                "INSERT INTO times (doc_id, idx, sentence, start_offset, end_offset, text, value, granularity, mod,"
                " inferred, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            [
                (
                    doc.id,
                    i,
                    t.sentence,
                    t.start,
                    t.end,
                    t.text,
                    t.value,
                    t.granularity,
                    t.mod,
                    int(t.inferred),
                    t.anchor,
                )
                for i, t in enumerate(doc.times)
            ],
        )
        for eid, ent in doc.entities.items():
            self._upsert_entity(cur, eid, ent)
        cur.executemany(
            q(
                "INSERT INTO mentions (doc_id, idx, sentence, start_offset, end_offset, text, type, entity_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            [
                (doc.id, i, m.sentence, m.start, m.end, m.text, m.type, m.entity_id)
                for i, m in enumerate(doc.mentions)
            ],
        )
        cur.executemany(
            q(
                "INSERT INTO quantities (doc_id, idx, sentence, start_offset, end_offset, text, value, unit, per)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            [
                (doc.id, i, x.sentence, x.start, x.end, x.text, x.value, x.unit, x.per)
                for i, x in enumerate(doc.quantities)
            ],
        )
        cur.executemany(
            q(
                "INSERT INTO relations (doc_id, idx, sentence, kind, subject_id, role, object_id, start_offset,"
                " end_offset, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            [
                (
                    doc.id,
                    i,
                    r.get("sentence"),
                    r["kind"],
                    r.get("subject"),
                    r.get("role"),
                    r.get("object"),
                    r.get("start"),
                    r.get("end"),
                    r.get("text"),
                )
                for i, r in enumerate(doc.relations)
            ],
        )
        for i, ev in enumerate(doc.events):
            self._insert_event(cur, doc, i, ev)

    def _insert_event(self, cur: Any, doc: Doc, i: int, ev: Any) -> None:
        from thoisu.extract.dates import sort_key

        event_id = f"{doc.id}:{i}"
        record = asdict(ev)
        date = ev.date or {}
        cur.execute(
            self.sql(
                "INSERT INTO events (id, doc_id, sentence, start_offset, end_offset, trigger, action, modality, negated,"
                " reported, object, place, date_value, date_granularity, date_text, sort_key, amount, confidence,"
                " cluster_id, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            ),
            (
                event_id,
                doc.id,
                ev.sentence,
                ev.start,
                ev.end,
                ev.trigger,
                ev.action,
                ev.modality,
                int(ev.negated),
                int(ev.reported),
                _json(ev.object),
                _json(ev.place),
                date.get("value"),
                date.get("granularity"),
                date.get("text"),
                sort_key(date.get("value")),
                _json(ev.amount),
                ev.confidence,
                None,
                _json(record),
            ),
        )
        args = [
            (
                event_id,
                a.get("role", "actor"),
                a.get("entity_id"),
                a.get("text"),
                a.get("start"),
                a.get("end"),
            )
            for a in ev.actors
        ]
        for role, arg in (("object", ev.object), ("place", ev.place)):
            if arg:
                args.append(
                    (event_id, role, arg.get("entity_id"), arg.get("text"), arg.get("start"), arg.get("end"))
                )
        cur.executemany(
            self.sql(
                "INSERT INTO event_args (event_id, role, entity_id, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?)"
            ),
            args,
        )

    def _upsert_entity(self, cur: Any, eid: str, ent: dict[str, Any]) -> None:
        cur.execute(self.sql("SELECT aliases FROM entities WHERE id = ?"), (eid,))
        row = cur.fetchone()
        aliases = sorted(set(ent.get("aliases") or []) | set(json.loads(row[0]) if row else []))
        if row:
            cur.execute(
                self.sql("UPDATE entities SET aliases = ? WHERE id = ?"),
                (json.dumps(aliases, ensure_ascii=False), eid),
            )
        else:
            cur.execute(
                self.sql(
                    "INSERT INTO entities (id, type, name, name_vi, wikidata, aliases, meta) VALUES (?, ?, ?, ?, ?, ?, ?)"
                ),
                (
                    eid,
                    ent["type"],
                    ent["name"],
                    ent.get("name_vi"),
                    ent.get("wikidata"),
                    json.dumps(aliases, ensure_ascii=False),
                    _json(
                        {
                            k: v
                            for k, v in ent.items()
                            if k not in {"type", "name", "name_vi", "wikidata", "aliases"}
                        }
                    ),
                ),
            )

    # -- reading -----------------------------------------------------------------------------
    def find_document(self, key: str) -> dict[str, Any]:
        """A document by id, id prefix (≥ 6 characters) or name; raises when none or several match."""
        rows = self.fetchall("SELECT * FROM documents WHERE id = ? OR name = ?", (key, key))
        if not rows and len(key) >= 6:
            rows = self.fetchall("SELECT * FROM documents WHERE id LIKE ?", (key + "%",))
        if not rows:
            raise DocumentNotFound(f"no document with id or name {key!r}; `thoisu docs` lists them")
        if len(rows) > 1:
            ids = ", ".join(f"{r['id']} ({r['source']})" for r in rows)
            raise AmbiguousDocument(f"{len(rows)} documents are named {key!r}: {ids}; give the id instead")
        return rows[0]

    def list_documents(self) -> list[dict[str, Any]]:
        return self.fetchall(
            "SELECT d.id, d.name, d.title, d.published, d.source,"
            " (SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id) AS sentences,"
            " (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) AS events"
            " FROM documents d ORDER BY d.name, d.id"
        )

    def stats(self) -> dict[str, Any]:
        counts = {
            table: int(self.scalar(f"SELECT COUNT(*) AS n FROM {table}") or 0)
            for table in (
                "documents",
                "sentences",
                "times",
                "entities",
                "mentions",
                "quantities",
                "relations",
                "events",
            )
        }
        counts["schema_version"] = self.schema_version()
        return counts


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)
