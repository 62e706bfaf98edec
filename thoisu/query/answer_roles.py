"""Who holds a post, from the stored role relations: ``Ai là Người phát ngôn Lầu Năm Góc?`` is
answered by the person a sentence names with that title, for that organisation or country — and only
when exactly one person held it.

    >>> answer_from_roles(store, "Ai là Ngoại trưởng Nga?", [{"russia"}])["normalized"]  # doctest: +SKIP
    'Sergei Lavrov'
"""

from __future__ import annotations

from typing import Any

from thoisu.query.answer_common import _words
from thoisu.store.base import Store


def answer_from_roles(
    store: Store,
    text: str,
    groups: list[set[str]],
    postings: list[set[str]] = (),
    starts: list[int] = (),
) -> dict[str, Any] | None:
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
    # … or of an organisation the corpus names ("Tham mưu trưởng [Hải quân] Indonesia": the navy's chief of
    # staff, a role stored as "Tham mưu trưởng" of "Hải quân Indonesia")
    for ids in groups:
        marks = ",".join("?" * len(ids))
        for r in store.fetchall(
            f"SELECT name_vi FROM entities WHERE type = 'ORG' AND id IN ({marks})", sorted(ids)
        ):
            object_words |= set(_words(r["name_vi"] or ""))
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
    # "Đại sứ Mỹ tại Nga": the office belongs to the entity named first after the title (Mỹ), not the
    # posting; each named entity is tried in turn and one that gives a single holder answers
    named = {i for g in groups for i in g}
    # "Tổng thống Czech, người nói Nga …": the office is Czech's, the entity named right after the title;
    # Nga, named later, is no owner to try
    title_end = len(" ".join(words[:longest_end])) + 1
    owner = [g for g, at in zip(groups, starts, strict=False) if at == title_end]
    for group in owner or groups:
        # "Ai sẽ trở thành Bộ trưởng Giao thông thay ông X?": X, named in the question, is not the answer
        rows = [r for r in _role_holders(store, titles, group) if r["subject_id"] not in named]
        rows = [r for r in rows if all(_sentence_names(store, r, posting) for posting in postings)]
        if len({r["subject_id"] for r in rows}) == 1:
            break
    else:
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


def _sentence_names(store: Store, row: dict[str, Any], ids: set[str]) -> bool:
    marks = ",".join("?" * len(ids))
    return bool(
        store.fetchone(
            f"SELECT 1 FROM mentions WHERE doc_id = ? AND sentence = ? AND entity_id IN ({marks})",
            [row["doc_id"], row["sentence"], *sorted(ids)],
        )
    )


def _role_holders(store: Store, titles: list[str], group: set[str]) -> list[dict[str, Any]]:
    """Role relations with the first of ``titles`` that any holder has, held at one of ``group``."""
    from thoisu.extract.gazetteer import gazetteer

    g = gazetteer()
    objects = set(group)
    for eid in list(objects):  # "Bộ Ngoại giao Mỹ" also answers for a role stated as "… Mỹ"
        parent = g.entities.get(eid, {}).get("parent")
        if parent:
            objects.add(parent)
    marks_o = ",".join("?" * len(objects))
    # a title written without its country ("Tổng thống Joe Biden") counts for a country named in the same
    # sentence, never for an organisation merely mentioned there
    countries = {e for e in group if g.entities.get(e, {}).get("kind") == "country"} or {""}
    marks_c = ",".join("?" * len(countries))
    for title in titles:
        rows = store.fetchall(
            "SELECT r.subject_id, r.object_id, r.doc_id, r.sentence, e.name, e.name_vi, d.name AS doc, s.text,"
            ' s.start_offset AS start, s.end_offset AS "end" FROM relations r JOIN entities e ON e.id = r.subject_id'
            " JOIN documents d ON d.id = r.doc_id JOIN sentences s ON s.doc_id = r.doc_id AND s.idx = r.sentence"
            f" WHERE r.kind = 'role' AND r.role = ? AND (r.object_id IN ({marks_o}) OR (r.object_id IS NULL"
            " AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = r.doc_id AND m.sentence = r.sentence"
            f" AND m.entity_id IN ({marks_c}))))",
            [title, *sorted(objects), *sorted(countries)],
        )
        # "Đại sứ Sandhu" in a sentence naming Mỹ is the ambassador the article called "Đại sứ Ấn Độ tại Mỹ
        # Taranjit Singh Sandhu": a post written in full elsewhere belongs to its own country
        rows = [
            r for r in rows if r["object_id"] in objects or not _posted_elsewhere(store, r, title, objects)
        ]
        # "Tổng thống Putin" in a sentence naming Czech is Russia's president: a person the gazetteer
        # knows as another country's does not hold a post written without its country here
        rows = [
            r
            for r in rows
            if r["object_id"] in objects
            or g.entities.get(r["subject_id"], {}).get("country") in (None, "", *objects)
        ]
        if rows:
            return rows
    return []


def _posted_elsewhere(store: Store, row: dict[str, Any], title: str, objects: set[str]) -> bool:
    marks = ",".join("?" * len(objects))
    return bool(
        store.fetchone(
            "SELECT 1 FROM relations WHERE kind = 'role' AND role = ? AND subject_id = ? AND object_id IS NOT NULL"
            f" AND object_id NOT IN ({marks})",
            [title, row["subject_id"], *sorted(objects)],
        )
    )
