"""Relations stated around mentions: a person's role (title + country/organisation), memberships.

``Ngoại trưởng Nga Sergey Lavrov``              -> role(Lavrov, Minister of Foreign Affairs, Russia)
``Đại sứ Nga tại Indonesia Alexander A. Ivanov`` -> role(Ivanov, Ambassador, Russia, at=Indonesia)
``… làm Đại sứ về ASEAN``                         -> role(Ivanov, Ambassador, ASEAN)
``Liên minh Kinh tế Á-Âu (Nga là thành viên sáng lập)`` -> member(Russia, EAEU, founding)
"""

from __future__ import annotations

import re
from typing import Any

from thoisu.extract.gazetteer import gazetteer, syllables
from thoisu.model import Doc, Mention

_TITLE_WINDOW = 60
# "Thống đốc tỉnh Mae Hong Son": the kind of place written between a title and the place it governs
_PLACE_KINDS = ("tỉnh", "bang", "thành phố", "vùng", "khu vực", "quận", "huyện")
# "Người phát ngôn Bộ Ngoại giao Indonesia, ông Teuku Faizasyah": the holder set off by a comma and an
# honorific; without the honorific a comma more often separates two listed names
_APPOSITION = re.compile(r",\s+(?:ông|bà|ngài)\s+")


def find_relations(doc: Doc) -> list[dict[str, Any]]:
    g = gazetteer()
    out: list[dict[str, Any]] = []
    by_sentence: dict[int | None, list[Mention]] = {}
    for m in doc.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for si, ms in by_sentence.items():
        for idx, m in enumerate(ms):
            if m.type == "PER":
                rel = _role_before(doc.text, ms, idx, g)
                if rel:
                    out.append({**rel, "sentence": si})
                rel = _role_after(doc.text, ms, idx, g)
                if rel:
                    out.append({**rel, "sentence": si})
            elif m.type in ("LOC", "ORG"):
                rel = _membership(doc.text, ms, idx)
                if rel:
                    out.append({**rel, "sentence": si})
    return out


def _title_ending_at(text: str, end: int, g: Any) -> tuple[int, dict[str, str]] | None:
    """The longest official title that ends at ``end`` (spaces allowed before it).

    Words are split on any whitespace, so a title opening a paragraph (after a newline) is found too.
    """
    lo = max(0, end - _TITLE_WINDOW)
    words = [(w.start() + lo, w.end() + lo) for w in re.finditer(r"\S+", text[lo:end])]
    for n in range(min(len(words), g.max_title_len), 0, -1):
        start = words[-n][0]
        info = g.title(text[start : words[-1][1]])
        if info:
            return start, info
    return None


def _role_before(text: str, ms: list[Mention], idx: int, g: Any) -> dict[str, Any] | None:
    """``TITLE [COUNTRY|ORG [tại PLACE]] PERSON``."""
    person = ms[idx]
    cursor = person.start
    obj = at = None
    j = idx - 1
    while j >= 0 and ms[j].type in ("LOC", "ORG", "MECHANISM"):
        gap = text[ms[j].end : cursor]
        if gap.strip() == "" or (j == idx - 1 and _APPOSITION.fullmatch(gap)):
            obj, cursor = ms[j], ms[j].start
        elif re.fullmatch(r"\s+(tại|ở)\s+", gap):
            at, cursor = ms[j], ms[j].start
        else:
            break
        j -= 1
    if at is not None and obj is None:
        return None
    if at is not None and obj is not None and obj.start > at.start:
        obj, at = at, obj
    found = _title_ending_at(text, cursor, g)
    if not found:
        return None
    start, info = found
    rel = {
        "kind": "role",
        "subject": person.entity_id,
        "role": info["title_en"],
        "role_vi": info["title_vi"],
        "object": obj.entity_id if obj else None,
        "start": start,
        "end": person.end,
        "text": text[start : person.end],
    }
    if at is not None:
        rel["at"] = at.entity_id
    return rel


def _role_after(text: str, ms: list[Mention], idx: int, g: Any) -> dict[str, Any] | None:
    """``PERSON làm TITLE về|tại|của ORG`` (an appointment) or ``PERSON, TITLE ORG,`` (``PERSON - Thống đốc
    tỉnh X``: the kind of place before the place is not the title's)."""
    person = ms[idx]
    rest = text[person.end : person.end + 80]
    m = re.match(r"\s*(?:làm|giữ chức|là|,|\s[-–])\s+(.+)", rest)
    if not m or idx + 1 >= len(ms):
        return None
    nxt = ms[idx + 1]
    if nxt.type not in ("LOC", "ORG", "MECHANISM"):
        return None
    between = text[person.end + m.start(1) : nxt.start]
    between = re.sub(r"\s+(về|tại|của|ở)\s*$", "", between).strip()
    if nxt.type == "LOC":
        between = re.sub(rf"\s+(?:{'|'.join(_PLACE_KINDS)})$", "", between)
    info = g.title(between) if syllables(between) else None
    if not info:
        return None
    return {
        "kind": "role",
        "subject": person.entity_id,
        "role": info["title_en"],
        "role_vi": info["title_vi"],
        "object": nxt.entity_id,
        "start": person.start,
        "end": nxt.end,
        "text": text[person.start : nxt.end],
    }


_MEMBER = re.compile(r"\s*là\s+(?:một\s+)?(?:nước\s+|quốc gia\s+)?thành viên(\s+sáng lập)?")


def _membership(text: str, ms: list[Mention], idx: int) -> dict[str, Any] | None:
    member = ms[idx]
    m = _MEMBER.match(text, member.end)
    if not m:
        return None
    founding = bool(m.group(1))
    after = text[m.end() : m.end() + 40]
    org = None
    if re.match(r"\s+(?:của|trong)\s+", after):
        org = next((x for x in ms[idx + 1 :] if x.start >= m.end() and x.type in ("ORG", "MECHANISM")), None)
    elif text[member.start - 1 : member.start] == "(" and idx > 0:
        prev = ms[idx - 1]
        if text[prev.end : member.start].strip() == "(":
            org = prev
    if org is None:
        return None
    return {
        "kind": "member",
        "subject": member.entity_id,
        "role": "founding member" if founding else "member",
        "object": org.entity_id,
        "start": min(member.start, org.start),
        "end": max(m.end(), org.end),
        "text": text[min(member.start, org.start) : max(m.end(), org.end)],
    }
