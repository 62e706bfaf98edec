"""Who takes part in an event, and where: argument records (``_arg``), the document's current pair of
parties (``hai bên``), the subject group before a trigger, targets after it, possessors (``chuyến thăm
… của ông``), causees (``đưa Mỹ …``), ``giữa A và B`` pairs, pronoun subjects, media outlets, and the
place (``tại Hà Nội``, ``(Jakarta, 7/1996)``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from thoisu.extract.entities import Syl
from thoisu.model import Doc, Mention

ACTOR_TYPES = {"PER", "ORG", "LOC", "MECHANISM"}


def _arg(m: Mention, role: str | None = None) -> dict[str, Any]:
    out = {"entity_id": m.entity_id, "text": m.text, "type": m.type, "start": m.start, "end": m.end}
    if role:
        out["role"] = role
    return out


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """National capital's id -> its country's id, from the gazetteer's `capital` column."""
    from thoisu.extract.gazetteer import gazetteer

    entities = gazetteer().entities
    capitals = {e["capital"]: eid for eid, e in entities.items() if e.get("capital")}
    # a capital shared with a former state (Moscow: Russia, Soviet Union) belongs to the city's own country
    return {city: entities.get(city, {}).get("country") or eid for city, eid in capitals.items()}


def capitals_of(countries: set[str]) -> set[str]:
    """The ids of the capitals of ``countries`` (``{"IRN"}`` → ``{"city:tehran"}``): each speaks for its
    country."""
    return {city for city, country in _capitals().items() if country in countries}


def _as_government(doc: Doc, arg: dict[str, Any]) -> dict[str, Any]:
    """A capital acting or acted on stands for its country (``Washington trục xuất …``, ``tới Bắc Kinh``):
    the actor becomes the country, keeping the words the text used."""
    country = _capitals().get(arg.get("entity_id") or "")
    if country is None:
        return arg
    if country not in doc.entities:
        from thoisu.extract.gazetteer import gazetteer

        doc.entities[country] = dict(gazetteer().entities[country])
    return dict(arg, entity_id=country, type="LOC")


def _office_holder(doc: Doc, m: Mention, start: int) -> Mention | None:
    """``Ngoại trưởng Indonesia tuyên bố``: the person the document names in the office written before
    ``m`` (a country or organisation), nearest before ``start``, else the first one after."""
    from thoisu.extract.events import _rules
    from thoisu.extract.gazetteer import gazetteer
    from thoisu.extract.roles import _title_ending_at

    if m.type not in ("LOC", "ORG") or not m.entity_id:
        return None
    g = gazetteer()
    lead = doc.text[max(0, m.start - 40) : m.start].rstrip().lower()
    found = _title_ending_at(doc.text, m.start, g)
    if found is not None:
        roles = {found[1]["title_en"]}
    else:
        categories = next(
            (set(c) for d, c in _rules().get("office_descriptors", {}).items() if lead.endswith(d)), None
        )
        if categories is None:
            return None
        roles = {t["title_en"] for t in g.titles.values() if t.get("category") in categories}
    holders = [
        r
        for r in doc.relations
        if r.get("role") in roles
        and (
            r.get("object") == m.entity_id
            # "Tổng thống Joko Widodo" … "Tổng thống Indonesia tuyên bố": the holder's own country
            or (
                r.get("object") is None
                and g.entities.get(r.get("subject") or "", {}).get("country") == m.entity_id
            )
        )
    ]
    if not holders:
        return None
    before = [r for r in holders if (r.get("end") or 0) <= start]
    subject = (before[-1] if before else holders[0])["subject"]
    named = [x for x in doc.mentions if x.entity_id == subject]
    return next((x for x in reversed(named) if x.end <= start), named[0] if named else None)


def _update_pair(text: str, mentions: list[Mention], pair: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``A và B``, ``giữa A và B``, ``A-B`` / ``A - B``: the document's current two parties."""
    actors = [m for m in mentions if m.type in ("LOC", "ORG")]
    for a, b in zip(actors, actors[1:], strict=False):
        gap = text[a.end : b.start]
        if gap.strip() in ("và", "-", "với") and a.entity_id != b.entity_id:
            return [_arg(a), _arg(b)]
    return pair


@lru_cache(maxsize=1)
def _media() -> frozenset[str]:
    raw = resources.files("thoisu.extract.data").joinpath("media.txt").read_text("utf-8")
    return frozenset(x.strip().lower() for x in raw.splitlines() if x.strip() and not x.startswith("#"))


def _is_media(m: Mention) -> bool:
    """News outlets and companies report or trade; their statements are not political events."""
    first = m.text.split()[0].lower() if m.text else ""
    return m.text.lower() in _media() or first in ("hãng", "báo", "tạp", "đài", "công", "tập")


def _inside_quotes(text: str, sentence_start: int, pos: int, sentence_end: int | None = None) -> bool:
    """Between an opening quote before ``pos`` and its closing quote after it, in one sentence."""
    before = text.count('"', sentence_start, pos)
    after = text.count('"', pos, sentence_end) if sentence_end is not None else 1
    return before % 2 == 1 and after >= 1


_PRONOUNS = {"ông", "bà", "ngài", "họ"}


def _joins_names(text: str, pos: int, mentions: list[Mention]) -> bool:
    """Is the " và " at ``pos`` between two names ("ASEAN và Nga")?"""
    left = any(m.end == pos for m in mentions)
    right = any(m.start == pos + len(" và ") for m in mentions)
    return left and right


def _inside_parens(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos)


def _causee(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """``đưa X <trigger>``: X is made to act (``đưa Mỹ trở lại Thỏa thuận Paris``)."""
    for m in mentions:
        if (
            m.end <= start
            and m.type in ("LOC", "ORG")
            and re.search(r"\bđưa\s+(?:nước\s+)?$", text[max(0, m.start - 12) : m.start])
        ):
            if not text[m.end : start].strip() or text[m.end : start].strip() in ("tái", "gia nhập trở lại"):
                return m
    return None


def _between_pair(text: str, end: int, after: list[Mention]) -> tuple[Mention, Mention] | None:
    """``… hợp tác giữa ASEAN với Liên minh Kinh tế Á-Âu``: the two parties of the action."""
    g = text.find("giữa", end, end + 45)
    if g < 0 or any(c in text[end:g] for c in ',.;:"'):
        return None  # "cuộc đàm phán căng thẳng vào tháng trước giữa …", not across a clause
    ms = [m for m in after if m.start > g and m.type in ACTOR_TYPES]
    # "giữa Tổng thống Mỹ Joe Biden và …": a nationality right before a person is not a party
    ms = [
        m
        for k, m in enumerate(ms)
        if not (
            m.type == "LOC"
            and k + 1 < len(ms)
            and ms[k + 1].type == "PER"
            and not text[m.end : ms[k + 1].start].strip()
        )
    ][:2]
    if len(ms) == 2 and re.match(r"(và|với|-)(\s|$)", text[ms[0].end : ms[1].start].strip() + " "):
        return ms[0], ms[1]  # "giữa Ngoại trưởng Nga và Tổng Thư ký ASEAN"
    return None


def _possessor(doc: Doc, syls: list[Syl], i: int, j: int, after: list[Mention]) -> Mention | None:
    k = j
    while k < len(syls) and k - j < 5 and syls[k].key != "của":
        k += 1
    if k >= len(syls) or syls[k].key != "của":
        return None
    nxt = syls[k + 1] if k + 1 < len(syls) else None
    if nxt is None:
        return None
    if nxt.key in _PRONOUNS and (k + 2 >= len(syls) or not syls[k + 2].cap):
        return _last_person(doc, syls[i].start)
    # "của Chủ tịch nước Việt Nam Nguyễn Xuân Phúc": a person named within a title phrase wins
    near = [m for m in after if nxt.start <= m.start <= nxt.start + 40 and m.type in ACTOR_TYPES]
    return next(
        (m for m in near if m.type == "PER"), near[0] if near and near[0].start == nxt.start else None
    )


def _pronoun_before(syls: list[Syl], i: int, clause_start: int) -> bool:
    """``ông``/``bà`` standing alone (not before a name) as the subject of the trigger."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if syls[k].start < clause_start:
            break
        if syls[k].key in _PRONOUNS and (k + 1 >= len(syls) or not syls[k + 1].cap):
            return True
    return False


def _last_person(doc: Doc, before: int) -> Mention | None:
    return next((m for m in reversed(doc.mentions) if m.type == "PER" and m.end <= before), None)


def _is_place(text: str, m: Mention) -> bool:
    """A location introduced by tại/ở or opening a parenthesis is a place, not an actor."""
    before = text[max(0, m.start - 6) : m.start].lower()
    if m.type != "LOC":
        return False
    if before.endswith("("):
        return text[m.end : m.end + 1] in (",", ")")  # "(Jakarta, 7/1996)", not "(Nga là thành viên …)"
    wider = text[max(0, m.start - 20) : m.start].lower().rstrip()
    return before.rstrip().endswith(("tại", "ở")) or bool(
        re.search(r"(tại|ở)\s+(thủ đô|thành phố|tỉnh|bang|thị trấn)$", wider)
    )


_SENT_TRIGGERS: dict[tuple[int, int], int] = {}


def _first_trigger_start(doc: Doc, si: int, start: int) -> int:
    """Sources may come from the sentence's start up to its first trigger (shared subject)."""
    return start


def _subject_group(text: str, sources: list[Mention]) -> list[Mention]:
    """The subject is the first actor of the clause (Vietnamese is SVO) and those coordinated with it
    (``A và B``, ``A, B và C``); a country right before a person is that person's nationality."""
    if not sources:
        return []
    group = [sources[0]]
    for m in sources[1:]:
        gap = text[group[-1].end : m.start].strip()
        if gap in ("và", ",", "-", "cùng", "với") or gap == "":
            group.append(m)
        else:
            break
    # a country right before a person is the person's nationality, not a second actor
    return [
        m
        for k, m in enumerate(group)
        if not (
            k + 1 < len(group)
            and m.type == "LOC"
            and group[k + 1].type == "PER"
            and text[m.end : group[k + 1].start].strip() == ""
        )
    ]


_DIRECT_OBJECT_ACTIONS = (
    "VISIT",
    "MEET",
    "ACCUSE",
    "ATTACK",
    "SANCTION",
    "PROPOSE",
    "PROVIDE_AID",
    "APPOINT",
)


# "cáo buộc Mỹ và các nước thành viên NATO": a list of targets goes on through such words
_LIST_JOIN = re.compile(r"^(,|và|cùng)( (các|những) (nước|quốc gia|nước thành viên|thành viên|đồng minh))?$")


_AT_END_OF_OBJECT = {
    "PROVIDE_AID": re.compile(r"(^|\s)(cho|tới|đến)$"),
    "TRADE": re.compile(r"(^|\s)(cho|với|từ)$"),
    "SANCTION": re.compile(
        r"(^|\s)(của|đối với|nhằm vào|chống lại|lên|với|(quan chức|nhà ngoại giao|công ty|cá nhân|thực thể|công dân)( cấp cao)?)$"
    ),
    "ACCUSE": re.compile(r"(^|\s)(của|đối với|nhằm vào)$"),
    "ATTACK": re.compile(r"(^|\s)(vào|nhằm vào)$"),
}


def _targets(text: str, end: int, after: list[Mention], action: str) -> list[Mention]:
    """Who the action is directed at: a name right after the trigger (``thăm Nga``, ``đề nghị Mỹ``,
    ``cáo buộc Mỹ và NATO``) or introduced by với/giữa/cho/tới (``ký kết thỏa thuận với Kuwait``)."""
    out: list[Mention] = []
    for m in after[:6]:
        gap = text[end : m.start]
        if len(gap) > 60 or any(c in gap for c in '.;:"') or (out and "," in gap and gap.strip() != ","):
            break
        g = gap.strip().lower()
        if m.type not in ACTOR_TYPES or _is_place(text, m):
            continue
        direct = action in _DIRECT_OBJECT_ACTIONS and (
            g in ("", "chính thức", "cấp nhà nước", "làm việc", "cả") or g.endswith(("phía", "chính quyền"))
        )
        introduced = g.startswith(("với", "giữa", "cho", "tới", "lên án", "vào")) and not out
        if not out and action in _AT_END_OF_OBJECT and "," not in gap:
            # "cung cấp thêm khí tài cho Ukraine", "cấm 8 quan chức cấp cao khác của Mỹ": the object's
            # recipient, owner or nationality is who the action is aimed at
            introduced = introduced or bool(_AT_END_OF_OBJECT[action].search(g))
        listed = out and (g in ("và", "cùng") or _LIST_JOIN.match(g) is not None)
        if g == "," and not re.match(r"\s*(,|và\b)", text[m.end : m.end + 5]):
            listed = False  # "tấn công Ukraine, Mỹ có thể …": a new clause's subject, not a third target
        if direct or introduced or listed:
            out.append(m)
            end = m.end
        elif out:
            break
    return out


def _place(text: str, mentions: list[Mention], start: int, end: int, obj: Mention | None) -> Mention | None:
    """A place after the trigger, or one fronted before it (``Tại Hà Nội, …``, ``(Jakarta, 7/1996)``)."""
    places = [m for m in mentions if _is_place(text, m)]
    after = [m for m in places if m.start >= end]
    if after:
        return after[0]
    for m in places:
        lead = text[: m.start].rstrip()
        lead = (
            lead[:-3].rstrip()
            if lead.lower().endswith("tại")
            else lead[:-1].rstrip()
            if lead.lower().endswith("ở")
            else lead
        )
        if lead.endswith(("(", ",")) or text[max(0, m.start - 1)] == "(" or lead.endswith("\n") or not lead:
            return m
    return None
