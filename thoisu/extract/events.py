"""Events: who did what to whom, when and where — one record per trigger in a sentence.

A trigger from the action ontology (``data/actions.yaml``) that lines up with segmented words and
passes its context rule (``data/event_rules.yaml``) becomes an event; its arguments come from the
same sentence: actors (entity mentions before and after it; ``hai bên`` resolved to the pair the
document last named), object (the agreement, mechanism, event or fund it acts on), place (``tại
Hà Nội``, ``(Singapore, 23/7/2008)``), date (the time expression nearest to the trigger that is
not part of a name), amount.  Modality, negation and reported speech are attributes.

    >>> from thoisu.pipeline import Pipeline
    >>> doc = Pipeline().from_text("Ngày 30/6/2019, tại Hà Nội, Việt Nam và EU đã ký Hiệp định EVFTA.")
    >>> ev = doc.events[0]
    >>> ev.action, [a["entity_id"] for a in ev.actors], ev.place["entity_id"], ev.date["value"]
    ('SIGN_AGREEMENT', ['VNM', 'org:eu'], 'vn:ha-noi', '2019-06-30')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from thoisu.extract.actions import ontology
from thoisu.extract.entities import Syl, _syllables
from thoisu.extract.gazetteer import gazetteer, syllables
from thoisu.model import Doc, Event, Mention, TimeExpr

ACTOR_TYPES = {"PER", "ORG", "LOC", "MECHANISM"}
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


@dataclass(frozen=True)
class Trigger:
    keys: tuple[str, ...]
    action: str
    phrase: str


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    return yaml.safe_load(
        resources.files("thoisu.extract.data").joinpath("event_rules.yaml").read_text("utf-8")
    )


@lru_cache(maxsize=1)
def _triggers() -> tuple[dict[tuple[str, ...], Trigger], int]:
    table: dict[tuple[str, ...], Trigger] = {}
    for action, spec in ontology().items():
        for phrase in spec.get("triggers", []):
            keys = tuple(syllables(phrase))
            table.setdefault(keys, Trigger(keys, action, phrase))
    return table, max(len(k) for k in table)


@lru_cache(maxsize=1)
def _cue_sets() -> dict[str, Any]:
    r = _rules()
    return {
        "modality": {m: [tuple(syllables(w)) for w in ws] for m, ws in r["modality"].items()},
        "negation": [tuple(syllables(w)) for w in r["negation"]],
        "reported": [tuple(syllables(w)) for w in r["reported"]],
        "non_political": [tuple(syllables(w)) for w in r["non_political"]],
        "context": {tuple(syllables(k)): v for k, v in r["context"].items()},
    }


def extract_events(doc: Doc) -> Doc:
    cues = _cue_sets()
    triggers, longest = _triggers()
    word_bounds = {t.start for t in doc.tokens} | {t.end for t in doc.tokens}
    events: list[Event] = []
    pair: list[dict[str, Any]] = []  # the two parties the document last named together
    for si, sent in enumerate(doc.sentences):
        if sent.kind in ("timestamp",):
            continue
        syls = _syllables(doc.text, sent.start, sent.end)
        keys = [s.key for s in syls]
        mentions = [m for m in doc.mentions if m.sentence == si]
        times = [t for t in doc.times if sent.start <= t.start < sent.end]
        political = not any(_contains(keys, w) for w in cues["non_political"])
        reported = any(_contains(keys, w) for w in cues["reported"]) or '"' in doc.text[sent.start : sent.end]
        pair = _update_pair(doc.text, mentions, pair)
        found = _find_triggers(doc, syls, keys, mentions, word_bounds, cues, political, triggers, longest)
        previous: Event | None = None
        for n, (i, j, trig) in enumerate(found):
            lo = syls[found[n - 1][1] - 1].end if n else sent.start
            hi = syls[found[n + 1][0]].start if n + 1 < len(found) else sent.end
            spans = [(syls[a].start, syls[b - 1].end) for a, b, _ in found]
            says = [_says(t) for _, _, t in found]
            owned = _owned_times(doc.text, times, spans, n, says)
            ev = _build(
                doc,
                si,
                syls,
                i,
                j,
                trig,
                mentions,
                owned,
                pair,
                cues,
                reported,
                (lo, hi),
                len(found),
                [a for a in previous.actors if a.get("role") == "source"] if previous is not None else None,
            )
            if ev is None:
                if previous is not None and previous.action == trig.action and previous.date is None:
                    # the same action restated without its actors ("… ký tại PMC+1 … tháng 7/2004")
                    previous.date = _date(owned, syls[i].start, syls[j - 1].end, [])
                continue
            if previous is not None and _coordinated(doc.text, previous, ev):
                # "công bố các lệnh trừng phạt và trục xuất …": one date and modality for the list
                ev.date = ev.date or previous.date
                if ev.modality == "asserted":
                    ev.modality = previous.modality
                taken = {
                    x.get("entity_id")
                    for x in [previous.object or {}, *previous.actors]
                    if x.get("role") != "source"
                }
                mine = [a for a in ev.actors if a.get("role") == "source"]
                if mine and all(a.get("entity_id") in taken for a in mine):
                    # "gia nhập ASEAN … và tham gia APEC": the subject carries over, not the object
                    ev.actors = [a for a in previous.actors if a.get("role") == "source"] + [
                        a for a in ev.actors if a.get("role") != "source"
                    ]
            if previous is not None and _restated(previous, ev):
                # "ký Tuyên bố chung … ký tại PMC+1 với Nga tháng 7/2004": one signing, told twice
                previous.date = previous.date or ev.date
                previous.place = previous.place or ev.place
                continue
            events.append(ev)
            previous = ev
    doc.events = events
    return doc


def _find_triggers(
    doc: Doc,
    syls: list[Syl],
    keys: list[str],
    mentions: list[Mention],
    word_bounds: set[int],
    cues: dict[str, Any],
    political: bool,
    triggers: dict,
    longest: int,
) -> list[tuple[int, int, Trigger]]:
    """Accepted triggers of a sentence as (first syllable, end syllable, trigger), in order."""
    rules = _rules()
    found: list[tuple[int, int, Trigger]] = []
    i = 0
    while i < len(syls):
        hit = None
        for j in range(min(len(syls), i + longest), i, -1):
            trig = triggers.get(tuple(keys[i:j]))
            if trig:
                hit = (j, trig)
                break
        if not hit:
            i += 1
            continue
        j, trig = hit
        start, end = syls[i].start, syls[j - 1].end
        if not _usable(doc, syls, i, j, start, end, mentions, word_bounds, trig, cues, political):
            # "chuyến thăm này" rejected: its "thăm" is not a trigger either (unless the span is a name's)
            inside_name = any(m.start <= start < m.end for m in mentions)
            i = j if j - i > 1 and not inside_name else i + 1
            continue
        if found and found[-1][2].keys == ("quyết", "định") and i - found[-1][1] <= 3:
            found.pop()  # "quyết định đưa Mỹ tái gia nhập …": the decided action is the event
        if found:
            pi, pj, prev = found[-1]
            rule = rules["content_of"].get(prev.action)
            if rule and i - pj <= rule["gap"] and trig.action in rule.get("only", [trig.action]):
                i = j  # "nhất trí tổ chức": the content of the agreement
                continue
            if trig.action == "MEET" and prev.action in rules["absorbs_meet"] and i - pj <= 4:
                i = j  # "tổ chức họp": one event
                continue
            if prev.action == "HOLD_CONFERENCE" and trig.action == "COMMEMORATE" and i - pj <= 1:
                found.pop()  # "tổ chức kỷ niệm 125 năm …": the commemoration is the event
        found.append((i, j, trig))
        i = j
    return found


def _names_period(text: str, t: TimeExpr, names: list[Mention]) -> bool:
    """``Chương trình … giai đoạn 2010-2015``: a period right after a name belongs to the name."""
    return t.granularity == "period" and any(
        0 <= t.start - n.end <= 12 and text[n.end : t.start].strip() in ("", "giai đoạn", "cho giai đoạn")
        for n in names
    )


_NOMINALISERS = ("chuyến", "cuộc", "lệnh", "lời", "việc")
_SUBORDINATORS = (" mà ", " khi ", " nơi ", " vì ", " bởi ")
_FRONTING = ("trong", "tại", "khi", "sau", "trước", "vào", "nhân", "hôm", "ngày", "theo", "bên lề", "dịp")


def _fronted(text: str, pos: int) -> bool:
    """Is ``pos`` inside a phrase that opens its sentence ("Trong cuộc gặp … ngày 29/10, …")?"""
    start = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos)) + 1
    opening = text[start:pos].lstrip(' "').lower()
    return "," not in opening and opening.startswith(_FRONTING)


def _owned_times(
    text: str, times: list[TimeExpr], spans: list[tuple[int, int]], n: int, says: list[bool] | None = None
) -> list[TimeExpr]:
    """The sentence's times that belong to trigger ``n``: a time belongs to the last trigger before
    it (``gia nhập ASEAN ngày 28/7/1995 và tham gia APEC tháng 11/1998``), or, when none precedes
    it, to the first trigger after it (``Năm 2003, … đã ra Tuyên bố``)."""

    says = says or [False] * len(spans)

    def owner(t: TimeExpr) -> int:
        before = [k for k, (_, e) in enumerate(spans) if e <= t.start]
        after = [k for k, (b, _) in enumerate(spans) if b >= t.end]
        if not before:
            return after[0] if after else 0
        lead = text[spans[before[-1]][1] : t.start].rstrip()
        if after and (lead.endswith(",") or lead.endswith(".")):
            return after[0]  # a time opening a clause dates what follows: "…, ngày 22/4, ông Biden đã …"
        if after and text[t.end : spans[after[0]][0]].lstrip().startswith(",") and _fronted(text, t.start):
            return after[0]  # a time closing a fronted phrase: "Trong cuộc gặp … ngày 29/10, X đã kêu gọi"
        if any(w in f" {lead} " for w in _SUBORDINATORS):
            return -1
        if after and says[before[-1]]:
            return after[
                0
            ]  # "cho biết trong năm 2022, Nga dự kiến tổ chức …": the content's time  # "… Thỏa thuận Paris mà ông Trump rút khỏi năm 2018": the time of another clause
        return before[-1]

    return [t for t in times if owner(t) == n]


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


def _restated(a: Event, b: Event) -> bool:
    """The same trigger word again, by the same subject, shortly after: one event told twice."""

    def subject(e: Event) -> set[str]:
        return {x.get("entity_id") for x in e.actors if x.get("role") == "source"}

    return (
        a.trigger.lower() == b.trigger.lower()
        and a.action == b.action
        and b.start - a.end < 120
        and subject(a) == subject(b)
    )


def _says(trig: Trigger) -> bool:
    """Triggers followed by what was said or asked, whose dates belong to that content."""
    return trig.action in ("STATEMENT", "PROPOSE") and trig.keys != ("phát", "biểu")


def _coordinated(text: str, a: Event, b: Event) -> bool:
    """Two triggers of one sentence joined as a list: close, with no clause break between."""
    between = text[a.end : b.start]
    return len(between) <= 80 and not any(c in between for c in ".;:!?") and "đã" not in between.split()


def _contains(keys: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(keys[k : k + n]) == phrase for k in range(len(keys) - n + 1))


def _usable(
    doc: Doc,
    syls: list[Syl],
    i: int,
    j: int,
    start: int,
    end: int,
    mentions: list[Mention],
    word_bounds: set[int],
    trig: Trigger,
    cues: dict[str, Any],
    political: bool,
) -> bool:
    if any(m.start < end and start < m.end for m in mentions):
        return False  # inside a name: "Tổ chức Hợp tác Thượng Hải", "Hội nghị thượng đỉnh"
    if word_bounds and not _aligned(doc.text, syls, i, j, start, end, word_bounds):
        return False  # part of a longer word: "tiếp tục", "cử tri", "Thư ký"
    if _inside_title(syls, i, j):
        return False
    if not political and trig.action in ("MEET", "VISIT", "ATTACK", "HOLD_CONFERENCE"):
        return False
    rule = cues["context"].get(trig.keys)
    if rule is None:
        return True
    before = [s.key for s in syls[max(0, i - 3) : i]]
    for w in rule.get("not_before", []):
        if tuple(syllables(w)) == tuple(before[-len(syllables(w)) :]):
            return False
    after_near = [s.key for s in syls[j : j + 3]]
    for w in rule.get("not_after", []):
        if tuple(syllables(w)) == tuple(after_near[: len(syllables(w))]):
            return False
    window = int(rule.get("window", 6))
    if not any(rule.get(k) for k in ("after_words", "after_types", "before_words", "before_types")):
        return True
    bw = int(rule.get("before_window", 6))
    before_syls = syls[max(0, i - bw) : i]
    before_all = [s.key for s in before_syls]
    for w in rule.get("before_words", []):
        if _contains(before_all, tuple(syllables(w))):
            return True
    if before_syls and any(
        m.type in set(rule.get("before_types", [])) and before_syls[0].start <= m.start < start
        for m in mentions
    ):
        return True
    after = syls[j : j + window]
    after_keys = [s.key for s in after]
    for w in rule.get("after_words", []):
        if _contains(after_keys, tuple(syllables(w))):
            return True
    if after:
        limit = after[-1].end
        types = set(rule.get("after_types", []))
        if any(m.type in types and end <= m.start <= limit for m in mentions):
            return True
    return False


def _aligned(text: str, syls: list[Syl], i: int, j: int, start: int, end: int, bounds: set[int]) -> bool:
    """The trigger starts and ends on word boundaries; a name glued to it by the segmenter
    ("Nga cáo buộc" as one word) counts as a boundary."""
    ok_start = start in bounds or (i > 0 and syls[i - 1].cap)
    ok_end = end in bounds or (j < len(syls) and syls[j].cap)
    return ok_start and ok_end


def _inside_title(syls: list[Syl], i: int, j: int) -> bool:
    g = gazetteer()
    for a in range(max(0, i - g.max_title_len + 1), i + 1):
        for b in range(j, min(len(syls), a + g.max_title_len) + 1):
            if b > a and tuple(s.key for s in syls[a:b]) in g.titles and (a < i or b > j):
                return True
    return False


def _arg(m: Mention, role: str | None = None) -> dict[str, Any]:
    out = {"entity_id": m.entity_id, "text": m.text, "type": m.type, "start": m.start, "end": m.end}
    if role:
        out["role"] = role
    return out


def _update_pair(text: str, mentions: list[Mention], pair: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``A và B``, ``giữa A và B``, ``A-B`` / ``A - B``: the document's current two parties."""
    actors = [m for m in mentions if m.type in ("LOC", "ORG")]
    for a, b in zip(actors, actors[1:], strict=False):
        gap = text[a.end : b.start]
        if gap.strip() in ("và", "-", "với") and a.entity_id != b.entity_id:
            return [_arg(a), _arg(b)]
    return pair


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
    candidates = [m for m in mentions if m.type in SOURCE_TYPES and m.end <= start and id(m) not in places]
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
    if cut >= 0 and not _inside_parens(region, cut):
        # "Liên quan đến tình hình Myanmar, Ngoại trưởng Lavrov khẳng định": the subject follows the comma
        after_comma = [m for m in in_clause if m.start > clause_start + cut]
        in_clause = after_comma or in_clause
    sources = _subject_group(doc.text, in_clause)
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
    else:
        actors = [_arg(m, "source") for m in sources]
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
    if obj is None and trig.action not in ("STATEMENT", "MEET", "VISIT"):
        phrase = _object_phrase(doc.text, syls, j, window[1], mentions, times)
        obj_arg = (
            {"entity_id": None, "text": phrase[0], "type": None, "start": phrase[1], "end": phrase[2]}
            if phrase
            else None
        )
    else:
        obj_arg = _arg(obj) if obj else None
    place = (
        None
        if trig.action == "APPOINT"
        else _place(doc.text, [m for m in mentions if window[0] <= m.start < window[1]], start, end, obj)
    )
    names = [m for m in mentions if m.type in ("AGREEMENT", "EVENT", "MECHANISM", "FUND")]
    times = [t for t in times if not _names_period(doc.text, t, names)]
    # after "cho biết", "tuyên bố", "đề nghị" comes what was said, and its dates; "phát biểu" is the act itself
    says = _says(trig)
    hi = start if says else window[1]
    date = _date([t for t in times if window[0] <= t.start < hi], start, end, names)
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
    g = text.find("giữa", end, end + 30)
    if g < 0:
        return None
    ms = [m for m in after if m.start > g and m.type in ACTOR_TYPES][:2]
    if len(ms) == 2 and re.match(r"(và|với|-)(\s|$)", text[ms[0].end : ms[1].start].strip() + " "):
        return ms[0], ms[1]  # "giữa Ngoại trưởng Nga và Tổng Thư ký ASEAN"
    return None


def _possessor(doc: Doc, syls: list[Syl], i: int, j: int, after: list[Mention]) -> Mention | None:
    k = j
    while k < len(syls) and k - j < 3 and syls[k].key != "của":
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
        if direct or introduced or (out and g in ("và", ",", "cùng")):
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


def _date(times: list[TimeExpr], start: int, end: int, names: list[Mention]) -> dict[str, Any] | None:
    usable = [
        t
        for t in times
        if t.granularity != "duration"
        and t.value
        and not t.value.startswith("..")
        and not t.value.endswith("/..")  # "sau năm 2020": the period of a plan, not when it happened
        and not any(n.start <= t.start and t.end <= n.end for n in names)
    ]
    if not usable:
        return None
    best = min(usable, key=lambda t: min(abs(t.start - end), abs(start - t.end)))
    return {
        "value": best.value,
        "granularity": best.granularity,
        "text": best.text,
        "mod": best.mod,
        "inferred": best.inferred,
    }


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
