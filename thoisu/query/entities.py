"""Entities: the listing, name resolution, and an entity's profile page.

>>> from thoisu.query.entities import resolve_entities
>>> resolve_entities(store, "Nga")            # doctest: +SKIP
['RUS']
"""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

from thoisu.store.base import Store
from thoisu.text.normalize import fold, tone_key


def _key(text: str) -> str:
    return " ".join(fold(tone_key(text)).replace("-", " ").split())


def list_entities(store: Store, etype: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """``{id, name, name_vi, type, aliases, wikidata, mentions, docs}`` for every entity mentioned."""
    sql = (
        "SELECT e.id, e.name, e.name_vi, e.type, e.aliases, e.wikidata,"
        " COUNT(m.doc_id) AS mentions, COUNT(DISTINCT m.doc_id) AS docs"
        " FROM entities e JOIN mentions m ON m.entity_id = e.id"
    )
    params: list[Any] = []
    if etype:
        sql += " WHERE e.type = ?"
        params.append(etype.upper())
    sql += " GROUP BY e.id, e.name, e.name_vi, e.type, e.aliases, e.wikidata ORDER BY mentions DESC, e.name"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.fetchall(sql, params)
    for r in rows:
        r["aliases"] = json.loads(r["aliases"] or "[]")
    return rows


def resolve_entities(store: Store, name: str) -> list[str]:
    """Entity ids whose id, name, Vietnamese name or an alias equals ``name`` (diacritics optional)."""
    wanted = _key(name)
    exact = store.fetchall("SELECT id FROM entities WHERE id = ?", (name,))
    if exact:
        return [exact[0]["id"]]
    out = []
    for row in store.fetchall("SELECT id, name, name_vi, aliases FROM entities"):
        names = [row["name"], row["name_vi"] or "", *json.loads(row["aliases"] or "[]")]
        if any(_key(n) == wanted for n in names if n):
            out.append(row["id"])
    if not out:  # a partial name: "Lavrov" for "Sergey Lavrov"
        for row in store.fetchall("SELECT id, name FROM entities WHERE type = 'PER'"):
            if wanted and wanted in _key(row["name"]).split():
                out.append(row["id"])
    return out


def bare_surnames(store: Store, text: str, mentions: list[Any]) -> list[Any]:
    """Mentions for the lone foreign words of ``text`` that no mention covers and that are the surname of
    a person the store knows: a user types "Parscale có còn …?" where the article wrote "Brad Parscale",
    and nothing in the question itself says the word is a name."""
    from thoisu.extract.entities import _foreign_syllable
    from thoisu.model import Mention

    found = []
    surnames: list[tuple[str, str]] | None = None  # (surname key, id) of every stored person, read once
    for m in re.finditer(r"(?<![\w-])[A-Z][^\W\d_]+(?![\w-])", text):
        if any(x.start < m.end() and m.start() < x.end for x in mentions) or not _foreign_syllable(m.group()):
            continue
        if re.search(r"[A-ZĐ][^\W\d_]*\s+$", text[: m.start()]) or re.match(r"\s+[A-ZĐ]", text[m.end() :]):
            continue  # part of a longer capitalised run the recogniser chose not to call a name
        if surnames is None:
            surnames = [
                (_key(r["name"]).split()[-1], r["id"])
                for r in store.fetchall("SELECT id, name FROM entities WHERE type = 'PER'")
                if _key(r["name"])
            ]
        wanted = _key(m.group())
        people = [eid for surname, eid in surnames if surname == wanted]
        if len(people) == 1:
            found.append(Mention(m.start(), m.end(), m.group(), "PER", people[0]))
    return found


def entity_profile(store: Store, name: str, limit: int = 50) -> dict[str, Any] | None:
    """Aliases, roles, mentions with their sentences, events and co-occurring entities."""
    ids = resolve_entities(store, name)
    if not ids:
        return None
    eid = ids[0]
    ent = store.fetchone("SELECT * FROM entities WHERE id = ?", (eid,)) or {}
    ent["aliases"] = json.loads(ent.get("aliases") or "[]")
    ent.pop("meta", None)
    mentions = store.fetchall(
        'SELECT d.name AS doc, m.sentence, m.start_offset AS start, m.end_offset AS "end", m.text, s.text AS sentence_text'
        " FROM mentions m JOIN documents d ON d.id = m.doc_id"
        " LEFT JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence"
        " WHERE m.entity_id = ? ORDER BY d.name, m.start_offset",
        (eid,),
    )
    roles = store.fetchall(
        "SELECT d.name AS doc, r.sentence, r.kind, r.subject_id AS subject, r.role, r.object_id AS object, r.text"
        " FROM relations r JOIN documents d ON d.id = r.doc_id WHERE r.subject_id = ? OR r.object_id = ?"
        " ORDER BY d.name, r.start_offset",
        (eid, eid),
    )
    names = _names(store, {r["subject"] for r in roles} | {r["object"] for r in roles})
    for r in roles:
        r["subject_name"] = names.get(r["subject"])
        r["object_name"] = names.get(r["object"])
    co = Counter()
    for row in store.fetchall(
        "SELECT m2.entity_id AS other FROM mentions m1 JOIN mentions m2"
        " ON m1.doc_id = m2.doc_id AND m1.sentence = m2.sentence AND m2.entity_id <> m1.entity_id"
        " WHERE m1.entity_id = ?",
        (eid,),
    ):
        co[row["other"]] += 1
    other_names = _names(store, set(co))
    from thoisu.query.timeline import events_for

    return {
        **ent,
        "mention_count": len(mentions),
        "docs": sorted({m["doc"] for m in mentions}),
        "roles": roles,
        "mentions": mentions[:limit],
        "events": events_for(store, actors=[eid], limit=limit),
        "related": [{"id": k, "name": other_names.get(k), "sentences": v} for k, v in co.most_common(15)],
    }


def _names(store: Store, ids: set[str | None]) -> dict[str, str]:
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    marks = ",".join("?" * len(wanted))
    return {
        r["id"]: r["name"]
        for r in store.fetchall(f"SELECT id, name FROM entities WHERE id IN ({marks})", wanted)
    }
