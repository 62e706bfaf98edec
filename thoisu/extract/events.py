"""Events: who did what to whom, when and where — one record per trigger in a sentence.

A trigger from the action ontology (``data/actions.yaml``) that lines up with segmented words and
passes its context rule (``data/event_rules.yaml``) becomes an event; its arguments come from the
same sentence: actors (entity mentions before and after it; ``hai bên`` resolved to the pair the
document last named), object (the agreement, mechanism, event or fund it acts on), place (``tại
Hà Nội``, ``(Singapore, 23/7/2008)``), date (the time expression nearest to the trigger that is
not part of a name), amount.  Modality, negation and reported speech are attributes.

Trigger finding and the stage live here; argument extraction is in ``event_args`` (with actor, target
and place helpers in ``event_actors``) and date ownership in ``event_dates``.

    >>> from thoisu.pipeline import Pipeline
    >>> doc = Pipeline().from_text("Ngày 30/6/2019, tại Hà Nội, Việt Nam và EU đã ký Hiệp định EVFTA.")
    >>> ev = doc.events[0]
    >>> ev.action, [a["entity_id"] for a in ev.actors], ev.place["entity_id"], ev.date["value"]
    ('SIGN_AGREEMENT', ['VNM', 'org:eu'], 'vn:ha-noi', '2019-06-30')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from thoisu.extract.actions import ontology
from thoisu.extract.entities import Syl, _syllables
from thoisu.extract.event_actors import ACTOR_TYPES, _update_pair
from thoisu.extract.event_args import OBJECT_TYPES, SOURCE_TYPES, _build, _contains
from thoisu.extract.event_dates import _date, _owned_times, _says
from thoisu.extract.gazetteer import gazetteer, syllables
from thoisu.extract.people import _title_at
from thoisu.model import Doc, Event, Mention

# the argument-type sets moved out with the argument code; they stay importable from here
__all__ = ["ACTOR_TYPES", "OBJECT_TYPES", "SOURCE_TYPES", "Trigger", "_triggers", "extract_events"]


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


def _non_political_story(doc: Doc, cues: dict[str, Any]) -> bool:
    """Is the document mostly about sport, entertainment or markets (by the share of its sentences
    that use their vocabulary)?"""
    if not doc.sentences:
        return False
    flagged = 0
    for sent in doc.sentences:
        keys = [s.key for s in _syllables(doc.text, sent.start, sent.end)]
        flagged += any(_contains(keys, w) for w in cues["non_political"])
    return flagged / len(doc.sentences) >= _rules().get("non_political_share", 1.0)


def _two_parties(ev: Event) -> list[dict[str, Any]] | None:
    """One source and one target of a bilateral action, as the document's current pair."""
    if ev.action not in ("MEET", "VISIT", "SIGN_AGREEMENT", "AGREE", "ESTABLISH"):
        return None
    sources = [a for a in ev.actors if a.get("role") == "source" and a.get("entity_id")]
    targets = [a for a in ev.actors if a.get("role") == "target" and a.get("entity_id")]
    if len(sources) == 1 and targets and targets[0]["entity_id"] != sources[0]["entity_id"]:
        return [{k: v for k, v in a.items() if k != "role"} for a in (sources[0], targets[0])]
    return None


def extract_events(doc: Doc) -> Doc:
    cues = _cue_sets()
    triggers, longest = _triggers()
    word_bounds = {t.start for t in doc.tokens} | {t.end for t in doc.tokens}
    events: list[Event] = []
    pair: list[dict[str, Any]] = []  # the two parties the document last named together
    if _non_political_story(doc, cues):
        doc.events = []  # sports, show business, markets: no diplomatic events to invent
        return doc
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
            if previous is not None and ev.place is None and _same_trip(previous, ev):
                ev.place = previous.place  # "bay đến Iran và ký một thỏa thuận": signed in Iran
            if previous is not None and _restated(previous, ev):
                # "ký Tuyên bố chung … ký tại PMC+1 với Nga tháng 7/2004": one signing, told twice
                previous.date = previous.date or ev.date
                previous.place = previous.place or ev.place
                continue
            events.append(ev)
            previous = ev
            parties = _two_parties(ev)
            if parties:
                pair = parties  # "X hội đàm với Y. Hai bên nhất trí …": the two sides just named
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
        if trig.keys == ("trở", "thành") and _title_at(syls, j, gazetteer()):
            trig = Trigger(trig.keys, "APPOINT", trig.phrase)  # "sẽ trở thành Bộ trưởng Giáo dục"
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


def _same_trip(visit: Event, ev: Event) -> bool:
    """An event that the visitor of the sentence's visit does next happens where the visit went."""
    if visit.action != "VISIT" or visit.place is None or ev.action == "VISIT":
        return False
    visitors = {a.get("entity_id") for a in visit.actors if a.get("role") == "source"}
    doers = {a.get("entity_id") for a in ev.actors if a.get("role") == "source"}
    return bool(doers) and doers <= visitors


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


def _coordinated(text: str, a: Event, b: Event) -> bool:
    """Two triggers of one sentence joined as a list: close, with no clause break between."""
    between = text[a.end : b.start]
    return len(between) <= 80 and not any(c in between for c in ".;:!?") and "đã" not in between.split()


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
    rule = (
        cues["context"].get(trig.keys) if trig.action != "APPOINT" or trig.keys != ("trở", "thành") else None
    )
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
    if before and before[-1] in rule.get("nominal_ok", []):
        return True  # "các cuộc thảo luận": talks, whatever follows
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
    # a name glued to the trigger, or a passive marker glued to it ("bị cáo buộc" read as "bị cáo")
    ok_start = start in bounds or (i > 0 and (syls[i - 1].cap or syls[i - 1].key in ("bị", "được")))
    ok_end = end in bounds or (j < len(syls) and syls[j].cap)
    return ok_start and ok_end


def _inside_title(syls: list[Syl], i: int, j: int) -> bool:
    g = gazetteer()
    for a in range(max(0, i - g.max_title_len + 1), i + 1):
        for b in range(j, min(len(syls), a + g.max_title_len) + 1):
            if b > a and tuple(s.key for s in syls[a:b]) in g.titles and (a < i or b > j):
                return True
    return False
