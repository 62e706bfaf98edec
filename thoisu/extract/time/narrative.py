"""Passes over the selected expressions of a whole text: the narrative year and day (``cuối năm``
after ``Năm 2020, ...``, ``năm đó``, a bare clock time), lunar dates and recurring sets.
"""

from __future__ import annotations

import datetime as _dt
import re

from thoisu.extract.time.anchor import Anchor
from thoisu.extract.time.candidates import _Cand

_TOPIC_LEAD = re.compile(r"(?:^|[\n.!?:\"(]\s*)(?:(?:vào|trong|đến|tới|hồi|từ|sau|cho\s+đến)\s+)?$", re.I)
_PRESENT_IN = re.compile(r"(?<!\w)(?:hiện|hiện\s+nay|hiện\s+tại|đến\s+nay|hôm\s+nay|năm\s+nay)(?!\w)", re.I)
_PRESENT_AFTER = re.compile(r"^\s*(?:đến\s+nay|tới\s+nay|nay|này|hiện\s+nay)(?!\w)", re.I)


def _narrative(text: str, chosen: list[_Cand], anchor: Anchor | None) -> None:
    """Resolve what the anchor cannot: "cuối năm" inside a narrative, "tháng 10 năm đó".

    A sentence that opens with an explicit date and a comma ("Năm 2020, ...") sets the topic
    year; a bare part of a year ("giữa năm", "cuối năm") or a month without a year within the
    next 400 characters refers to it, unless it or the text between says it is the present
    ("từ đầu năm đến nay", "hiện sống ở ..."), or it is a flashback ("hồi tháng 2").  "năm đó"/"năm ấy" (that
    year) takes the latest explicit year stated in the 600 characters before; else it stays XXXX.
    A clock time without a date ("lúc 8h30", "12h trưa") takes the day of the latest
    day-precise expression in the 300 characters before, unless it is part of a schedule
    ("mở cửa từ 5 giờ sáng đến 10 giờ tối" stays XXXX-XX-XXT05:00).
    """
    topic: tuple[int, int] | None = None  # (year, end offset)
    last: tuple[int, int] | None = None  # the latest explicit year mentioned
    # the latest day-precise value: (YYYY-MM-DD, end offset, needed the anchor, said of an evening)
    day: tuple[str, int, bool, bool] | None = None
    for c in chosen:
        if c.value and re.match(r"\d{4}-\d\d-\d\d(?:T|$)", c.value) and c.gran in ("day", "time"):
            evening = re.match(r"(?:tối|đêm|khuya)\b", text[c.start : c.end], re.I) is not None
            day = (c.value[:10], c.end, c.needs_anchor, evening)
        if c.bare == "clock":
            # "lúc 8h30" after "sáng nay" / "ngày 21/4" in the same paragraph: that day
            lead = text[max(0, c.start - 40) : c.start].lower()
            schedule = re.search(r"(?<!\w)từ\s*$", lead) or re.search(
                r"(?<!\w)từ\s+\d{1,2}(?:h|:|\s+giờ)\S*.*đến\s*$", lead
            )
            if day is not None and not schedule and c.start - day[1] <= 300:
                d0 = day[0]
                if day[3] and int(c.value[11:13]) < 6 and "X" not in d0:
                    # "tối 24/4 ... 2 giờ sáng": the small hours after that evening
                    d0 = (_dt.date.fromisoformat(d0) + _dt.timedelta(days=1)).isoformat()
                c.value = d0 + c.value[10:]
                c.needs_anchor = day[2]
            continue
        if (
            c.value
            and re.match(r"\d{4}", c.value)
            and not c.needs_anchor
            and c.gran in ("day", "month", "year", "time")
        ):
            last = (int(c.value[:4]), c.end)
            lead = text[max(0, c.start - 40) : c.start]
            if c.evidence and _TOPIC_LEAD.search(lead) and text[c.end : c.end + 1] == ",":
                topic = (c.evidence[0], c.end)
            continue
        if c.bare == "that":
            if last is not None and c.start - last[1] <= 600:
                c.value = f"{last[0]:04d}" + c.value[4:]
            continue
        if not c.bare or topic is None or c.start - topic[1] > 400:
            continue
        if anchor is not None and topic[0] == anchor.y:
            continue
        if _PRESENT_AFTER.match(text[c.end : c.end + 14]) or _PRESENT_IN.search(text[topic[1] : c.start]):
            continue  # "từ đầu năm đến nay"; "... hiện sống ở Mỹ. Tháng 2, ...": back to the present
        if text[max(0, c.start - 4) : c.start].lower().strip() == "hồi":
            continue  # "hồi tháng 2": a flashback from the time of writing
        y = topic[0]
        if c.bare == "year":
            c.value = f"{y:04d}"
        else:
            c.value = f"{y:04d}" + c.value[4:]
        c.needs_anchor = False


_LUNAR_AFTER = re.compile(r"^\s*(?:âm\s+lịch|ÂL)(?!\w)", re.I)
_EVERY_AFTER = re.compile(r"^\s*(?:hàng|hằng|mỗi)\s+(?P<u>năm|tháng|tuần)(?!\w)", re.I)
_EVERY_BEFORE = re.compile(r"(?<!\w)(?:mỗi|hàng|hằng)(?:\s+dịp)?\s*$", re.I)
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:các|những)\s*$", re.I)
_YEAR_IN_VALUE = re.compile(r"(?<![\dWQH])\d{4}(?=-|/|$)")


def _sets(text: str, chosen: list[_Cand]) -> list[_Cand]:
    """Lunar dates are dropped; recurring ones ("tháng 4 hàng năm", "mỗi dịp cuối tuần") lose
    the year or week that the anchor would wrongly have given them (TIMEX3 SET-like values)."""
    out = []
    for c in chosen:
        after = text[c.end : c.end + 16]
        before = text[max(0, c.start - 12) : c.start]
        if _LUNAR_AFTER.match(after):
            continue
        if c.value and c.gran not in ("duration",):
            every = _EVERY_AFTER.match(after) or _EVERY_BEFORE.search(before)
            weekly = c.rule in ("weekday", "part_week")
            if weekly and (every or _PLURAL_BEFORE.search(before)):
                if c.rule == "weekday":
                    c.value = (
                        f"XXXX-WXX-{_dt.date.fromisoformat(c.value[:10]).isoweekday()}"
                        if "X" not in c.value
                        else c.value
                    )
                else:
                    c.value = "XXXX-WXX"
                c.needs_anchor = False
            elif (
                every and c.needs_anchor and c.rule in ("month", "range_months", "part_month_bare", "season")
            ):
                c.value = _YEAR_IN_VALUE.sub("XXXX", c.value)
                c.needs_anchor = False
        out.append(c)
    return out
