"""The candidate sentences of a question: those naming its entities (or, needing more of its words,
leaving them to a document where they are prominent), with each sentence's stored records attached."""

from __future__ import annotations

from typing import Any

from thoisu.query.question import _spec, _words
from thoisu.store.base import Store


def _evidence(c: dict[str, Any]) -> dict[str, Any]:
    return {"doc": c["doc"], "sentence": c["idx"], "text": c["text"], "start": c["start"], "end": c["end"]}


def _with_their_bodies(store: Store, groups: list[set[str]]) -> list[set[str]]:
    """Each group with the organisations whose names end with a country of it ("Hải quân Nga",
    "Bộ Y tế Ấn Độ" for Russia, India), which speak of that country.  Used only for the sentence after
    one naming them (``_document_context_sentences``): taken as the country's names everywhere, they let
    in sentences about the body's own doings (measured on dev: more unsupported answers)."""
    from thoisu.extract.gazetteer import gazetteer

    known = gazetteer().entities
    countries = {e for g in groups for e in g if known.get(e, {}).get("kind") == "country"}
    if not countries:
        return groups
    # (only the names ending with one of the countries' names are read)
    endings = {f"% {n}" for e in countries for n in [known[e]["name_vi"], *known[e].get("aliases", [])]}
    bodies: dict[str, set[str]] = {}
    for r in store.fetchall(
        "SELECT id, name FROM entities WHERE type = 'ORG' AND ("
        + " OR ".join(["name LIKE ?"] * len(endings))
        + ")",
        sorted(endings),
    ):
        if (country := country_ending(r["name"])) in countries:
            bodies.setdefault(country, set()).add(r["id"])
    return [g | {b for e in g for b in bodies.get(e, ())} for g in groups]


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
        rows += _document_context_sentences(store, groups, {(r["doc_id"], r["idx"]) for r in rows})
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
        rows,
        key=lambda r: (
            -r.get("entity_share", 1.0),
            -sum(1 for w in set(_words(r["text"])) if w in content and w not in stop),
        ),
    )
    named = [r for r in ranked if r.get("entity_share", 1.0) == 1.0][:80]
    context = [r for r in ranked if r.get("entity_share", 1.0) < 1.0][:60]
    for r in named + context:
        _attach_records(store, r)
    return named + context


def _rival_types(store: Store, groups: list[set[str]], want: set[str]) -> list[set[str]]:
    """For each entity the question names, the types another name must have to stand in its place: a
    country for a country, a person for a person, a named ship or weapon for another (one body goes by
    many names; a country, a person or a product does not), never the type the question asks for."""
    types = []
    for group in groups:
        found = {
            r["type"] for e in group if (r := store.fetchone("SELECT type FROM entities WHERE id = ?", (e,)))
        }
        types.append((found & {"LOC", "PER", "PRODUCT"}) - want)
    return types


def _names_a_rival(c: dict[str, Any], groups: list[set[str]], rivals: list[set[str]], asked: str) -> bool:
    """A sentence that leaves a question's country to its document but names another country (or person)
    in its place is about that other one: "Nhật Bản đã gửi máy thở" does not answer for Hàn Quốc, however
    prominent Hàn Quốc is in the article.  Names of the type asked for are answers, not rivals."""
    from thoisu.extract.event_actors import capitals_of
    from thoisu.extract.gazetteer import gazetteer

    known = gazetteer().entities
    named = {m["entity_id"] for m in c["mentions"]}
    every = {e for g in groups for e in g}
    # "Tehran không nói rõ …" for Iran: a capital speaks for its country, as in the events
    every |= capitals_of(every)
    # "Cơ quan dự báo thời tiết Philippines cho hay …" names the Philippines; "Bộ Y tế Ấn Độ thông báo …"
    # speaks for India, not for New Delhi
    bodies = {country_ending(m["text"]) for m in c["mentions"] if m["type"] == "ORG"} - {None}
    named |= bodies
    for group, types in zip(groups, rivals, strict=True):
        if group & named:
            continue
        if any(
            m["type"] in types
            and m["entity_id"] not in every
            and f" {' '.join(_words(m['text']))} " not in asked
            and not _owned_by(c, m)
            # "miền Đông Ukraine", "California" for Ukraine, the United States: a part of the country
            and known.get(m["entity_id"] or "", {}).get("country") not in every
            for m in c["mentions"]
        ):
            return True
        if "LOC" in types and bodies - every:
            return True
    return False


def country_ending(name: str) -> str | None:
    """The id of the country an organisation's name ends with (``Bộ Y tế Ấn Độ`` → ``IND``), if any; not
    an owner the name describes (``Đại học Harvard của Mỹ`` is no voice of the United States)."""
    from thoisu.extract.gazetteer import gazetteer, syllables

    g = gazetteer()
    syls = syllables(name)
    for n in range(min(len(syls) - 1, 5), 0, -1):
        if syls[-n - 1] in ("của", "tại"):
            continue  # "Đại sứ quán Mỹ tại Nga" is no voice of Russia
        eid = g.country(tuple(syls[-n:]))
        if eid:
            return eid
    return None


def _owned_by(c: dict[str, Any], m: dict[str, Any]) -> bool:
    """A product named in a "của" phrase ("dựa trên thiết kế của tàu ngầm lớp Type 209") is what the
    subject follows or belongs to, not a subject in its place."""
    if m["type"] != "PRODUCT":
        return False
    before = _words(c["text"][: m["start"] - c["start"]])[-4:]
    return "cua" in before


def documents_naming(store: Store, groups: list[set[str]], prominently: bool = False) -> set[Any]:
    """The documents that name every one of ``groups`` (each a set of ids for one entity); with
    ``prominently``, only where each is in the first three sentences or named at least twice."""
    having = " HAVING count(*) >= 2 OR min(sentence) <= 2" if prominently else ""
    docs: set[Any] | None = None
    for ids in groups:
        marks = ",".join("?" * len(ids))
        found = {
            r["doc_id"]
            for r in store.fetchall(
                f"SELECT doc_id FROM mentions WHERE entity_id IN ({marks}) GROUP BY doc_id{having}",
                sorted(ids),
            )
        }
        docs = found if docs is None else docs & found
    return docs or set()


def _document_context_sentences(
    store: Store, groups: list[set[str]], seen: set[tuple[Any, int]]
) -> list[dict[str, Any]]:
    """Sentences that leave the question's entities to their document ("Các quyết định bổ nhiệm mới
    này có hiệu lực từ ngày 15/5" in an article about Singapore's cabinet): only in documents where
    every one of them is prominent (in the first three sentences, or named at least twice), or named
    by the sentence before.  They need more of the question's words to count (``CONTEXT_SUPPORT``,
    ``BEFORE_SUPPORT`` for an entity only the sentence before names)."""
    # "Hải quân Nga cũng chứng kiến tai nạn … năm 2000. Khi đó, … tàu ngầm hạt nhân Kursk …": a body
    # speaking for a country, named by the sentence before, names that country for the one after
    bodies = _with_their_bodies(store, groups)
    docs = documents_naming(store, bodies)
    if not docs:
        return []
    # each entity a sentence leaves out must be prominent in its document; one it names need not be
    # ("Ông cũng bảo vệ quyết định rút quân khỏi Afghanistan" names Afghanistan, leaves Biden to the article)
    prominent = [documents_naming(store, [g], prominently=True) for g in groups]
    marks = ",".join("?" * len(docs))
    named: dict[tuple[Any, int], set[str]] = {}
    for m in store.fetchall(
        f"SELECT doc_id, sentence, entity_id FROM mentions WHERE doc_id IN ({marks})", sorted(docs)
    ):
        named.setdefault((m["doc_id"], m["sentence"]), set()).add(m["entity_id"])

    def left_to(r: dict[str, Any], before: bool) -> bool:
        """Each entity the sentence leaves out is prominent in its article (or, ``before``, named by the
        sentence before it: "Vụ việc xảy ra tại Lisbon" after the sentence naming whose)."""
        return all(
            r["doc_id"] in p
            or g & named.get((r["doc_id"], r["idx"]), set())
            or (before and b & named.get((r["doc_id"], r["idx"] - 1), set()))
            for g, b, p in zip(groups, bodies, prominent, strict=True)
        )

    rows = []
    for r in store.fetchall(
        'SELECT s.doc_id, d.name AS doc, s.idx, s.text, s.start_offset AS start, s.end_offset AS "end"'
        f" FROM sentences s JOIN documents d ON d.id = s.doc_id WHERE s.doc_id IN ({marks}) LIMIT 5000",
        sorted(docs),
    ):
        if (r["doc_id"], r["idx"]) in seen:
            continue
        if left_to(r, before=False):
            r["entity_before"] = False
        elif left_to(r, before=True):
            r["entity_before"] = True  # needs more of the question's words
        else:
            continue
        r["entity_share"] = 0.5
        rows.append(r)
    return rows


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
    # what a sentence may leave to what its reader has just read ("Lô hàng cứu trợ này …"): the
    # sentence before it and the article's first sentence, its headline
    before = store.fetchall(
        "SELECT text FROM sentences WHERE doc_id = ? AND idx IN (0, ?) AND idx < ? ORDER BY idx",
        (row["doc_id"], row["idx"] - 1, row["idx"]),
    )
    row["before"] = " ".join(b["text"] for b in before)
    doc = store.fetchone("SELECT text, published FROM documents WHERE id = ?", (row["doc_id"],))
    row["doc_text"] = doc["text"] if doc else ""
    row["published"] = doc["published"] if doc else None


def _document_words(c: dict[str, Any], cache: dict[Any, set[str]]) -> set[str]:
    """The folded words of the candidate's article, folded once per article and question."""
    if c["doc_id"] not in cache:
        cache[c["doc_id"]] = set(_words(c.get("doc_text", "")))
    return cache[c["doc_id"]]
