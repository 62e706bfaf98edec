"""Documents and their records, as the CLI's `show` and the API's /documents/{id} return them."""

from __future__ import annotations

import json
from typing import Any

from thoisu.store.base import Store


def document_record(store: Store, key: str) -> dict[str, Any]:
    """``{id, name, title, source, published, text, sentences, times, mentions, quantities, events}``.

    Every sentence carries ``start``/``end`` offsets with ``text == document.text[start:end]``.
    """
    row = store.find_document(key)
    doc_id = row["id"]
    sentences = store.fetchall(
        'SELECT idx AS "index", start_offset AS start, end_offset AS "end", kind, text FROM sentences'
        " WHERE doc_id = ? ORDER BY idx",
        (doc_id,),
    )
    times = store.fetchall(
        'SELECT sentence, start_offset AS start, end_offset AS "end", text, value, granularity, mod, inferred, anchor'
        " FROM times WHERE doc_id = ? ORDER BY idx",
        (doc_id,),
    )
    for t in times:
        t["inferred"] = bool(t["inferred"])
    mentions = store.fetchall(
        'SELECT sentence, start_offset AS start, end_offset AS "end", text, type, entity_id FROM mentions'
        " WHERE doc_id = ? ORDER BY idx",
        (doc_id,),
    )
    quantities = store.fetchall(
        'SELECT sentence, start_offset AS start, end_offset AS "end", text, value, unit, per FROM quantities'
        " WHERE doc_id = ? ORDER BY idx",
        (doc_id,),
    )
    events = [
        json.loads(r["record"]) | {"id": r["id"]}
        for r in store.fetchall(
            "SELECT id, record FROM events WHERE doc_id = ? ORDER BY sentence, start_offset", (doc_id,)
        )
    ]
    return {
        "id": doc_id,
        "name": row["name"],
        "title": row["title"],
        "source": row["source"],
        "published": row["published"],
        "text": row["text"],
        "sentences": sentences,
        "times": times,
        "mentions": mentions,
        "quantities": quantities,
        "events": events,
    }
