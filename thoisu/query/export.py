"""Export: every stored record, with its provenance, for other tools (JSONL, JSON or CSV).

    >>> from thoisu.query.export import export_records
    >>> rows = export_records(store, "events")        # doctest: +SKIP

Kinds: ``documents`` (without their texts), ``sentences``, ``times``, ``entities``, ``mentions``,
``relations``, ``quantities``, ``events`` (one row per event record, arguments as JSON), and
``timeline`` (merged entries with their sources).  In CSV, lists and dicts are JSON strings, so a
spreadsheet or GraphML writer gets scalars only.
"""

from __future__ import annotations

import json
from typing import Any

from thoisu.store.base import Store

KINDS = (
    "documents",
    "sentences",
    "times",
    "entities",
    "mentions",
    "relations",
    "quantities",
    "events",
    "timeline",
)

_SQL = {
    "documents": "SELECT id, name, title, source, published, ingested_at FROM documents ORDER BY name, id",
    "sentences": 'SELECT d.name AS doc, s.idx AS sentence, s.start_offset AS start, s.end_offset AS "end", s.kind,'
    " s.text FROM sentences s JOIN documents d ON d.id = s.doc_id ORDER BY d.name, s.idx",
    "times": 'SELECT d.name AS doc, t.sentence, t.start_offset AS start, t.end_offset AS "end", t.text, t.value,'
    " t.granularity, t.mod, t.inferred, t.anchor FROM times t JOIN documents d ON d.id = t.doc_id"
    " ORDER BY d.name, t.idx",
    "entities": "SELECT id, type, name, name_vi, wikidata, aliases FROM entities ORDER BY id",
    "mentions": 'SELECT d.name AS doc, m.sentence, m.start_offset AS start, m.end_offset AS "end", m.text, m.type,'
    " m.entity_id FROM mentions m JOIN documents d ON d.id = m.doc_id ORDER BY d.name, m.idx",
    "relations": "SELECT d.name AS doc, r.sentence, r.kind, r.subject_id AS subject, r.role, r.object_id AS object,"
    ' r.start_offset AS start, r.end_offset AS "end", r.text FROM relations r JOIN documents d ON d.id = r.doc_id'
    " ORDER BY d.name, r.idx",
    "quantities": 'SELECT d.name AS doc, q.sentence, q.start_offset AS start, q.end_offset AS "end", q.text,'
    " q.value, q.unit, q.per FROM quantities q JOIN documents d ON d.id = q.doc_id ORDER BY d.name, q.idx",
}


def export_records(store: Store, kind: str) -> list[dict[str, Any]]:
    if kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    if kind == "events":
        from thoisu.query.timeline import events_for

        return events_for(store)
    if kind == "timeline":
        from thoisu.query.timeline import timeline

        result = timeline(store)
        return result["entries"] + [dict(e, undated=True) for e in result["undated"]]
    rows = store.fetchall(_SQL[kind])
    if kind == "entities":
        for r in rows:
            r["aliases"] = json.loads(r["aliases"] or "[]")
    if kind == "times":
        for r in rows:
            r["inferred"] = bool(r["inferred"])
    return rows


def flatten(row: dict[str, Any]) -> dict[str, Any]:
    """Scalars only: lists and dicts become JSON strings (for CSV and GraphML-minded tools)."""
    return {
        k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in row.items()
    }
