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
    return yaml.safe_load(
        resources.files("thoisu.extract.data").joinpath("questions.yaml").read_text("utf-8")
    )


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
    if re.search(r" (nhung|cac) (?:\w+ ){1,4}nao ", folded):
        return "list"  # "những nước ASEAN nào", "các văn kiện … nào"
    return best[1] if best else "entity"


def ask(store: Store, question: str) -> dict[str, Any]:
    from thoisu.extract.events import _triggers
    from thoisu.extract.gazetteer import gazetteer
    from thoisu.pipeline import Pipeline
    from thoisu.query.entities import resolve_entities

    text, _ = normalize(question)
    qtype = question_type(text)
    reply: dict[str, Any] = {
        "question": question,
        "type": qtype,
        "answer": None,
        "normalized": None,
        "evidence": [],
        "confidence": 0.0,
    }
    qdoc = Pipeline(["sentences", "tokens", "entities"]).from_text(text, name="question")
    groups: list[set[str]] = []  # one set of stored ids per entity the question names
    unknown: list[str] = []
    loose_words: set[str] = set()  # words of descriptive names the store doesn't hold as such
    for m in qdoc.mentions:
        stored = set(resolve_entities(store, m.entity_id)) if m.entity_id else set()
        stored |= set(resolve_entities(store, m.text))
        if stored:
            groups.append(stored)
        elif m.type == "PER" or m.entity_id in gazetteer().entities:
            unknown.append(m.text)  # a person, or a gazetteer entity, the corpus never mentions
        else:
            loose_words.update(_words(m.text))
    if unknown:
        reply["not_found"] = unknown
        reply["message"] = "Không có trong kho dữ liệu: " + ", ".join(unknown)
        return reply
    entity_ids = sorted({i for g in groups for i in g})
    entity_words = {w for m in qdoc.mentions for w in _words(m.text)} - loose_words
    triggers, longest = _triggers()
    qwords = _words(text)
    actions = {
        t.action
        for k in range(len(qwords))
        for n in range(1, longest + 1)
        if (t := _trigger_for(triggers, qwords[k : k + n]))
    }
    stop = set(_spec()["stopwords"])
    content = list(dict.fromkeys(w for w in qwords if w not in stop and w not in entity_words))
    want = _answer_types(qwords, qtype)
    unit = _unit_after_how_many(qwords) if qtype == "number" else []
    if qtype == "person":
        by_role = _answer_from_roles(store, text, groups)
        if by_role:
            reply.update(by_role)
            return reply
    candidates = _candidate_sentences(store, groups, content)
    scored = []
    numbers = [w for w in content if w.isdigit()]  # "vòng 3", "năm 2017": a number asked about must be there
    for c in candidates:
        words = set(_words(c["text"]))
        stated = words | {p for t in c["times"] for p in re.findall(r"\d+", t["value"] or "")}
        if any(n not in stated and n.lstrip("0") not in stated for n in numbers):
            continue
        coverage = sum(1 for w in content if w in words) / len(content) if content else 1.0
        has_action = bool(actions & {e["action"] for e in c["events"]})
        score = coverage + (0.2 if has_action else 0.0) + 0.1 * c["entity_share"]
        if c["entity_share"] == 1.0 and (coverage >= SUPPORT or (has_action and coverage >= SUPPORT - 0.15)):
            scored.append((score, c))
    if not scored:
        reply["message"] = "Không tìm thấy câu nào trong kho dữ liệu trả lời câu hỏi này."
        return reply
    scored.sort(key=lambda x: -x[0])
    ctx = {
        "actions": actions,
        "entities": set(entity_ids),
        "content": content,
        "want": want,
        "unit": unit,
        "question": text,
    }
    extractor = _EXTRACTORS[qtype]
    if qtype == "list":
        items: list[dict[str, Any]] = []
        best = scored[0][0]
        for score, c in scored:
            if score < best - 0.25:
                break
            for item in extractor(c, ctx):
                if _k(item["normalized"]) not in {_k(i["normalized"]) for i in items}:
                    items.append({**item, "evidence": [_evidence(c)]})
        if items:
            reply.update(
                answer=[i["answer"] for i in items],
                normalized=[i["normalized"] for i in items],
                items=items,
                evidence=[e for i in items for e in i["evidence"]],
                confidence=round(min(1.0, best), 2),
            )
        return reply
    for score, c in scored:
        found = extractor(c, ctx)
        if found:
            if "entity" in found[0]:
                reply["entity"] = found[0]["entity"]
            reply.update(
                answer=found[0]["answer"],
                normalized=found[0]["normalized"],
                evidence=[_evidence(c)],
                confidence=round(min(1.0, score), 2),
            )
            return reply
    reply["message"] = "Có câu liên quan nhưng không nêu điều được hỏi."
    return reply


def _answer_from_roles(store: Store, text: str, groups: list[set[str]]) -> dict[str, Any] | None:
    """``Ai là Người phát ngôn Lầu Năm Góc?`` — a stored role relation names the person."""
    from thoisu.extract.gazetteer import gazetteer

    g = gazetteer()
    words = text.split()
    if not groups:
        return None
    # the title the question names, and the shorter titles inside it whose extra words name the
    # organisation ("người phát ngôn [Bộ Ngoại giao] Mỹ"), never a vaguer post ("Bộ trưởng" for
    # "Bộ trưởng Quốc phòng")
    object_words = {
        w for ids in groups for eid in ids for w in _words(g.entities.get(eid, {}).get("name_vi") or "")
    }
    titles: list[str] = []
    for a in range(len(words)):
        for b in range(min(len(words), a + g.max_title_len), a, -1):
            info = g.title(" ".join(words[a:b]))
            if not info:
                continue
            if not titles:
                titles.append(info["title_en"])
                longest_end = b
            elif set(_words(" ".join(words[b:longest_end]))) <= object_words:
                titles.append(info["title_en"])
        if titles:
            break
    if not titles:
        return None
    objects = set(groups[-1])
    for eid in list(objects):  # "Bộ Ngoại giao Mỹ" also answers for a role stated as "… Mỹ"
        parent = g.entities.get(eid, {}).get("parent")
        if parent:
            objects.add(parent)
    rows: list[dict[str, Any]] = []
    for title in titles:
        marks_o = ",".join("?" * len(objects))
        rows = store.fetchall(
            "SELECT r.subject_id, r.doc_id, r.sentence, e.name, e.name_vi, d.name AS doc, s.text,"
            ' s.start_offset AS start, s.end_offset AS "end" FROM relations r JOIN entities e ON e.id = r.subject_id'
            " JOIN documents d ON d.id = r.doc_id JOIN sentences s ON s.doc_id = r.doc_id AND s.idx = r.sentence"
            f" WHERE r.kind = 'role' AND r.role = ? AND (r.object_id IN ({marks_o}) OR (r.object_id IS NULL"
            " AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = r.doc_id AND m.sentence = r.sentence"
            f" AND m.entity_id IN ({marks_o}))))",
            [title, *sorted(objects), *sorted(objects)],
        )
        if rows:
            break
    people = {r["subject_id"] for r in rows}
    if len(people) != 1:
        return None  # none, or several people held that post: not a single supported answer
    r = rows[0]
    return {
        "answer": r["name_vi"] or r["name"],
        "normalized": r["name"],
        "confidence": 0.9,
        "evidence": [
            {
                "doc": r["doc"],
                "sentence": r["sentence"],
                "text": r["text"],
                "start": r["start"],
                "end": r["end"],
            }
        ],
    }


def _k(value: Any) -> str:
    return " ".join(_words(str(value)))


def _answer_types(qwords: list[str], qtype: str) -> set[str]:
    table = _spec()["answer_types"]
    joined = " ".join(qwords)
    for noun, types in sorted(table.items(), key=lambda kv: -len(kv[0])):
        if f"{noun} nao" in joined or (noun in ("ai", "dau") and noun in qwords):
            return set(types)
    return {"place": {"LOC"}, "person": {"PER"}}.get(qtype, set())


def _unit_after_how_many(qwords: list[str]) -> list[str]:
    for k in range(len(qwords) - 1):
        if qwords[k : k + 2] == ["bao", "nhieu"]:
            return qwords[k + 2 : k + 4]
    return []


def _trigger_for(triggers: dict, words: list[str]):
    return triggers.get(tuple(words)) if words else None


def _evidence(c: dict[str, Any]) -> dict[str, Any]:
    return {"doc": c["doc"], "sentence": c["idx"], "text": c["text"], "start": c["start"], "end": c["end"]}


def _candidate_sentences(store: Store, groups: list[set[str]], content: list[str]) -> list[dict[str, Any]]:
    if groups:
        sql = (
            'SELECT s.doc_id, d.name AS doc, s.idx, s.text, s.start_offset AS start, s.end_offset AS "end"'
            " FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE 1=1"
        )
        params: list[Any] = []
        for ids in groups:
            marks = ",".join("?" * len(ids))
            # named in the sentence, or an argument of one of its events (a pronoun the event stage
            # resolved: "Khi kết thúc nhiệm kỳ năm 2009, bà tuyên bố …")
            sql += (
                " AND (EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = s.doc_id AND m.sentence = s.idx"
                f" AND m.entity_id IN ({marks})) OR EXISTS (SELECT 1 FROM events e JOIN event_args a"
                f" ON a.event_id = e.id WHERE e.doc_id = s.doc_id AND e.sentence = s.idx"
                f" AND a.entity_id IN ({marks})))"
            )
            params.extend(sorted(ids) * 2)
        rows = store.fetchall(sql + " LIMIT 2000", params)
    else:
        from thoisu.query.search import search

        hits = search(store, " ".join(content), limit=30)
        rows = []
        for h in hits:
            row = store.fetchone(
                "SELECT d.id AS doc_id, d.name AS doc FROM documents d WHERE d.name = ?", (h["doc"],)
            )
            rows.append(
                {
                    "doc_id": row["doc_id"],
                    "doc": h["doc"],
                    "idx": h["index"],
                    "text": h["sentence"],
                    "start": h["start"],
                    "end": h["end"],
                }
            )
    stop = set(_spec()["stopwords"])
    ranked = sorted(
        rows, key=lambda r: -sum(1 for w in set(_words(r["text"])) if w in content and w not in stop)
    )[:40]
    for r in ranked:
        r["entity_share"] = 1.0
        _attach_records(store, r)
    return ranked


def _attach_records(store: Store, row: dict[str, Any]) -> None:
    import json

    key = (row["doc_id"], row["idx"])
    row["events"] = [
        json.loads(e["record"])
        for e in store.fetchall(
            "SELECT record FROM events WHERE doc_id = ? AND sentence = ? ORDER BY start_offset", key
        )
    ]
    row["times"] = store.fetchall(
        "SELECT text, value, granularity, start_offset AS start FROM times WHERE doc_id = ? AND sentence = ?"
        " ORDER BY start_offset",
        key,
    )
    row.setdefault("entity_share", 1.0)
    row["mentions"] = store.fetchall(
        'SELECT m.text, m.type, m.entity_id, m.start_offset AS start, m.end_offset AS "end", e.name, e.name_vi,'
        " e.aliases FROM mentions m LEFT JOIN entities e ON e.id = m.entity_id WHERE m.doc_id = ? AND m.sentence = ?"
        " ORDER BY m.start_offset",
        key,
    )
    row["quantities"] = store.fetchall(
        "SELECT text, value, unit, per FROM quantities WHERE doc_id = ? AND sentence = ? ORDER BY start_offset",
        key,
    )
    doc_text = store.fetchone("SELECT text FROM documents WHERE id = ?", (row["doc_id"],))
    row["doc_text"] = doc_text["text"] if doc_text else ""


def _matching_events(
    c: dict[str, Any], actions: set[str], entities: set[str] | None = None
) -> list[dict[str, Any]]:
    """Events of the asked action, those involving more of the question's entities first."""
    evs = [e for e in c["events"] if not actions or e["action"] in actions]

    def involved(e: dict[str, Any]) -> int:
        ids = {a.get("entity_id") for a in [*e["actors"], e.get("object") or {}, e.get("place") or {}]}
        return len(ids & (entities or set()))

    return sorted(evs, key=lambda e: -involved(e))


def _anchor(c: dict[str, Any], ctx: dict[str, Any]) -> int:
    """Where in the sentence the question's content words match (their mean offset)."""
    folded = fold(tone_key(c["text"]))
    hits = [m.start() for w in ctx["content"] for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded)]
    return c["start"] + (sum(hits) // len(hits) if hits else 0)


def _nearest(items: list[dict[str, Any]], pos: int) -> list[dict[str, Any]]:
    return sorted(items, key=lambda x: abs(x["start"] - pos))


def _date_answer(c, ctx):
    for e in _matching_events(c, ctx["actions"], ctx["entities"]):
        if e.get("date") and e["date"].get("value"):
            return [{"answer": e["date"]["text"], "normalized": e["date"]["value"]}]
    dated = [
        t
        for t in c["times"]
        if t["granularity"] != "duration" and t["value"] and not t["value"].startswith("XXXX")
    ]
    best = _nearest(dated, _anchor(c, ctx))
    return [{"answer": best[0]["text"], "normalized": best[0]["value"]}] if best else []


def _typed_mentions(c, ctx, types: set[str]) -> list[dict[str, Any]]:
    """Mentions of the wanted types that the question itself does not name."""
    asked = " " + " ".join(_words(ctx["question"])) + " "
    return [
        m
        for m in c["mentions"]
        if m["type"] in types and m["entity_id"] not in ctx["entities"] and f" {_k(m['text'])} " not in asked
    ]


def _place_answer(c, ctx):
    locs = _typed_mentions(c, ctx, {"LOC"})
    allowed = {m["entity_id"] for m in locs}
    for e in _matching_events(c, ctx["actions"], ctx["entities"]):
        if e.get("place") and e["place"].get("entity_id") in allowed:
            return [_entity_item(c, e["place"]["entity_id"], e["place"]["text"])]
    introduced = [
        m
        for m in locs
        if re.search(
            r"(tại|ở|đến|\()\s*(?:thủ đô|thành phố|tỉnh|bang)?\s*$",
            c["doc_text"][max(0, m["start"] - 16) : m["start"]],
        )
    ]
    best = _nearest(introduced or locs, _anchor(c, ctx))
    return [_entity_item(c, best[0]["entity_id"], best[0]["text"])] if best else []


def _entity_item(c, eid, text):
    """An answer that is an entity: its canonical name, and the entity for the reply."""
    import json

    m = next((m for m in c["mentions"] if m["entity_id"] == eid and m["name"]), None)
    if m is None:
        return {"answer": text, "normalized": text}
    entity = {
        "id": eid,
        "name": m["name"],
        "name_vi": m["name_vi"],
        "aliases": json.loads(m["aliases"] or "[]"),
    }
    return {"answer": text, "normalized": m["name"], "entity": entity}


def _person_answer(c, ctx):
    for e in _matching_events(c, ctx["actions"], ctx["entities"]):
        for a in e["actors"]:
            if a.get("type") == "PER" and a.get("entity_id") not in ctx["entities"]:
                return [_entity_item(c, a["entity_id"], a["text"])]
    best = _nearest(_typed_mentions(c, ctx, {"PER"}), _anchor(c, ctx))
    return [_entity_item(c, best[0]["entity_id"], best[0]["text"])] if best else []


_NUM = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?")


def _number_answer(c, ctx):
    from thoisu.text.numbers import parse_number

    text = c["text"]
    if ctx["unit"]:
        unit = " ".join(ctx["unit"][:1])
        for m in _NUM.finditer(text):
            after = " ".join(_words(text[m.end() : m.end() + 25]))
            if after.startswith(unit) and (value := parse_number(m.group())) is not None:
                return [
                    {
                        "answer": text[
                            m.start() : m.end() + len(text[m.end() :].split(" ", 2)[1]) + 1
                        ].strip(),
                        "normalized": value,
                    }
                ]
    qs = _nearest(
        [{**q, "start": c["start"] + text.find(q["text"])} for q in c["quantities"]], _anchor(c, ctx)
    )
    if qs:
        return [{"answer": qs[0]["text"], "normalized": qs[0]["value"]}]
    return []


def _ordinal_answer(c, ctx):
    """``thứ mấy``: the ordinal the sentence states (``lần thứ 17``, ``thứ 150``)."""
    from thoisu.text.numbers import parse_number

    # the ordinal nearest to what the question names: "lần thứ 27 trong lịch sử Nga và là thông điệp
    # thứ 17 của Tổng thống Putin" answers "thứ mấy của Tổng thống Putin" with 17
    named = [c["start"] + m["start"] - c["start"] for m in c["mentions"] if m["entity_id"] in ctx["entities"]]
    target = sum(named) // len(named) if named else _anchor(c, ctx)
    found = []
    for m in re.finditer(r"\bthứ\s+(\d+|[^\W\d_]+)", c["text"]):
        value = 1 if m.group(1).lower() == "nhất" else parse_number(m.group(1))
        if value is not None:
            found.append({"answer": m.group(0), "normalized": int(value), "start": c["start"] + m.start()})
    best = _nearest(found, target)
    return [{"answer": best[0]["answer"], "normalized": best[0]["normalized"]}] if best else []


def _duration_answer(c, ctx):
    """``bao lâu``: a duration the sentence states."""
    spans = [t for t in c["times"] if t["granularity"] == "duration" and t["value"]]
    best = _nearest(spans, _anchor(c, ctx))
    return [{"answer": best[0]["text"], "normalized": best[0]["value"]}] if best else []


def _list_answer(c, ctx):
    want = ctx["want"] or {"LOC", "ORG", "PER", "AGREEMENT"}
    out = []
    if want & {"AGREEMENT", "MECHANISM", "EVENT"}:
        for e in _matching_events(c, ctx["actions"], ctx["entities"]):
            obj = e.get("object")
            if obj and obj.get("type") in want:
                out.append(_entity_item(c, obj["entity_id"], obj["text"]))
    for m in _typed_mentions(c, ctx, want):
        out.append(_entity_item(c, m["entity_id"], m["text"]))
    return out


def _entity_answer(c, ctx):
    want = ctx["want"]
    for e in _matching_events(c, ctx["actions"], ctx["entities"]):
        obj = e.get("object")
        if (
            obj
            and obj.get("entity_id")
            and obj["entity_id"] not in ctx["entities"]
            and (not want or obj.get("type") in want)
        ):
            return [_entity_item(c, obj["entity_id"], obj["text"])]
    if not want:
        return []
    best = _nearest(_typed_mentions(c, ctx, want), _anchor(c, ctx))
    return [_entity_item(c, best[0]["entity_id"], best[0]["text"])] if best else []


def _yesno_answer(c, ctx):
    evs = _matching_events(c, ctx["actions"], ctx["entities"])
    if not ctx["actions"] or not evs:
        return []
    e = evs[0]
    return [{"answer": "không" if e["negated"] else "có", "normalized": not e["negated"]}]


def _reason_answer(c, ctx):
    m = re.search(r"\b(nhằm|để|vì|do)\s+([^.;]+)", c["text"])
    return [{"answer": m.group(2).strip(), "normalized": m.group(2).strip()}] if m else []


_EXTRACTORS = {
    "date": _date_answer,
    "place": _place_answer,
    "person": _person_answer,
    "number": _number_answer,
    "ordinal": _ordinal_answer,
    "duration": _duration_answer,
    "list": _list_answer,
    "entity": _entity_answer,
    "yesno": _yesno_answer,
    "reason": _reason_answer,
}
