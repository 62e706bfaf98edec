"""An event's arguments and attributes, built around an accepted trigger (``_build``): actors (the
subject of its clause, a shared or paired subject, possessors, targets), the object (a name of an
allowed type, or a noun phrase), place, date, amount, modality and negation.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from thoisu.extract.actions import ontology
from thoisu.extract.entities import Syl
from thoisu.extract.event_actors import (
    _PRONOUNS,
    ACTOR_TYPES,
    _arg,
    _as_government,
    _between_pair,
    _causee,
    _first_trigger_start,
    _inside_parens,
    _inside_quotes,
    _is_media,
    _is_place,
    _joins_names,
    _last_person,
    _office_holder,
    _place,
    _possessor,
    _pronoun_before,
    _subject_group,
    _targets,
)
from thoisu.extract.event_dates import _date, _names_period, _says
from thoisu.model import Doc, Event, Mention, TimeExpr

if TYPE_CHECKING:
    from thoisu.extract.events import Trigger

SOURCE_TYPES = ACTOR_TYPES | {"EVENT"}  # "Hội nghị … đã thông qua …": a meeting acts through its members
OBJECT_TYPES = {"AGREEMENT", "MECHANISM", "EVENT", "FUND", "PRODUCT", "ORG"}
_PAIR_WORDS = {
    ("hai", "bên"),
    ("hai", "nước"),
    ("hai", "phía"),
    ("đôi", "bên"),
    ("hai", "quốc", "gia"),
    ("hai", "nhà", "lãnh", "đạo"),
    ("các", "bộ", "trưởng"),
    ("hai", "bộ", "trưởng"),
    ("hai", "ngoại", "trưởng"),
}


_NOMINALISERS = ("chuyến", "cuộc", "lệnh", "lời", "việc", "lô", "gói", "khoản")  # "lô viện trợ … của Mỹ"


_PHRASE_STOPS = {
    "giữa",
    "tại",
    "ở",
    "vào",
    "với",
    "cho",
    "và",
    "nhằm",
    "để",
    "khi",
    "sau",
    "trước",
    "trong",
    "từ",
    "đến",
    "nhưng",
    "mà",
    "thì",
    "của",
    "đã",
    "sẽ",
    "đang",
    "là",
}


def _attributed(text: str, sentence_start: int, m: Mention) -> bool:
    """``Theo Reuters,`` / ``Theo SCMP, AFP`` opening a sentence names the source of the report."""
    lead = text[sentence_start : m.start].strip().lower()
    return lead in ("theo", "theo hãng tin", "theo báo", "theo tờ") and text[m.end : m.end + 1] == ","


def _titled_person(doc: Doc, syls: list[Syl], i: int, clause_start: int, start: int) -> Mention | None:
    """A bare title as the subject refers to the last person the document gave that title."""
    from thoisu.extract.gazetteer import gazetteer
    from thoisu.extract.people import _title_at

    g = gazetteer()
    for k in range(max(0, i - 4), i):
        if syls[k].start < clause_start:
            continue
        end = _title_at(syls, k, g)
        if end is None or end != i:
            continue
        title = g.titles[tuple(s.key for s in syls[k:end])]["title_en"]
        earlier = [r for r in doc.relations if r.get("role") == title and (r.get("end") or 0) <= start]
        if earlier:
            subject = earlier[-1]["subject"]
            return next(
                (m for m in reversed(doc.mentions) if m.entity_id == subject and m.end <= start), None
            )
    return None


def _object_phrase(
    text: str, syls: list[Syl], j: int, limit: int, mentions: list[Mention], times: list[TimeExpr] = ()
) -> tuple[str, int, int] | None:
    """The noun phrase a trigger acts on, when no entity is its object: up to 6 syllables,
    stopping at punctuation, a preposition, a time word or a name."""
    k = j
    while k < len(syls) and k - j < 6 and syls[k].end <= limit:
        if (
            syls[k].key in _PHRASE_STOPS
            and k > j
            or any(m.start <= syls[k].start < m.end for m in [*mentions, *times])
        ):
            break
        if k > j and text[syls[k - 1].end : syls[k].start].strip(" "):
            break
        k += 1
    if k == j or syls[j].key in _PHRASE_STOPS:
        return None
    return text[syls[j].start : syls[k - 1].end], syls[j].start, syls[k - 1].end


def _said(text: str, syls: list[Syl], j: int, limit: int) -> tuple[str, int, int] | None:
    """What a statement says, when it follows the trigger (``tuyên bố tàu ngầm đã chìm ở độ sâu 838 m``):
    after ``rằng`` / ``:`` / an opening quote, up to 16 syllables, stopping at punctuation."""
    k = j
    while k < len(syls) and syls[k].key in ("rằng", "là", "thêm"):
        k += 1
    if k >= len(syls) or syls[k].start >= limit:
        return None
    first = k
    while k < len(syls) and k - first < 16 and syls[k].start < limit:
        if k > first and re.search(r'[,.;:!?"()]', text[syls[k - 1].end : syls[k].start]):
            break
        k += 1
    if k - first < 2:
        return None
    return text[syls[first].start : syls[k - 1].end], syls[first].start, syls[k - 1].end


def _contains(keys: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(keys[k : k + n]) == phrase for k in range(len(keys) - n + 1))


def _build(
    doc: Doc,
    si: int,
    syls: list[Syl],
    i: int,
    j: int,
    trig: Trigger,
    mentions: list[Mention],
    times: list[TimeExpr],
    pair: list[dict[str, Any]],
    cues: dict[str, Any],
    reported: bool,
    window: tuple[int, int],
    n_events: int,
    shared: list[dict[str, Any]] | None = None,
) -> Event | None:
    start, end = syls[i].start, syls[j - 1].end
    sent = doc.sentences[si]
    keys = [s.key for s in syls]
    clause_start = window[0]
    if window[0] > sent.start:
        # after an earlier trigger, the subject starts at the last clause break before this one:
        # "đăng ký vaccine Sputnik V của Nga (…) và các doanh nghiệp Việt Nam đã ký hợp đồng mua"
        region = doc.text[window[0] : start]
        va = region.rfind(" và ")
        if va >= 0 and _joins_names(doc.text, window[0] + va, mentions):
            va = region.rfind(" và ", 0, va)  # "ASEAN và Nga đã …": that "và" joins the subject
        cut = max(region.rfind(","), va, region.rfind(";"))
        if cut >= 0 and not _inside_parens(region, cut):
            clause_start = window[0] + cut + 1
    region = doc.text[clause_start:start]
    opener = max(
        region.rfind(" việc "),
        region.rfind(" rằng "),
        region.rfind(": "),
        region.rfind(" năm "),
        region.rfind(" kỷ niệm "),
    )  # "nhân kỷ niệm 20 năm Nga trở thành đối tác": Nga is the subject
    if opener >= 0 and not _inside_parens(region, opener):
        clause_start += (
            opener + 1
        )  # "… nhắc lại việc Việt Nam … đăng ký": the embedded clause has its own subject
    places = {id(m) for m in mentions if _is_place(doc.text, m)}
    candidates = [
        m
        for m in mentions
        if m.type in SOURCE_TYPES
        and m.end <= start
        and id(m) not in places
        and not _attributed(doc.text, sent.start, m)  # "Theo Reuters, …": who reports, not who acts
    ]
    if trig.action == "STATEMENT":  # "Reuters dẫn lời Tổng thống Putin phát biểu": the outlet only reports
        candidates = [
            m
            for m in candidates
            if not _is_media(m) and not _inside_quotes(doc.text, sent.start, m.start, start)
        ]  # '"… Trung Quốc …", ông nói'
    causer = _causee(doc.text, start, mentions)
    in_clause = [m for m in candidates if m.start >= clause_start]
    region = doc.text[clause_start:start]
    cut = region.rfind(",")
    after_comma: list[Mention] = []
    if cut >= 0 and not _inside_parens(region, cut):
        # "Liên quan đến tình hình Myanmar, Ngoại trưởng Lavrov khẳng định": the subject follows the comma
        after_comma = [m for m in in_clause if m.start > clause_start + cut]
        in_clause = after_comma or in_clause
    sources = _subject_group(doc.text, in_clause)
    opening_pronoun = len(syls) > 1 and syls[0].key in _PRONOUNS and not syls[1].cap and not after_comma
    if opening_pronoun and not shared and (person := _last_person(doc, sent.start)):
        # "Ông cảnh báo Trung Quốc …, đồng thời cam kết …": "ông" is the subject, not the names it governs
        sources = [person]
    use_shared = not sources and bool(shared)  # "Hai bên nhất trí … và đã họp …": the earlier subject
    if not sources and not use_shared:
        sources = _subject_group(
            doc.text, [m for m in candidates if m.start < _first_trigger_start(doc, si, start)]
        )
    before_keys = keys[max(0, i - 6) : i]
    if use_shared:
        actors = [dict(a) for a in shared or []]
    elif pair and _inside_parens(doc.text[sent.start : start], start - sent.start):
        # "Bản ghi nhớ … (ký tại Thái Lan ngày 23/7/2009), ASEAN và Nga …": the document's two parties
        actors = [dict(a, role="source") for a in pair]
    elif not sources and any(_contains(before_keys, p) for p in _PAIR_WORDS) and pair:
        actors = [dict(a, role="source") for a in pair]
    elif not sources and _pronoun_before(syls, i, clause_start) and (person := _last_person(doc, start)):
        actors = [_arg(person, "source")]
    elif not sources and (person := _titled_person(doc, syls, i, clause_start, start)):
        actors = [_arg(person, "source")]  # "Thủ tướng nhấn mạnh": the Prime Minister named earlier
    else:
        # "Ngoại trưởng Indonesia tuyên bố": the minister the document names, not the country
        holders = [_office_holder(doc, m, start) or m for m in sources]
        actors = [
            _arg(m, "source")
            for k, m in enumerate(holders)
            if m.entity_id not in {x.entity_id for x in holders[:k]}
        ]
    after = [m for m in mentions if m.start >= end]
    nominal = keys[i] in _NOMINALISERS or (i > 0 and keys[i - 1] in _NOMINALISERS)
    visitor = _possessor(doc, syls, i, j, after) if nominal else None
    if visitor is not None:
        # "chuyến thăm … của ông", "lệnh trừng phạt của Mỹ": the possessor acts, the rest are targets
        actors = [_arg(visitor, "source")] + [
            dict(a, role="target") for a in actors if a.get("entity_id") != visitor.entity_id
        ]
    between = _between_pair(doc.text, end, after)
    if between:
        actors = [_arg(between[0], "source"), _arg(between[1], "target")]
    targets = _targets(doc.text, end, after, trig.action)
    actors += [_arg(m, "target") for m in targets if m.entity_id not in {a.get("entity_id") for a in actors}]
    if causer is not None and causer.entity_id not in {a.get("entity_id") for a in actors}:
        actors.append(_arg(causer, "source"))  # "ông Biden đưa Mỹ tái gia nhập …": Mỹ joins too
    if not actors and not doc.text[sent.start : start].strip(' "'):
        # "Phát biểu tại …, Tổng thống Joko Widodo cho biết": an opening phrase shares the main subject
        comma = doc.text.find(",", end, window[1])
        if comma >= 0:
            main = [m for m in mentions if comma < m.start < window[1] and m.type in SOURCE_TYPES]
            actors = [_arg(m, "source") for m in _subject_group(doc.text, main)]
    if not any(a.get("role") == "source" for a in actors) and re.search(
        r"\bđược\s*$", doc.text[clause_start:start]
    ):
        # "… được thông qua ở Quốc hội hồi tháng 3": the passive's agent is the body it happened in
        agent = re.match(r"\s+(?:ở|tại|bởi)\s+", doc.text[end : end + 8])
        body = next(
            (m for m in mentions if agent and m.start == end + agent.end() and m.type == "ORG"),
            None,
        )
        if body is not None:
            actors = [_arg(body, "source")] + [a for a in actors if a.get("entity_id") != body.entity_id]
    rule = cues["context"].get(trig.keys) or {}
    if rule.get("person_source") and not any(
        a.get("type") == "PER" and a.get("role") == "source" for a in actors
    ):
        return None  # "đến Indonesia" is a visit when a person goes there
    if not any(a["type"] in SOURCE_TYPES for a in actors):
        return None
    if trig.action == "STATEMENT":
        speakers = [a for a in actors if a.get("role") == "source"]
        if not speakers or _inside_quotes(doc.text, sent.start, start, sent.end):
            return None
    allowed = set(ontology()[trig.action].get("object_types") or [])
    actor_ids = {a.get("entity_id") for a in actors}
    obj = next(
        (
            m
            for m in after
            if m.type in allowed
            and m.start - end < 120
            and m.start < window[1]
            and m.entity_id not in actor_ids
        ),
        None,
    )
    if obj is None and allowed & {"EVENT", "MECHANISM"}:
        obj = next((m for m in reversed(candidates) if m.type in allowed & {"EVENT", "MECHANISM"}), None)
    if obj is None and _inside_parens(doc.text[sent.start : start], start - sent.start):
        # "Bản ghi nhớ … (ký tại Thái Lan ngày 23/7/2009)": the aside is about the name before it
        obj = next((m for m in reversed(mentions) if m.end <= start and m.type in allowed), None)
    if trig.action == "ESTABLISH" and j < len(syls) and syls[j].key in ("quan", "hợp", "cơ", "đối"):
        obj = None  # "thiết lập quan hệ / hợp tác giữa …": the relation is the object, not a name after it
    if trig.action == "APPOINT":
        appointee = next((m for m in after if m.type == "PER" and m.start - end < 80), None)
        if appointee:
            actors.append(_arg(appointee, "target"))
        post = re.search(r"\blàm\b", doc.text[end : window[1]])
        obj = next((m for m in after if post and m.start > end + post.end() and m.type in allowed), None)
    phrase = None
    if obj is None and trig.action == "STATEMENT":
        phrase = _said(doc.text, syls, j, sent.end)  # what was said may hold other triggers
    elif obj is None and trig.action not in ("MEET", "VISIT"):
        # "kêu gọi phía Nga minh bạch hơn": what is called for comes after whom it is asked of
        after_targets = j
        while after_targets < len(syls) and (
            syls[after_targets].key == "phía"
            or any(t.start <= syls[after_targets].start < t.end for t in targets if t.start - end < 12)
        ):
            after_targets += 1
        phrase = _object_phrase(doc.text, syls, after_targets, window[1], mentions, times)
    if phrase:
        obj_arg = {"entity_id": None, "text": phrase[0], "type": None, "start": phrase[1], "end": phrase[2]}
    else:
        obj_arg = _arg(obj) if obj else None
    place = (
        None
        if trig.action == "APPOINT"
        else _place(doc.text, [m for m in mentions if window[0] <= m.start < window[1]], start, end, obj)
    )
    if place is None and window[0] == sent.start:
        # "Trong buổi họp báo ngày 1/11 tại thủ đô Jakarta, Ngoại trưởng … cho biết": a fronted setting
        place = next(
            (
                m
                for m in mentions
                if m.end <= start
                and _is_place(doc.text, m)
                and re.match(r"\s*(?:,|(?:ngày|hôm|vào)[^,]{0,25},)", doc.text[m.end : start])
            ),
            None,
        )
    if place is None and trig.action == "VISIT":
        # "bay đến Iran", "chuyến thăm … tới Trung Quốc": where the visitor goes is where the visit is
        place = next((m for m in targets if m.type == "LOC"), None)
    actors = [_as_government(doc, a) for a in actors]
    names = [m for m in mentions if m.type in ("AGREEMENT", "EVENT", "MECHANISM", "FUND")]
    times = [t for t in times if not _names_period(doc.text, t, names)]
    # after "cho biết", "tuyên bố", "đề nghị" comes what was said, and its dates; "phát biểu" is the act itself
    says = _says(trig)
    # '"…", X cho biết hôm 29/4': after a closing quote the content came first, the time after is the saying's
    quote_first = says and re.search(r'"\s*,[^"]*$', doc.text[sent.start : start]) is not None
    hi = start if says and not quote_first else window[1]
    # times after the next trigger are this one's only when shared with it ("phát biểu tại cuộc họp … ngày 23/4")
    date = _date(
        [t for t in times if window[0] <= t.start and (t.start < hi or (not says and t.start >= window[1]))],
        start,
        end,
        names,
    )
    if date is None and n_events == 1 and not says:
        date = _date(times, start, end, names)
    amount = (
        next(
            (
                {"value": q.value, "unit": q.unit, "per": q.per, "text": q.text}
                for q in doc.quantities
                if q.sentence == si
            ),
            None,
        )
        if trig.action in ("PROVIDE_AID", "TRADE")
        else None
    )
    modality = _modality(keys, i, cues, doc.text, syls, clause_start)
    negated = any(_contains(keys[max(0, i - 3) : i], w) for w in cues["negation"])
    confidence = round(0.4 + 0.2 * bool(actors) + 0.2 * bool(date) + 0.1 * bool(obj) + 0.1 * bool(place), 2)
    return Event(
        start=start,
        end=end,
        trigger=doc.text[start:end],
        action=trig.action,
        sentence=si,
        modality=modality,
        negated=negated,
        reported=reported,
        actors=actors,
        object=obj_arg,
        place=_arg(place) if place else None,
        date=date,
        amount=amount,
        confidence=confidence,
    )


def _modality(
    keys: list[str], i: int, cues: dict[str, Any], text: str, syls: list[Syl], clause_start: int
) -> str:
    window_start = i
    while window_start > 0 and syls[window_start - 1].start >= clause_start and i - window_start < 8:
        window_start -= 1
    before = keys[window_start:i]
    for modality in ("hoped", "planned", "possible", "requested"):  # "hy vọng … sẽ" is a hope
        if any(_contains(before, w) for w in cues["modality"][modality]):
            return modality
    return "asserted"
