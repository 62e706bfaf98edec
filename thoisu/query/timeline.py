"""Event records and the timeline: filtered, sorted by date with its granularity, merged across documents.

    >>> from thoisu.query.timeline import timeline
    >>> timeline(store, actors=["Nga"], date_from="1991", date_to="2022")   # doctest: +SKIP
    {'entries': [{'date': '1991-07', 'action': 'ESTABLISH', 'summary': '…', 'sources': [...]}, …], 'undated': [...]}

Merging: two records are one event when they share the action, their dates are compatible (equal,
or one a coarser prefix of the other: ``2010-10`` and ``2010-10-28``), their actors overlap (all of
the smaller set) and their places do not disagree.  The merged entry lists every source.
"""

from __future__ import annotations

import json
from typing import Any

from thoisu.extract.actions import ontology
from thoisu.store.base import Store


def _actor_ids(store: Store, actors: list[str] | None) -> list[list[str]]:
    from thoisu.query.entities import resolve_entities

    groups = []
    for a in actors or []:
        ids = resolve_entities(store, a)
        groups.append(ids or [f"<unknown:{a}>"])
    return groups


def events_for(
    store: Store,
    actors: list[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    action: list[str] | None = None,
    doc: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Event records matching every filter (each actor given must take part)."""
    sql = (
        "SELECT e.id, d.name AS doc, e.sentence, e.record, s.text AS sentence_text,"
        " s.start_offset AS sentence_start, s.end_offset AS sentence_end, e.sort_key"
        " FROM events e JOIN documents d ON d.id = e.doc_id"
        " LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence WHERE 1=1"
    )
    params: list[Any] = []
    for group in _actor_ids(store, actors):
        marks = ",".join("?" * len(group))
        sql += f" AND e.id IN (SELECT event_id FROM event_args WHERE entity_id IN ({marks}))"
        params.extend(group)
    if date_from:
        sql += " AND e.sort_key IS NOT NULL AND substr(e.sort_key, 1, ?) >= ?"
        params += [len(date_from), date_from]
    if date_to:
        sql += " AND e.sort_key IS NOT NULL AND substr(e.sort_key, 1, ?) <= ?"
        params += [len(date_to), date_to]
    if action:
        marks = ",".join("?" * len(action))
        sql += f" AND e.action IN ({marks})"
        params.extend(a.upper() for a in action)
    if doc:
        sql += " AND (d.name = ? OR d.id = ?)"
        params += [doc, doc]
    sql += " ORDER BY e.sort_key IS NULL, e.sort_key, d.name, e.sentence, e.start_offset"
    if limit:
        sql += f" LIMIT {int(limit)}"
    out = []
    for row in store.fetchall(sql, params):
        rec = json.loads(row["record"])
        out.append(
            {
                "id": row["id"],
                "doc": row["doc"],
                "sentence": row["sentence"],
                "sentence_text": row["sentence_text"],
                "sentence_start": row["sentence_start"],
                "sentence_end": row["sentence_end"],
                "start": rec["start"],
                "end": rec["end"],
                "trigger": rec["trigger"],
                "action": rec["action"],
                "modality": rec["modality"],
                "negated": rec["negated"],
                "reported": rec["reported"],
                "actors": rec["actors"],
                "object": rec["object"],
                "place": rec["place"],
                "date": rec["date"],
                "amount": rec["amount"],
                "confidence": rec["confidence"],
            }
        )
    return out


def _compatible_dates(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a == b
    return a == b or a.startswith(b + "-") or b.startswith(a + "-")


def _ids(args: list[dict[str, Any]]) -> set[str]:
    return {a["entity_id"] for a in args if a.get("entity_id")}


def _same_event(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["action"] != b["action"] or a["negated"] != b["negated"]:
        return False
    da, db = (a["date"] or {}).get("value"), (b["date"] or {}).get("value")
    if not _compatible_dates(da, db):
        return False
    xa, xb = _ids(a["actors"]), _ids(b["actors"])
    if not xa or not xb:
        return False
    small, big = (xa, xb) if len(xa) <= len(xb) else (xb, xa)
    if not small <= big:
        return False
    pa, pb = (a["place"] or {}).get("entity_id"), (b["place"] or {}).get("entity_id")
    if pa and pb and pa != pb:
        return False
    oa, ob = (a["object"] or {}).get("entity_id"), (b["object"] or {}).get("entity_id")
    return not (oa and ob and oa != ob)


def merge(records: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group records that report one event (see module docs); order follows the input."""
    clusters: list[list[dict[str, Any]]] = []
    for rec in records:
        for c in clusters:
            if _same_event(c[0], rec):
                c.append(rec)
                break
        else:
            clusters.append([rec])
    return clusters


def summary_vi(rec: dict[str, Any], names: dict[str, str]) -> str:
    """A one-line Vietnamese summary generated from the record (never copied from the text)."""

    def name(arg: dict[str, Any] | None) -> str:
        """The name as the source wrote it: summaries read like the text they cite."""
        if not arg:
            return ""
        return arg.get("text") or names.get(arg.get("entity_id") or "", "")

    sources = [name(a) for a in rec["actors"] if a.get("role") == "source"] or [
        name(a) for a in rec["actors"][:1]
    ]
    targets = [name(a) for a in rec["actors"] if a.get("role") == "target"]
    trigger = rec["trigger"].lower()
    nominal = trigger.split()[0] in ("chuyến", "cuộc", "lệnh", "lời", "việc", "buổi")
    verb = (
        trigger
        if len(trigger.split()) > 1 and not nominal
        else ontology()[rec["action"]].get("verb_vi", trigger)
    )
    prefix = {
        "planned": "dự kiến ",
        "hoped": "hy vọng ",
        "possible": "có thể ",
        "requested": "được đề nghị ",
    }.get(rec["modality"], "")
    parts = [" và ".join(dict.fromkeys(sources)), ("không " if rec["negated"] else "") + prefix + verb]
    if rec["action"] == "APPOINT":  # "Nga bổ nhiệm Alexander A. Ivanov (ASEAN)"
        people = [t for t in targets if t not in sources]
        post = f" ({name(rec['object'])})" if rec["object"] else ""
        return " ".join([*parts, ", ".join(people)]).strip() + post
    if rec["object"]:
        parts.append(name(rec["object"]))
    targets = [t for t in dict.fromkeys(targets) if t != name(rec["object"]) and t not in sources]
    if targets:
        joiner = {
            "VISIT": "",
            "ACCUSE": "",
            "ATTACK": "",
            "SANCTION": "",
            "PROVIDE_AID": "cho ",
            "APPOINT": "",
        }.get(rec["action"], "với ")
        parts.append(joiner + ", ".join(targets))
    target_ids = {a.get("entity_id") for a in rec["actors"] if a.get("role") == "target"}
    place = rec["place"]
    if place and place.get("entity_id") not in target_ids and name(place) not in targets:
        parts.append("tại " + name(place))  # not "thăm Việt Nam tại Việt Nam": the visit went there
    return " ".join(p for p in parts if p).strip()


def timeline(store: Store, **filters: Any) -> dict[str, Any]:
    """``{entries: [...], undated: [...]}``; each entry has date, action, summary and its sources."""
    records = events_for(store, **filters)
    ids = {a.get("entity_id") for r in records for a in [*r["actors"], r["object"] or {}, r["place"] or {}]}
    names = _vi_names(store, {i for i in ids if i})
    dated, undated = [], []
    for cluster in merge(records):
        head = max(cluster, key=lambda r: (len((r["date"] or {}).get("value") or ""), r["confidence"]))
        entry = {
            "date": (head["date"] or {}).get("value"),
            "granularity": (head["date"] or {}).get("granularity"),
            "action": head["action"],
            "modality": head["modality"],
            "negated": head["negated"],
            "summary": summary_vi(head, names),
            "actors": sorted({a["entity_id"] for r in cluster for a in r["actors"] if a.get("entity_id")}),
            "object": (head["object"] or {}).get("text"),
            "place": names.get(
                (head["place"] or {}).get("entity_id") or "", (head["place"] or {}).get("text")
            ),
            "sources": [
                {"doc": r["doc"], "sentence": r["sentence"], "text": r["sentence_text"], "event": r["id"]}
                for r in cluster
            ],
        }
        (dated if head.get("date") and _sortable(entry["date"]) else undated).append(entry)
    from thoisu.extract.dates import sort_key

    dated.sort(key=lambda e: sort_key(e["date"]) or "")
    return {"entries": dated, "undated": undated}


def _sortable(value: str | None) -> bool:
    from thoisu.extract.dates import sort_key

    return sort_key(value) is not None


def _vi_names(store: Store, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = store.fetchall(f"SELECT id, name, name_vi FROM entities WHERE id IN ({marks})", list(ids))
    return {r["id"]: r["name_vi"] or r["name"] for r in rows}
