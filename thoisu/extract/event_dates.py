"""When an event happened: which of a sentence's time expressions belong to which trigger
(``_owned_times``: fronted phrases, clause openers, subordinate clauses, reported content), periods
that belong to a name rather than to an event, and the date record chosen for an event.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from thoisu.model import Mention, TimeExpr

if TYPE_CHECKING:
    from thoisu.extract.events import Trigger


def _names_period(text: str, t: TimeExpr, names: list[Mention]) -> bool:
    """``Chương trình … giai đoạn 2010-2015``: a period right after a name belongs to the name."""
    return t.granularity == "period" and any(
        0 <= t.start - n.end <= 12 and text[n.end : t.start].strip() in ("", "giai đoạn", "cho giai đoạn")
        for n in names
    )


_SUBORDINATORS = (" mà ", " khi ", " nơi ", " vì ", " bởi ")
# (a bare "khi" is left out: "đã tiến xa hơn khi triệu tập một hội nghị" names the act itself)
_CLAUSE_OPENERS = (" mà ", " vì ", " bởi ", " nơi ", " sau khi ", " trước khi ", " kể từ khi ")
_TENSE = re.compile(r"\b(?:đã|đang|sẽ|vừa)\s")


def _subordinate_after_predicate(gap: str) -> bool:
    """Does ``gap`` — the text from a time to the next trigger — hold a predicate of its own ("đã kết
    án …") and then a subordinator opening the trigger's clause ("… vì tổ chức tiệc khi thủ đô đang ban
    hành …", "đã khởi động … sau khi Anh quyết định …")? "Năm 2003, sau khi Nga gia nhập …" has no
    predicate before the subordinator: the time dates that clause."""
    opener = min((at for w in _CLAUSE_OPENERS if (at := f" {gap} ".find(w)) >= 0), default=-1)
    return opener > 0 and bool(_TENSE.search(gap[:opener]))


_FRONTING = (
    "trong",
    "tại",
    "khi",
    "sau",
    "trước",
    "vào",
    "nhân",
    "hôm",
    "ngày",
    "theo",
    "bên lề",
    "dịp",
    "phát biểu",  # "Phát biểu tại … hôm nay (26/4), Tổng thống … cho biết": one speech, one date
    "trả lời",
)


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

    def owners(t: TimeExpr) -> set[int]:
        before = [k for k, (_, e) in enumerate(spans) if e <= t.start]
        after = [k for k, (b, _) in enumerate(spans) if b >= t.end]
        if after and _subordinate_after_predicate(text[t.end : spans[after[0]][0]]):
            # "… chiều 29/4 đã kết án … khi thủ đô đang ban hành lệnh …": the time dates the main verb,
            # which we read no event for, not the one in the later subordinate clause
            if not before or says[before[-1]] or text[spans[before[-1]][1] : t.start].rstrip().endswith(","):
                return set()
            return {before[-1]}
        if not before:
            return {after[0] if after else 0}
        lead = text[spans[before[-1]][1] : t.start].rstrip()
        if after and (lead.endswith(",") or lead.endswith(".")):
            return {after[0]}  # a time opening a clause dates what follows: "…, ngày 22/4, ông Biden đã …"
        if after and text[t.end : spans[after[0]][0]].lstrip().startswith(",") and _fronted(text, t.start):
            # a time closing a fronted phrase dates both: "Trong cuộc gặp … ngày 29/10, X đã kêu gọi"
            return {before[-1], after[0]}
        if len(before) >= 2 and re.fullmatch(
            r"\s*(tại|trong)\s+(cuộc|buổi|phiên)\s*", text[spans[before[-2]][1] : spans[before[-1]][0]]
        ):
            # "phát biểu tại cuộc họp … ngày 23/4": the meeting's day is the speech's
            return {before[-2], before[-1]}
        if any(w in f" {lead} " for w in _SUBORDINATORS):
            if after and not text[t.end : spans[after[0]][0]].strip():
                return {after[0]}  # "sau khi Bộ Ngoại giao Mỹ ngày 9/4 công bố …": the clause's own verb
            return set()  # "… Thỏa thuận Paris mà ông Trump rút khỏi năm 2018": another clause's time
        if after and says[before[-1]]:
            return {after[0]}  # "cho biết trong năm 2022, Nga dự kiến tổ chức …": the content's time
        return {before[-1]}

    return [t for t in times if n in owners(t)]


def _says(trig: Trigger) -> bool:
    """Triggers followed by what was said, asked or alleged, whose dates belong to that content
    ("cáo buộc can thiệp vào cuộc bầu cử năm 2020": 2020 is the election's year)."""
    return trig.action in ("STATEMENT", "PROPOSE", "ACCUSE") and trig.keys != ("phát", "biểu")


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
