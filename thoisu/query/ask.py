"""Answer a Vietnamese question from the store, with the sentence that proves it — or say it can't.

1. Read the question: what it asks for (``khi nào`` → date, ``ở đâu`` → place, ``ai`` → person,
   ``bao nhiêu`` → number, ``những … nào`` → list, ``có … không`` → yes/no, ``vì sao`` → reason),
   its entities (the same recogniser as ingest) and its action words (the event triggers).
2. A named entity the store has never seen ends it: the reply names it.
3. Candidate sentences mention every entity of the question; each is scored by how many of the
   question's content words it contains, plus a bonus when it holds an event of the asked action.
4. The answer comes from the structured records of the best-supported sentence (event date,
   place, actors, object; quantities; times), never from free text guessing.  Below the support
   threshold the answer is null.

    >>> from thoisu.query.ask import ask
    >>> ask(store, "Nga trở thành Đối tác Đối thoại đầy đủ của ASEAN khi nào?")["normalized"]   # doctest: +SKIP
    '1996-07'
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from thoisu.store.base import Store
from thoisu.text.normalize import fold, normalize, tone_key

SUPPORT = 0.6  # share of the question's content words a sentence must contain


@lru_cache(maxsize=1)
def _spec() -> dict[str, Any]:
    return yaml.safe_load(resources.files("thoisu.extract.data").joinpath("questions.yaml").read_text("utf-8"))


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(tone_key(text)))


def question_type(question: str) -> str:
    folded = " " + " ".join(_words(question)) + " "
    best: tuple[int, str] | None = None
    for qtype, patterns in _spec()["types"].items():
        for p in patterns:
            if f" {p} " in folded and (best is None or len(p) > best[0]):
                best = (len(p), qtype)
    if best and best[1] == "yesno" and not folded.strip().startswith("co ") and " co " not in folded:
        return "yesno" if folded.rstrip().endswith(" khong") else "entity"
    return best[1] if best else "entity"


def ask(store: Store, question: str) -> dict[str, Any]:
    from thoisu.extract.events import _triggers
    from thoisu.pipeline import Pipeline
    from thoisu.query.entities import resolve_entities

    text, _ = normalize(question)
    qtype = question_type(text)
    reply: dict[str, Any] = {"question": question, "type": qtype, "answer": None, "normalized": None,
                             "evidence": [], "confidence": 0.0}
    qdoc = Pipeline(["sentences", "tokens", "entities"]).from_text(text, name="question")
    entity_ids: list[str] = []
    unknown: list[str] = []
    for m in qdoc.mentions:
        stored = resolve_entities(store, m.entity_id) if m.entity_id else []
        if not stored:
            stored = resolve_entities(store, m.text)
        if stored:
            entity_ids.append(stored[0])
        else:
            unknown.append(m.text)
    if unknown:
        reply["not_found"] = unknown
        reply["message"] = "Không có trong kho dữ liệu: " + ", ".join(unknown)
        return reply
    entity_ids = list(dict.fromkeys(entity_ids))
    entity_words = {w for m in qdoc.mentions for w in _words(m.text)}
    triggers, longest = _triggers()
    qwords = _words(text)
    actions = {t.action for k in range(len(qwords)) for n in range(1, longest + 1)
               if (t := _trigger_for(triggers, qwords[k : k + n]))}
    stop = set(_spec()["stopwords"])
    content = [w for w in qwords if w not in stop and w not in entity_words]
    candidates = _candidate_sentences(store, entity_ids, content)
    scored = []
    for c in candidates:
        words = set(_words(c["text"]))
        coverage = sum(1 for w in content if w in words) / len(content) if content else 1.0
        has_action = bool(actions & {e["action"] for e in c["events"]})
        score = coverage + (0.3 if has_action else 0.0)
        if coverage >= SUPPORT or (has_action and coverage >= SUPPORT - 0.2):
            scored.append((score, c))
    if not scored:
        reply["message"] = "Không tìm thấy câu nào trong kho dữ liệu trả lời câu hỏi này."
        return reply
    scored.sort(key=lambda x: -x[0])
    extractor = _EXTRACTORS[qtype]
    if qtype == "list":
        items = []
        for score, c in scored:
            for item in extractor(c, actions, entity_ids, text):
                if item["normalized"] not in {i["normalized"] for i in items}:
                    items.append({**item, "evidence": [_evidence(c)]})
        if items:
            reply.update(answer=[i["answer"] for i in items], normalized=[i["normalized"] for i in items],
                         items=items, evidence=[e for i in items for e in i["evidence"]],
                         confidence=round(min(1.0, scored[0][0]), 2))
        return reply
    for score, c in scored:
        found = extractor(c, actions, entity_ids, text)
        if found:
            reply.update(answer=found[0]["answer"], normalized=found[0]["normalized"], evidence=[_evidence(c)],
                         confidence=round(min(1.0, score), 2))
            return reply
    reply["message"] = "Có câu liên quan nhưng không nêu điều được hỏi."
    return reply


def _trigger_for(triggers: dict, words: list[str]):
    return triggers.get(tuple(words)) if words else None


def _evidence(c: dict[str, Any]) -> dict[str, Any]:
    return {"doc": c["doc"], "sentence": c["idx"], "text": c["text"], "start": c["start"], "end": c["end"]}


def _candidate_sentences(store: Store, entity_ids: list[str], content: list[str]) -> list[dict[str, Any]]:
    if entity_ids:
        sql = (
            "SELECT s.doc_id, d.name AS doc, s.idx, s.text, s.start_offset AS start, s.end_offset AS \"end\""
            " FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE 1=1"
        )
        params: list[Any] = []
        for eid in entity_ids:
            sql += " AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = s.doc_id AND m.sentence = s.idx AND m.entity_id = ?)"
            params.append(eid)
        rows = store.fetchall(sql + " LIMIT 500", params)
    else:
        from thoisu.query.search import search

        hits = search(store, " ".join(content), limit=30)
        rows = []
        for h in hits:
            row = store.fetchone("SELECT d.id AS doc_id, d.name AS doc FROM documents d WHERE d.name = ?", (h["doc"],))
            rows.append({"doc_id": row["doc_id"], "doc": h["doc"], "idx": h["index"], "text": h["sentence"],
                         "start": h["start"], "end": h["end"]})
    for r in rows:
        _attach_records(store, r)
    return rows


def _attach_records(store: Store, row: dict[str, Any]) -> None:
    import json

    key = (row["doc_id"], row["idx"])
    row["events"] = [json.loads(e["record"]) for e in store.fetchall(
        "SELECT record FROM events WHERE doc_id = ? AND sentence = ? ORDER BY start_offset", key)]
    row["times"] = store.fetchall(
        "SELECT text, value, granularity, start_offset AS start FROM times WHERE doc_id = ? AND sentence = ?"
        " ORDER BY start_offset", key)
    row["mentions"] = store.fetchall(
        "SELECT m.text, m.type, m.entity_id, m.start_offset AS start, m.end_offset AS \"end\", e.name, e.name_vi"
        " FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? AND m.sentence = ?"
        " ORDER BY m.start_offset", key)
    row["quantities"] = store.fetchall(
        "SELECT text, value, unit, per FROM quantities WHERE doc_id = ? AND sentence = ? ORDER BY start_offset", key)
    doc_text = store.fetchone("SELECT text FROM documents WHERE id = ?", (row["doc_id"],))
    row["doc_text"] = doc_text["text"] if doc_text else ""


def _matching_events(c: dict[str, Any], actions: set[str]) -> list[dict[str, Any]]:
    evs = [e for e in c["events"] if not actions or e["action"] in actions]
    return evs


def _date_answer(c, actions, entity_ids, question):
    for e in _matching_events(c, actions):
        if e.get("date") and e["date"].get("value"):
            return [{"answer": e["date"]["text"], "normalized": e["date"]["value"]}]
    if actions:
        return []
    dated = [t for t in c["times"] if t["granularity"] != "duration" and t["value"]]
    return [{"answer": dated[0]["text"], "normalized": dated[0]["value"]}] if len(dated) == 1 else []


def _place_answer(c, actions, entity_ids, question):
    for e in _matching_events(c, actions):
        if e.get("place"):
            return [_entity_item(c, e["place"]["entity_id"], e["place"]["text"])]
    for m in c["mentions"]:
        before = c["doc_text"][max(0, m["start"] - 5) : m["start"]]
        if m["type"] == "LOC" and m["entity_id"] not in entity_ids and re.search(r"(tại|ở|\()\s*$", before):
            return [_entity_item(c, m["entity_id"], m["text"])]
    return []


def _entity_item(c, eid, text):
    name = next((m["name"] for m in c["mentions"] if m["entity_id"] == eid and m["name"]), None)
    return {"answer": text, "normalized": name or text}


def _person_answer(c, actions, entity_ids, question):
    for e in _matching_events(c, actions):
        for a in e["actors"]:
            if a.get("type") == "PER" and a.get("entity_id") not in entity_ids:
                return [_entity_item(c, a["entity_id"], a["text"])]
    people = [m for m in c["mentions"] if m["type"] == "PER" and m["entity_id"] not in entity_ids]
    return [_entity_item(c, people[0]["entity_id"], people[0]["text"])] if len(people) == 1 else []


def _number_answer(c, actions, entity_ids, question):
    if c["quantities"]:
        q = c["quantities"][0]
        return [{"answer": q["text"], "normalized": q["value"]}]
    return []


def _list_answer(c, actions, entity_ids, question):
    wanted_types = set()
    folded = " ".join(_words(question))
    for etype, words in _spec()["list_objects"].items():
        if any(w in folded for w in words):
            wanted_types.add(etype)
    out = []
    for e in _matching_events(c, actions):
        obj = e.get("object")
        if obj and (not wanted_types or obj.get("type") in wanted_types):
            out.append(_entity_item(c, obj["entity_id"], obj["text"]))
    return out


def _entity_answer(c, actions, entity_ids, question):
    for e in _matching_events(c, actions):
        obj = e.get("object")
        if obj and obj.get("entity_id") not in entity_ids:
            return [_entity_item(c, obj["entity_id"], obj["text"])]
    return []


def _yesno_answer(c, actions, entity_ids, question):
    evs = _matching_events(c, actions)
    if not actions or not evs:
        return []
    e = evs[0]
    return [{"answer": "không" if e["negated"] else "có", "normalized": not e["negated"]}]


def _reason_answer(c, actions, entity_ids, question):
    m = re.search(r"\b(nhằm|để|vì|do)\s+([^.;]+)", c["text"])
    return [{"answer": m.group(2).strip(), "normalized": m.group(2).strip()}] if m else []


_EXTRACTORS = {
    "date": _date_answer, "place": _place_answer, "person": _person_answer, "number": _number_answer,
    "list": _list_answer, "entity": _entity_answer, "yesno": _yesno_answer, "reason": _reason_answer,
}
