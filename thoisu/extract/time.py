"""Vietnamese temporal tagger: time expressions with TIMEX3-like ISO 8601 values.

    >>> [(t.text, t.value, t.granularity) for t in find_times("Hội nghị diễn ra từ ngày 2 đến 4-2.", "2020-02-05")]
    [('từ ngày 2 đến 4-2', '2020-02-02/2020-02-04', 'period')]
    >>> [(t.text, t.value) for t in find_times("Nga tham gia TAC tháng 11/2004 và năm 2005.")]
    [('tháng 11/2004', '2004-11'), ('năm 2005', '2005')]
    >>> find_times("ngày 3-2")[0].value          # no anchor: the year stays unknown
    'XXXX-02-03'

`find_times(text, anchor)` finds every expression (non-overlapping, longest match first) and
resolves partial and relative ones against ``anchor`` (a date, ``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY``).  `tag_times(doc)` is the pipeline stage: it anchors on ``doc.published`` or, without
one, on the latest explicit date the document states (``inferred=True``).  The lexicons live in
``data/time_words.yaml``; the value conventions are in ``docs/times.md``.

The rules are written for precision: a number is a date only in a date context (``ngày``,
``hôm``, a part of the day, a weekday, a date preposition, a parenthesised dateline), never when
it is glued to letters (``G20``, ``COVID-19``, ``AMM-29``), followed by a unit (``2020 người``),
a fraction noun (``2/3 dân số``), or after a score word (``thắng 2-1``).
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from thoisu.model import Doc, TimeExpr
from thoisu.text.numbers import NUMBER_WORDS_RE, parse_number

__all__ = ["find_times", "tag_times", "infer_reference", "Anchor", "parse_anchor"]

_DATA = Path(__file__).parent / "data" / "time_words.yaml"


# --- lexicon -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    with open(_DATA, encoding="utf-8") as f:
        return yaml.safe_load(f)


def _alt(words) -> str:
    """A regex alternation of words, longest first, spaces matching any whitespace run."""
    ws = sorted({str(w) for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) + ")"


def _norm_ws(s: str) -> str:
    return " ".join(s.split()).lower()


# --- anchors -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Anchor:
    """A reference date, possibly known only to the month or the year."""

    y: int
    m: int | None = None
    d: int | None = None

    @property
    def iso(self) -> str:
        return _fmt(self.y, self.m, self.d)

    def date(self) -> _dt.date | None:
        return _dt.date(self.y, self.m, self.d) if self.m and self.d else None


_ANCHOR_RE = re.compile(r"^\s*(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?")


def parse_anchor(value: str | _dt.date | Anchor | None) -> Anchor | None:
    """``2020-10-01``, ``2020-10-01T11:21``, ``20201001``, ``2020-10``, ``2020`` or a date."""
    if value is None or isinstance(value, Anchor):
        return value
    if isinstance(value, _dt.date):
        return Anchor(value.year, value.month, value.day)
    m = _ANCHOR_RE.match(str(value))
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            _dt.date(y, int(mo), int(d))
            return Anchor(y, int(mo), int(d))
        if mo and 1 <= int(mo) <= 12:
            return Anchor(y, int(mo))
    except ValueError:
        return None
    return Anchor(y)


# --- value helpers -----------------------------------------------------------------------------
def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    s = f"{y:04d}" if y is not None else "XXXX"
    if m is not None or d is not None:
        s += f"-{m:02d}" if m is not None else "-XX"
    if d is not None:
        s += f"-{d:02d}"
    return s


def _valid(y: int | None, m: int, d: int) -> bool:
    try:
        _dt.date(y if y is not None else 2000, m, d)  # 2000 is a leap year: 29/2 passes
        return True
    except ValueError:
        return False


def _month_index(y: int, m: int) -> int:
    return y * 12 + m - 1


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = _month_index(y, m) + k
    return i // 12, i % 12 + 1


def _iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


# modes: "window" (past-biased), "future" (future-biased), "past" (strictly before / on),
# "next" (strictly after), "this" (same year), ("rel", k) (anchor year + k)
def _year_for_dm(d: int, m: int, a: Anchor | None, mode) -> int | None:
    if a is None:
        return None
    if isinstance(mode, tuple):
        return a.y + mode[1]
    if mode == "this" or a.m is None:
        return a.y
    ad = _dt.date(a.y, a.m, a.d or 15)
    cands = []
    for y in (a.y - 1, a.y, a.y + 1):
        if _valid(y, m, d):
            cands.append((y, (_dt.date(y, m, d) - ad).days))
    if not cands:
        return a.y
    if mode == "past":
        past = [c for c in cands if c[1] <= 0]
        return max(past, key=lambda c: c[1])[0] if past else a.y
    if mode == "next":
        nxt = [c for c in cands if c[1] > 0]
        return min(nxt, key=lambda c: c[1])[0] if nxt else a.y
    lo, hi = (-60, 305) if mode == "future" else (-245, 120)
    for y, delta in cands:
        if lo <= delta < hi:
            return y
    return a.y


def _year_for_month(m: int, a: Anchor | None, mode) -> int | None:
    if a is None:
        return None
    if isinstance(mode, tuple):
        return a.y + mode[1]
    if mode == "this" or a.m is None:
        return a.y
    here = _month_index(a.y, a.m)
    cands = [(y, _month_index(y, m) - here) for y in (a.y - 1, a.y, a.y + 1)]
    if mode == "past":
        return max((c for c in cands if c[1] < 0), key=lambda c: c[1])[0]
    if mode == "next":
        return min((c for c in cands if c[1] > 0), key=lambda c: c[1])[0]
    lo, hi = (-3, 8) if mode == "future" else (-9, 2)
    for y, k in cands:
        if lo <= k <= hi:
            return y
    return a.y


def _ym_for_day(d: int, a: Anchor | None, mode) -> tuple[int, int] | None:
    if a is None or a.m is None:
        return None
    if a.d is None or mode == "this":
        return a.y, a.m
    ad = a.date()
    cands = []
    for k in (-1, 0, 1):
        y, m = _add_months(a.y, a.m, k)
        if _valid(y, m, d):
            cands.append(((y, m), (_dt.date(y, m, d) - ad).days))
    if mode == "past":
        past = [c for c in cands if c[1] <= 0]
        return max(past, key=lambda c: c[1])[0] if past else (a.y, a.m)
    if mode == "next":
        nxt = [c for c in cands if c[1] > 0]
        return min(nxt, key=lambda c: c[1])[0] if nxt else (a.y, a.m)
    lo, hi = (-3, 28) if mode == "future" else (-28, 3)
    for ym, delta in cands:
        if lo <= delta <= hi:
            return ym
    return a.y, a.m


# --- candidates --------------------------------------------------------------------------------
@dataclass
class _Cand:
    start: int
    end: int
    value: str | None
    gran: str
    mod: str | None = None
    needs_anchor: bool = False
    prio: int = 0
    evidence: tuple[int, int, int] | None = None  # an explicit point date, for inference
    rule: str = ""
    bare: str | None = None  # "year"/"month": resolved on the anchor only for want of a narrative year


@dataclass
class _Ctx:
    text: str
    anchor: Anchor | None
    lower: str = field(init=False)

    def __post_init__(self) -> None:
        self.lower = self.text.lower()

    def prev_words(self, pos: int, n: int = 3) -> str:
        """Up to ``n`` words before ``pos`` (lower-case, same line), joined by single spaces."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        chunk = self.lower[max(line_start, pos - 60) : pos]
        words = re.findall(r"[^\W_]+|[(),;:%]|[.!?](?=\s|$)", chunk)
        return " ".join(words[-n:])

    def future_cue(self, pos: int) -> bool:
        """A future cue word earlier in the same sentence (at most ~80 characters back)."""
        lo = max(0, pos - 80)
        chunk = self.lower[lo:pos]
        cut = max(chunk.rfind("\n"), chunk.rfind(". "), chunk.rfind("! "), chunk.rfind("? "))
        if cut >= 0:
            chunk = chunk[cut + 1 :]
        return bool(_P().future_cue.search(chunk))

    def in_parens_dateline(self, start: int, end: int) -> bool:
        """``(Jakarta, 7/1996)``, ``(12/2005)``: a value that closes a parenthesis."""
        after = self.text[end : end + 2].lstrip()
        if not after.startswith(")"):
            return False
        before = self.text[max(0, start - 60) : start]
        i = before.rfind("(")
        if i < 0 or ")" in before[i:] or "\n" in before[i:]:
            return False
        inner = before[i + 1 :].rstrip()
        return inner == "" or inner.endswith(",")


# --- patterns ---------------------------------------------------------------------------------
_DAY_WORDS = ("ngày", "hôm", "thứ", "chủ", "mồng", "mùng", "từ")
_NUMBER_FIRST_WORDS = (
    "một hai ba bốn năm sáu bảy bẩy tám chín mười trăm nghìn ngàn vạn triệu tỷ tỉ chục cách".split()
)
_NOT_BEFORE_DURATION = frozenset("thứ ngày tháng năm quý hôm số lần hạng mồng mùng điều khoản giờ".split())


class _Patterns:
    def __init__(self) -> None:
        lx = _lex()
        self.lx = lx
        POD = _alt(lx["parts_of_day"])
        self.pod_kind = {_norm_ws(k): v for k, v in lx["parts_of_day"].items()}
        # First letters a match can start with (a cheap pre-check before the long patterns):
        # parts of the day, ngày/hôm, thứ/chủ, mồng/mùng, từ; number words and "cách đây".
        FW = "".join(sorted({w[0] for w in [*lx["parts_of_day"], *_DAY_WORDS]}))
        FN = "".join(sorted({w[0] for w in _NUMBER_FIRST_WORDS}))
        WD = rf"(?:thứ\s+{_alt([*lx['weekdays'], *lx['weekday_digits']])}|{_alt(lx['sunday'])})"
        D = r"(?:0?[1-9]|[12]\d|3[01])"
        M = r"(?:0?[1-9]|1[0-2])"
        Y = r"(?:1\d{3}|20\d{2}|2100)"
        L = r"(?<!\w)(?<!\w[-+.,/:])"  # a number not glued to a word, code or other number
        L2 = r"(?<!\w)(?<!\w[+.,/:])"  # the same, after the dash of a range ("18/4-25/4")
        R = r"(?!\w)(?![-+.,/:]\d)"
        CLOCK = (
            r"(?:[01]?\d|2[0-3])(?:(?::[0-5]\d)(?!\d)|h(?:[0-5]\d(?:\s+phút(?!\w))?)?(?![^\W\d_])(?!\d)"
            r"|\s+giờ(?:\s+(?:[0-5]?\d)(?:\s+phút)?)?(?!\w))"
        )
        self.CLOCK_RE = re.compile(
            r"(?P<h>\d{1,2})(?::(?P<m1>\d{2})|h(?P<m2>\d{2})?|\s+giờ(?:\s+(?P<m3>\d{1,2}))?)", re.I
        )
        REL_DAY = _alt(lx["relative_days"])
        REL_DAY_SUF = _alt(lx["relative_day_suffixes"])
        PAST = _alt(lx["past_markers"])
        # one-word markers ("tới", "này") only at a clause end: "tới" is also a verb
        FUT_LONG = _alt(w for w in lx["future_markers"] if " " in w)
        SHORT = _alt([w for w in lx["future_markers"] if " " not in w] + lx["this_markers"])
        MARK = rf"(?:{PAST}|{FUT_LONG}|{SHORT}(?=\s*(?:[,.;:!?)\"]|$|\s+(?:và|hoặc|,))))"
        REL_Y = _alt(lx["relative_allowed"]["year"])
        PARTS = _alt(lx["period_parts"])
        HALVES = _alt(lx["halves"])
        MONTH_NAMES = _alt(lx["month_names"])
        self.month_names = {k: v for k, v in lx["month_names"].items()}
        self.roman = lx["roman_numerals"]
        ROMAN = _alt(self.roman)
        UNITS = _alt(lx["duration_units"])
        NUMW = NUMBER_WORDS_RE.pattern.replace("(?<!\\w)", "", 1)
        # ``năm`` as five only before a unit it cannot be confused with ("năm năm", "năm ngày").
        NUM = rf"(?:\d+(?:,\d+)?(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)(?!\w))?|{NUMW}|năm(?=\s+(?:năm|ngày|tuần|thế\s+kỷ|thập\s+kỷ|thập\s+niên)\b))"
        self.D, self.M, self.Y, self.L, self.R = D, M, Y, L, R

        # Prefix of a day expression: [clock [pod],] [pod] [ngày|hôm|hôm nay] [weekday [,(]] [ngày] [mồng]
        PFX = (
            rf"(?:(?P<clk>{CLOCK})(?:\s+(?P<clkpod>{POD}))?(?:\s*\(\s*giờ\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*\))?\s*,?\s+)?"
            rf"(?:(?P<pod>{POD})\s+(?:(?P<podrel>nay|qua|hôm\s+nay|hôm\s+qua)(?:\s*(?P<podp>[,(])\s*|\s+))?)?"
            rf"(?:(?P<kw>{REL_DAY}|ngày|hôm)(?:\s*(?P<kwp>[,(])\s*|\s+))?"
            rf"(?:(?P<wd>{WD})(?:\s*(?P<wdp>[,(])\s*|\s+)(?:(?P<kw2>ngày|hôm)\s+)?)?"
            rf"(?:(?P<mong>mồng|mùng)\s+)?"
        )
        SUFFIX = (
            rf"(?P<close>\s*\))?"
            rf"(?:\s+(?:(?P<rely>năm\s+{REL_Y})(?!\s+(?:đó|nữa))|(?P<mark>{MARK})))?"
            rf"(?:\s*,?\s+(?:vào\s+)?lúc\s+(?P<clk2>{CLOCK})(?:\s+(?P<clk2pod>{POD}))?)?"
        )
        self.date = re.compile(
            rf"(?<!\w)(?=[\d{FW}]){PFX}{L}(?:"
            rf"(?P<d>{D})(?P<sep>[/.-])(?P<m>{M})(?:(?P=sep)(?P<y>{Y})|\s+năm\s+(?P<y2>{Y}))?"
            rf"|(?P<dt>{D})\s+tháng\s+(?P<mt>{M}|{MONTH_NAMES})(?:\s*(?:,|năm)\s*(?P<yt>{Y}))?"
            rf"){R}{SUFFIX}",
            re.I,
        )
        # "ngày 14 và 15/10": the first day takes the month of the second.
        self.day_pair = re.compile(
            rf"(?<!\w)(?P<kw>ngày|hôm)\s+(?P<d1>{D})(?P<j>\s*(?:,|và|hoặc|hay)\s*)(?:ngày\s+)?"
            rf"(?P<d2>{D})(?P<sep>[/-])(?P<m>{M})(?:(?P=sep)(?P<y>{Y}))?{R}",
            re.I,
        )
        self.day_only = re.compile(
            rf"(?<!\w)(?=[{FW}])(?:(?P<pod>{POD})\s+)?(?P<kw>ngày\s+mồng|ngày\s+mùng|ngày|hôm|mồng|mùng)\s+(?P<d>{D})"
            rf"(?!\w)(?!\s*[-+.,/:]\s*\d)(?!\s+(?:tháng|năm\s+\d|đến|tới|và\s+\d|tết|âm\s+lịch)(?!\w))"
            rf"(?:\s+(?P<mark>{MARK}))?",
            re.I,
        )
        self.range_days = re.compile(
            rf"(?<!\w)(?=[\d{FW}])(?:(?P<tu>từ)\s+)?(?:(?P<pod>{POD})\s+)?(?:(?P<kw>ngày|hôm)\s+)?{L}(?P<d1>{D})"
            rf"\s*(?P<conn>-|đến|tới|cho\s+đến)\s*(?:ngày\s+)?(?P<d2>{D})(?P<sep>[/.-])(?P<m>{M})"
            rf"(?:(?P=sep)(?P<y>{Y})|\s+năm\s+(?P<y2>{Y}))?{R}"
            rf"(?:\s+(?:năm\s+(?P<rel>{REL_Y})(?!\s+(?:đó|nữa))(?!\w)|(?P<mark>{MARK})))?",
            re.I,
        )
        DX = rf"(?:ngày\s+|hôm\s+)?{L}{D}[/.-]{M}(?:[/.-]{Y})?(?!\w)(?![+.,/:]\d)"
        self.range_dates = re.compile(
            rf"(?<!\w)(?=[\d{FW}])(?:(?P<tu>từ)\s+)?(?P<a>(?:(?:{POD})\s+)?{DX})\s*(?:-|đến|tới|cho\s+đến)\s*"
            rf"(?P<b>(?:(?:{POD})\s+)?{DX.replace(L, L2)})(?:\s+năm\s+(?P<rel>{REL_Y})(?!\s+(?:đó|nữa))(?!\w))?",
            re.I,
        )
        self.dx = re.compile(
            rf"(?:(?P<pod>{POD})\s+)?(?:(?P<kw>ngày|hôm)\s+)?(?P<d>\d+)(?P<sep>[/.-])(?P<m>\d+)(?:[/.-](?P<y>\d{{4}}))?",
            re.I,
        )
        MY = rf"(?:tháng\s+)?{L2}{M}(?:\s*[/.-]\s*{Y}|\s+năm\s+{Y})?"
        self.range_months = re.compile(
            rf"(?<!\w)(?:(?P<tu>từ)\s+)?(?P<a>tháng\s+{M}(?:\s*[/.-]\s*{Y}|\s+năm\s+{Y})?)"
            rf"\s*(?:-|đến|tới|cho\s+đến)\s*(?P<b>{MY})(?:\s+năm\s+(?P<rel>{REL_Y}))?{R}",
            re.I,
        )
        self.mx = re.compile(
            r"(?:tháng\s+)?(?P<m>\d+)(?:\s*[/.-]\s*(?P<y>\d{4})|\s+năm\s+(?P<y2>\d{4}))?", re.I
        )
        PERIOD_NOUNS = r"(?:giai\s+đoạn|thời\s+kỳ|thời\s+kì|nhiệm\s+kỳ|nhiệm\s+kì|niên\s+khóa|niên\s+khoá|năm\s+học|mùa\s+giải|mùa\s+bóng|kế\s+hoạch|chiến\s+lược|chương\s+trình|khóa|khoá)"
        self.range_years = re.compile(
            rf"(?<!\w)(?:(?P<noun>{PERIOD_NOUNS})\s+)?(?:(?P<tu>từ)\s+)?(?:(?P<nam>năm)\s+)?{L}(?P<y1>{Y})"
            rf"\s*(?P<conn>-|đến|tới|cho\s+đến)\s*(?:(?P<nam2>năm)\s+)?(?P<y2>{Y}|\d{{2}}){R}",
            re.I,
        )
        self.interval = re.compile(
            rf"(?<!\w)(?P<w>{_alt(lx['interval_words'])})\s+(?:(?P<nam>năm)\s+)?{L}(?P<y>{Y}){R}", re.I
        )
        self.year = re.compile(rf"(?<!\w)năm\s+{L}(?P<y>{Y}){R}", re.I)
        self.bare_year = re.compile(rf"{L}(?P<y>(?:19|20)\d\d|2100){R}")
        self.year_context = re.compile(rf"(?:^|\s){_alt(lx['year_context'])}$")
        self.date_context = re.compile(rf"(?:^|\s){_alt(lx['date_context'])}$")
        self.month = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS}|{HALVES})\s+)?tháng\s+(?P<m>{M}(?!\d)|{MONTH_NAMES}(?!\w))"
            rf"(?:\s*(?P<sep>[/.-])\s*(?P<y>{Y}){R}|\s*,?\s+năm\s+(?P<y2>{Y}){R}"
            rf"|\s+năm\s+(?P<rel>{REL_Y})(?!\s+(?:đó|nữa))(?!\w)|\s+(?P<that>năm\s+(?:đó|ấy))(?!\w))?"
            rf"(?:\s+(?P<mark>{MARK}))?",
            re.I,
        )
        self.bare_month = re.compile(rf"{L}(?P<m>{M})/(?P<y>{Y}){R}")
        self.part_year = re.compile(
            rf"(?<!\w)(?P<part>{PARTS}|{HALVES})\s+(?:"
            rf"năm\s+{L}(?P<y>{Y}){R}|năm\s+(?P<rel>{REL_Y})(?!\s+(?:đó|nữa))(?!\w)|năm\s+(?P<that>đó|ấy)(?!\w)"
            rf"|(?P<bare>năm)(?!\s*(?:{_alt(lx['not_calendar_year'])}|\d|{NUMW})(?!\w))(?!\w)|{L}(?P<by>{Y}){R})",
            re.I,
        )
        self.part_month_bare = re.compile(
            rf"(?<!\w)(?P<part>{PARTS}|{HALVES})\s+tháng(?:\s+(?P<rel>này|trước|tới|sau|qua))?(?!\s*\d)(?!\w)",
            re.I,
        )
        self.part_week = re.compile(
            rf"(?<!\w)(?P<part>{PARTS})\s+tuần(?:\s+(?P<rel>này|trước|tới|sau|qua|vừa\s+qua|rồi))?(?!\w)",
            re.I,
        )
        self.n_months_of_year = re.compile(
            rf"(?<!\w)(?=[\d{FN}])(?P<n>\d{{1,2}}|{NUMW})\s+tháng\s+(?P<side>đầu|cuối)\s+năm"
            rf"(?:\s+(?P<y>{Y}){R}|\s+(?P<rel>{REL_Y})(?!\w))?(?!\s*\w*\s*\d)",
            re.I,
        )
        self.quarter = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?quý\s+(?P<q>[1-4]|I{{1,3}}|IV)(?!\w)"
            rf"(?:\s*[/.-]\s*(?P<y>{Y}){R}|\s*,?\s+năm\s+(?P<y2>{Y}){R}|\s+năm\s+(?P<rel>{REL_Y})(?!\w))?",
            re.I,
        )
        self.rel_day = re.compile(
            rf"(?<!\w)(?=[{FW}])(?:(?P<pod>{POD})\s+(?P<suf>{REL_DAY_SUF})|(?:(?P<pod2>{POD})\s+)?(?P<rd>{REL_DAY}))(?!\w)",
            re.I,
        )
        self.rel_unit = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?(?P<u>năm|tháng|tuần)\s+(?P<off>nay|này|ngoái|trước|tới|sau|kia)(?!\w)"
            rf"(?!\s+(?:đó|nữa|khi|kia))",
            re.I,
        )
        self.weekday = re.compile(
            rf"(?<!\w)(?:(?P<pod>{POD})\s+)?(?:(?P<kw>hôm|ngày)\s+)?(?P<wd>{WD})(?!\w)"
            rf"(?:\s+(?P<wk>tuần\s+(?:này|trước|tới|sau|qua|vừa\s+qua|rồi)))?"
            rf"(?:\s+(?P<mark>{MARK}))?",
            re.I,
        )
        self.clock = re.compile(
            rf"(?<!\w)(?<!\w[-+.,/:])(?P<clk>{CLOCK})(?:\s+(?P<pod>{POD}))?"
            rf"(?:\s+(?P<suf>{REL_DAY_SUF}|{REL_DAY})(?!\w))?",
            re.I,
        )
        self.duration = re.compile(
            rf"(?<!\w)(?=[\d{FN}])(?<!\w[-+.,/:])(?P<n>{NUM})\s+(?P<u>{UNITS})(?!\w)(?:\s+(?P<half>rưỡi))?"
            rf"(?:\s+(?P<n2>\d{{1,2}})\s+phút(?!\w))?",
            re.I,
        )
        self.ago = re.compile(
            rf"(?<!\w)(?=[\d{FN}])(?:(?P<cach>cách\s+đây)\s+(?P<approx>(?:khoảng|hơn|gần|chừng|đúng|tròn)\s+)?)?"
            rf"{L}(?P<n>\d+|{NUMW})\s+(?P<u>năm|tháng|tuần|ngày)(?!\w)(?:\s+(?P<truoc>về\s+trước|trước))?",
            re.I,
        )
        self.decade = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?(?:thập\s+niên|thập\s+kỷ|thập\s+kỉ|những\s+năm)\s+(?:(?P<part2>{PARTS})\s+)?"
            rf"{L}(?P<dec>\d{{4}}|\d0)(?:s)?{R}"
            rf"(?:\s+(?:của\s+)?thế\s+kỷ\s+(?P<cent>trước|XX|XIX|XXI|20|19|21)(?!\w))?",
            re.I,
        )
        self.century = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?thế\s+kỷ\s+(?:thứ\s+)?(?:(?P<c>\d{{1,2}}|{ROMAN})(?!\w)"
            rf"|(?P<rel>trước|này|tới|sau)(?!\s+(?:đó|nữa))(?!\w))"
            rf"(?!\s+(?:trước\s+công\s+nguyên|TCN)(?!\w))",
            re.I,
        )
        self.season = re.compile(
            rf"(?<!\w)(?:(?P<part>{PARTS})\s+)?mùa\s+(?P<s>{_alt(lx['seasons'])})\s+(?:năm\s+)?"
            rf"(?:{L}(?P<y>{Y}){R}|(?<=năm\s)(?P<rel>nay|ngoái|tới|sau|trước)(?!\w)(?!\s+(?:đó|nữa|khi))|(?P<rel2>nay|ngoái|tới)(?!\w))",
            re.I,
        )
        self.coord = re.compile(
            r"\s*(?:,|và|hoặc|hay|cũng\s+như|rồi)\s*(?:(?P<kw>ngày|hôm|năm|tháng)\s+)?", re.I
        )
        self.coord_day = re.compile(rf"{L}(?P<d>{D})(?P<sep>[/-])(?P<m>{M})(?:(?P=sep)(?P<y>{Y}))?{R}")
        self.coord_month = re.compile(rf"{L}(?P<m>{M})[/-](?P<y>{Y}){R}")
        self.coord_year = re.compile(rf"{L}(?P<y>(?:1[5-9]|20)\d\d){R}")
        self.units_after = re.compile(
            rf"^\s*{_alt(lx['unit_words'] + ['năm', 'tháng', 'tuần', 'ngày'])}(?!\w)(?!\s+thời)", re.I
        )  # "đồng" (VND) but not "đồng thời" (meanwhile)
        self.fraction_after = re.compile(rf"^\s*{_alt(lx['fraction_nouns'])}(?!\w)", re.I)
        self.score_before = re.compile(rf"(?:^|\s){_alt(lx['score_words'])}(?:\s+\w+)?$", re.I)
        self.ordinal_before = re.compile(rf"(?:^|\s){_alt(lx['ordinal_nouns'])}$", re.I)
        self.future_cue = re.compile(rf"(?<!\w){_alt(lx['future_cues'])}(?!\w)", re.I)
        self.not_hours_after = re.compile(rf"^\s*{_alt(lx['not_hours_after'])}(?!\w)", re.I)
        self.until_end_before = re.compile(r"(?:^|\s)(?<!tính )(?:đến|tới)\s+hết$", re.I)
        self.as_of_before = re.compile(rf"(?:^|\s){_alt(lx['as_of_words'])}$", re.I)
        self.number_before = re.compile(
            rf"(?:\d|(?<!\w){NUMW}|vài|mấy|nhiều|những|các|mỗi|hàng|hằng|bao|chục|trăm|nghìn|ngàn|triệu|mươi|mấy)$",
            re.I,
        )
        self.past_re = re.compile(rf"^{PAST}$", re.I)


@lru_cache(maxsize=1)
def _P() -> _Patterns:
    return _Patterns()


# --- handlers ----------------------------------------------------------------------------------
def _mode_from_mark(mark: str | None, ctx: _Ctx, pos: int):
    if mark:
        mk = _norm_ws(mark)
        if _P().past_re.match(mk):
            return "past"
        if mk == "này":
            return "this"
        return "next"
    return "future" if ctx.future_cue(pos) else "window"


_REL_OFF: dict[str, int] = dict(_lex()["relative_offsets"])


def _clock(s: str | None, pod: str | None) -> tuple[int, int] | None:
    if not s:
        return None
    m = _P().CLOCK_RE.match(s)
    if not m:
        return None
    h = int(m.group("h"))
    mi = int(m.group("m1") or m.group("m2") or m.group("m3") or 0)
    if h > 23 or mi > 59:
        return None
    kind = _P().pod_kind.get(_norm_ws(pod)) if pod else None
    if kind == "pm" and 1 <= h <= 11:
        h += 12
    elif kind == "noon" and 1 <= h <= 5:
        h += 12
    elif kind == "night" and 6 <= h <= 11:
        h += 12
    return h, mi


def _h_date(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    g = m.groupdict()
    start, end = m.start(), m.end()
    if g["dt"]:
        d = int(g["dt"])
        mt = g["mt"]
        if mt.isdigit():
            mo = int(mt)
        else:
            key = " ".join(mt.split())
            if key not in P.month_names:  # month names only when capitalised
                return []
            mo = P.month_names[key]
        y = int(g["yt"]) if g["yt"] else None
        sep = " "
    else:
        d, mo = int(g["d"]), int(g["m"])
        y = int(g["y"] or g["y2"]) if (g["y"] or g["y2"]) else None
        sep = g["sep"]
    strong = any(g[k] for k in ("clk", "pod", "kw", "wd", "mong", "kw2"))
    core_start = m.start("d") if g["d"] else m.start("dt")
    # an opened parenthesis in the prefix needs its closing one
    opened = "(" in (g["kwp"] or "", g["wdp"] or "", g["podp"] or "")
    if opened and not g["close"]:
        return []
    if not opened and g["close"]:
        end = m.start("close")
        # suffix groups after an unpaired ")" are dropped
        g = dict(g, rely=None, mark=None, clk2=None)
    if not _valid(y, mo, d):
        return []
    if g["wd"] and not strong:
        strong = True
    if y is None and not strong:
        if sep != "/" and sep != " ":
            return []
        prev = ctx.prev_words(core_start, 3)
        dateline = ctx.in_parens_dateline(core_start, m.end("d") if g["d"] else end)
        prev4 = ctx.prev_words(core_start, 4)
        named_day = re.search(r"(?:^| )ngày (?!càng)[^\W\d_]+(?: [^\W\d_]+)?$", prev4) is not None
        if not (P.date_context.search(prev) or dateline or named_day):
            return []
        if P.fraction_after.match(ctx.text[end : end + 20]) or P.units_after.match(ctx.text[end : end + 20]):
            return []
    if y is None and sep == "." and not strong:
        return []
    if y is None and g["d"] and P.score_before.search(ctx.prev_words(core_start, 3)):
        return []
    needs = False
    if y is None:
        if g["rely"]:
            off = _REL_OFF[_norm_ws(g["rely"]).split()[-1]]
            y = _year_for_dm(d, mo, ctx.anchor, ("rel", off))
        else:
            y = _year_for_dm(d, mo, ctx.anchor, _mode_from_mark(g["mark"], ctx, start))
        needs = True
    clk = _clock(g["clk"], g["clkpod"] or g["pod"]) or _clock(g["clk2"], g["clk2pod"] or g["pod"])
    if g["clk"] and clk is None:
        start = m.start("pod") if g["pod"] else (m.start("kw") if g["kw"] else core_start)
    value = _fmt(y, mo, d)
    gran = "day"
    if clk:
        value += f"T{clk[0]:02d}:{clk[1]:02d}"
        gran = "time"
    if not g["rely"] and not g["mark"] and g["clk2"] is None:
        end = m.end("close") if g["close"] and opened else end
    if g["clk2"] and clk is None:
        end = (
            m.end("mark")
            if g["mark"]
            else (m.end("rely") if g["rely"] else (m.end("close") if g["close"] else end))
        )
    ev = (y, mo, d) if not needs else None
    return [_Cand(start, end, value, gran, needs_anchor=needs, prio=5, evidence=ev)]


def _h_day_pair(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    d1, d2, mo = int(m.group("d1")), int(m.group("d2")), int(m.group("m"))
    y = int(m.group("y")) if m.group("y") else None
    if not (_valid(y, mo, d1) and _valid(y, mo, d2)) or d1 >= d2:
        return []
    needs = y is None
    if needs:
        y = _year_for_dm(d2, mo, ctx.anchor, _mode_from_mark(None, ctx, m.start()))
    ev = None if needs else (y, mo, d2)
    return [
        _Cand(m.start(), m.end("d1"), _fmt(y, mo, d1), "day", needs_anchor=needs, prio=8),
        _Cand(m.start("d2"), m.end(), _fmt(y, mo, d2), "day", needs_anchor=needs, prio=8, evidence=ev),
    ]


def _h_day_only(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    d = int(m.group("d"))
    after = ctx.text[m.end("d") : m.end("d") + 25]
    if P.units_after.match(after) or re.match(r"^\s*(?:liên\s+tiếp|của|thứ|trong)", after, re.I):
        return []
    kw = _norm_ws(m.group("kw"))
    if kw == "ngày" and P.number_before.search(ctx.prev_words(m.start(), 1)):
        return []
    ym = _ym_for_day(d, ctx.anchor, _mode_from_mark(m.group("mark"), ctx, m.start()))
    if ym is None:
        value = "XXXX-XX-" + f"{d:02d}"
    else:
        if not _valid(ym[0], ym[1], d):
            return []
        value = _fmt(ym[0], ym[1], d)
    return [_Cand(m.start(), m.end(), value, "day", needs_anchor=True, prio=1)]


def _h_range_days(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    g = m.groupdict()
    d1, d2, mo = int(g["d1"]), int(g["d2"]), int(g["m"])
    y = int(g["y"] or g["y2"]) if (g["y"] or g["y2"]) else None
    if d1 >= d2 or not (_valid(y, mo, d1) and _valid(y, mo, d2)):
        return []
    conn = _norm_ws(g["conn"])
    strong = bool(g["kw"] or g["pod"])
    if y is None:
        if g["sep"] != "/" and not (strong or g["tu"]):
            return []
        if conn != "-" and not (strong or g["tu"]):
            return []
    if conn == "-" and P.score_before.search(ctx.prev_words(m.start("d1"), 3)):
        return []
    if P.fraction_after.match(ctx.text[m.end() : m.end() + 20]) or P.units_after.match(
        ctx.text[m.end() : m.end() + 20]
    ):
        return []
    needs = y is None
    if needs:
        mode = ("rel", _REL_OFF[g["rel"].lower()]) if g["rel"] else _mode_from_mark(g["mark"], ctx, m.start())
        y = _year_for_dm(d2, mo, ctx.anchor, mode)
    ev = None if needs else (y, mo, d2)
    return [
        _Cand(
            m.start(),
            m.end(),
            f"{_fmt(y, mo, d1)}/{_fmt(y, mo, d2)}",
            "period",
            needs_anchor=needs,
            prio=6,
            evidence=ev,
        )
    ]


def _h_range_dates(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    a = P.dx.fullmatch(" ".join(m.group("a").split()))
    b = P.dx.fullmatch(" ".join(m.group("b").split()))
    if not a or not b:
        return []
    d1, m1, d2, m2 = int(a["d"]), int(a["m"]), int(b["d"]), int(b["m"])
    y1 = int(a["y"]) if a["y"] else None
    y2 = int(b["y"]) if b["y"] else None
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12 and _valid(y1, m1, d1) and _valid(y2, m2, d2)):
        return []
    if not (m.group("tu") or a["kw"] or a["pod"] or (a["sep"] == "/" and b["sep"] == "/") or y1 or y2):
        return []
    if a["sep"] != "/" and not (m.group("tu") or a["kw"] or a["pod"] or y1):
        return []
    needs = False
    if y2 is None and y1 is not None:
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
    if y2 is None:
        rel = m.group("rel")
        mode = ("rel", _REL_OFF[rel.lower()]) if rel else _mode_from_mark(None, ctx, m.start())
        y2 = _year_for_dm(d2, m2, ctx.anchor, mode)
        needs = True
    if y1 is None:
        y1 = None if y2 is None else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
    if y1 is not None and y2 is not None and _dt.date(y1, m1, d1) >= _dt.date(y2, m2, d2):
        return []
    ev = None if needs else (y2, m2, d2)
    return [
        _Cand(
            m.start(),
            m.end(),
            f"{_fmt(y1, m1, d1)}/{_fmt(y2, m2, d2)}",
            "period",
            needs_anchor=needs,
            prio=6,
            evidence=ev,
        )
    ]


def _h_range_months(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    a = P.mx.fullmatch(" ".join(m.group("a").split()))
    b = P.mx.fullmatch(" ".join(m.group("b").split()))
    if not a or not b:
        return []
    m1, m2 = int(a["m"]), int(b["m"])
    y1 = int(a["y"] or a["y2"]) if (a["y"] or a["y2"]) else None
    y2 = int(b["y"] or b["y2"]) if (b["y"] or b["y2"]) else None
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        return []
    if not b.group(0).lower().startswith("tháng") and y2 is None and not m.group("tu"):
        # "tháng 3-5" alone: accept; "tháng 3 - 5 người" no
        if P.units_after.match(ctx.text[m.end() : m.end() + 20]):
            return []
    needs = False
    if y2 is None and y1 is not None:
        y2 = y1 if m2 >= m1 else y1 + 1
    if y2 is None:
        rel = m.group("rel")
        mode = ("rel", _REL_OFF[rel.lower()]) if rel else _mode_from_mark(None, ctx, m.start())
        y2 = _year_for_month(m2, ctx.anchor, mode)
        needs = True
    if y1 is None:
        y1 = None if y2 is None else (y2 if m1 < m2 else y2 - 1)
    if y1 is not None and y2 is not None and (y1, m1) >= (y2, m2):
        return []
    if y1 is None and m1 >= m2:
        return []
    ev = None if needs else (y2, m2, 0)
    return [
        _Cand(
            m.start(),
            m.end(),
            f"{_fmt(y1, m1)}/{_fmt(y2, m2)}",
            "period",
            needs_anchor=needs,
            prio=6,
            evidence=ev,
        )
    ]


def _h_range_years(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    g = m.groupdict()
    y1 = int(g["y1"])
    y2s = g["y2"]
    ctx_strong = bool(g["noun"] or g["tu"] or g["nam"] or g["nam2"])
    if len(y2s) == 2:
        if not (g["noun"] or g["nam"]) or _norm_ws(g["conn"]) != "-":
            return []
        y2 = y1 // 100 * 100 + int(y2s)
        if y2 <= y1:
            return []
    else:
        y2 = int(y2s)
    if not y1 < y2:
        return []
    if not ctx_strong:
        if not (1900 <= y1 <= 2100 and 1900 <= y2 <= 2100) or y2 - y1 > 60:
            return []
        if P.score_before.search(ctx.prev_words(m.start(), 3)):
            return []
    if y2 - y1 > 200:
        return []
    if P.units_after.match(ctx.text[m.end() : m.end() + 20]):
        return []
    start = m.end("noun") if g["noun"] else m.start()
    while start < len(ctx.text) and ctx.text[start].isspace():
        start += 1
    return [_Cand(start, m.end(), f"{y1:04d}/{y2:04d}", "period", prio=4)]


def _h_interval(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    w = _norm_ws(m.group("w"))
    y = int(m.group("y"))
    if not m.group("nam"):
        if w not in ("sau", "trước") or not 1900 <= y <= 2100:
            return []
        if P.units_after.match(ctx.text[m.end() : m.end() + 20]):
            return []
    kind = P.lx["interval_words"][w] if w in P.lx["interval_words"] else None
    if kind is None:
        return []
    if kind == "before" and w != "trước" and P.as_of_before.search(ctx.prev_words(m.start(), 2)):
        return []
    if kind == "before" and w != "trước" and m.group("nam"):
        before = ctx.text[max(0, m.start() - 2) : m.start()].strip()
        after = ctx.text[m.end() : m.end() + 1]
        past = ctx.anchor is None or y <= ctx.anchor.y
        if before in ("", ".", "!", "?") and after == "," and past:
            return [_Cand(m.start("nam"), m.end(), f"{y:04d}", "year", prio=3, evidence=(y, 0, 0))]
    value = f"{y:04d}/.." if kind == "after" else f"../{y:04d}"
    ev = (y, 0, 0) if kind == "after" else None
    return [_Cand(m.start(), m.end(), value, "period", mod=kind, prio=3, evidence=ev)]


def _h_year(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    y = int(m.group("y"))
    if not 1000 <= y <= 2100:
        return []
    ev = None if ctx.future_cue(m.start()) else (y, 0, 0)
    return [_Cand(m.start(), m.end(), f"{y:04d}", "year", prio=2, evidence=ev)]


def _h_bare_year(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    y = int(m.group("y"))
    prev = ctx.prev_words(m.start(), 3)
    coordinated = prev.split()[-1:] in (["và"], ["hoặc"], ["hay"]) and re.search(
        r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", ctx.text[max(0, m.start() - 60) : m.start()].split(". ")[-1]
    )  # "các năm 1989 ở Đức và 2012 ở Hàn Quốc"
    if not (P.year_context.search(prev) or ctx.in_parens_dateline(m.start(), m.end()) or coordinated):
        return []
    if P.units_after.match(ctx.text[m.end() : m.end() + 20]):
        return []
    ev = None if ctx.future_cue(m.start()) else (y, 0, 0)
    return [_Cand(m.start(), m.end(), f"{y:04d}", "year", prio=0, evidence=ev)]


def _h_month(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    g = m.groupdict()
    ms = g["m"]
    if ms.isdigit():
        mo = int(ms)
    else:
        key = " ".join(ms.split())
        if key not in P.month_names:
            return []
        mo = P.month_names[key]
    tstart = m.start("m")  # position of the month number; "tháng" precedes it
    tháng_pos = ctx.lower.rfind("tháng", 0, tstart)
    if P.number_before.search(ctx.prev_words(tháng_pos, 1)) and not g["part"]:
        return []  # "3 tháng 12 ..." is a duration, not a month
    y = int(g["y"] or g["y2"]) if (g["y"] or g["y2"]) else None
    if y is not None and not 1000 <= y <= 2100:
        return []
    needs = False
    if y is None and g["that"]:
        pass  # "tháng 10 năm đó": resolved by _narrative
    elif y is None:
        if g["rel"]:
            y = _year_for_month(mo, ctx.anchor, ("rel", _REL_OFF[g["rel"].lower()]))
        else:
            mode = _mode_from_mark(g["mark"], ctx, m.start())
            if mode == "window" and _P().until_end_before.search(ctx.prev_words(m.start(), 3)):
                mode = "future"  # "tới hết tháng 10": a deadline, not "as of" ("tính đến hết")
            y = _year_for_month(mo, ctx.anchor, mode)
        needs = True
    mod, half = _part(g["part"]) if g["part"] else (None, None)
    if half:
        last = calendar.monthrange(y, mo)[1] if y else 31
        lo, hi = (1, 15) if half == 1 else (16, last)
        value = f"{_fmt(y, mo, lo)}/{_fmt(y, mo, hi)}"
        return [_Cand(m.start(), m.end(), value, "period", needs_anchor=needs, prio=3)]
    ev = None if (needs or ctx.future_cue(m.start())) else (y, mo, 0)
    bare = "that" if g["that"] else ("month" if needs and not (g["rel"] or g["mark"]) else None)
    return [
        _Cand(
            m.start(),
            m.end(),
            _fmt(y, mo),
            "month",
            mod=mod,
            needs_anchor=needs,
            prio=3,
            evidence=ev,
            bare=bare,
        )
    ]


def _h_bare_month(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    prev = ctx.prev_words(m.start(), 3)
    if not (
        P.date_context.search(prev)
        or P.year_context.search(prev)
        or ctx.in_parens_dateline(m.start(), m.end())
    ):
        return []
    if P.units_after.match(ctx.text[m.end() : m.end() + 20]):
        return []
    y, mo = int(m.group("y")), int(m.group("m"))
    return [_Cand(m.start(), m.end(), _fmt(y, mo), "month", prio=1, evidence=(y, mo, 0))]


def _part(p: str) -> tuple[str | None, int | None]:
    """(mod, half) of a part-of-period word."""
    P = _P()
    k = _norm_ws(p)
    if k in P.lx["halves"]:
        return None, P.lx["halves"][k]
    return P.lx["period_parts"].get(k), None


def _h_part_year(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    g = m.groupdict()
    mod, half = _part(g["part"])
    needs = False
    if g["y"] or g["by"]:
        y = int(g["y"] or g["by"])
        if g["by"] and _P().units_after.match(ctx.text[m.end() : m.end() + 20]):
            return []
    elif g["rel"]:
        needs = True
        y = None if ctx.anchor is None else ctx.anchor.y + _REL_OFF[g["rel"].lower()]
    elif g["that"]:
        y = None  # "cuối năm đó": the year the text was talking about (see _narrative)
    else:
        needs = True
        y = None if ctx.anchor is None else ctx.anchor.y
    ys = _fmt(y)
    if half:
        return [_Cand(m.start(), m.end(), f"{ys}-H{half}", "period", needs_anchor=needs, prio=4)]
    ev = None if needs or ctx.future_cue(m.start()) else (y, 0, 0)
    bare = "year" if g["bare"] else ("that" if g["that"] else None)
    return [
        _Cand(m.start(), m.end(), ys, "year", mod=mod, needs_anchor=needs, prio=4, evidence=ev, bare=bare)
    ]


def _h_part_month_bare(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    mod, half = _part(m.group("part"))
    if half:
        return []
    rel = m.group("rel")
    a = ctx.anchor
    off = {"này": 0, "trước": -1, "qua": -1, "tới": 1, "sau": 1}[rel.lower()] if rel else 0
    if (
        not rel
        and a is not None
        and a.d is not None
        and ctx.prev_words(m.start(), 1) == "hồi"
        and {"start": 5, "mid": 15, "end": 25}[mod] > a.d + 3
    ):
        off = -1  # "hồi giữa tháng" (back in mid-month) said on the 1st: the month before
    if a is None or a.m is None:
        value = "XXXX-XX"
    else:
        y, mo = _add_months(a.y, a.m, off)
        value = _fmt(y, mo)
    return [_Cand(m.start(), m.end(), value, "month", mod=mod, needs_anchor=True, prio=3)]


def _h_part_week(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    mod, _ = _part(m.group("part"))
    rel = _norm_ws(m.group("rel") or "này")
    if _norm_ws(m.group("part")) not in ("đầu", "cuối", "giữa"):
        return []
    a = ctx.anchor
    ad = a.date() if a else None
    if ad is None:
        value = "XXXX-WXX"
    elif m.group("rel") is None and mod == "end":
        # a bare weekend: the one just past early in the week, else the coming one
        wd = ad.isoweekday()
        if ctx.future_cue(m.start()):
            sat = ad + _dt.timedelta(days=(6 - wd) if wd <= 6 else 6)
        elif wd <= 3:
            sat = ad - _dt.timedelta(days=wd + 1)
        else:
            sat = ad + _dt.timedelta(days=6 - wd) if wd <= 6 else ad - _dt.timedelta(days=1)
        value = _iso_week(sat)
    elif rel in ("qua", "vừa qua", "rồi") and mod == "end":
        # the weekend just past: the week of the latest Saturday before the anchor day
        sat = ad - _dt.timedelta(days=(ad.weekday() - 5) % 7 or 7)
        value = _iso_week(sat)
    else:
        off = {"này": 0, "trước": -1, "qua": -1, "vừa qua": -1, "rồi": -1, "tới": 1, "sau": 1}[rel]
        value = _iso_week(ad + _dt.timedelta(days=7 * off))
    return [_Cand(m.start(), m.end(), value, "period", mod=mod, needs_anchor=True, prio=4)]


def _h_n_months_of_year(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    n = parse_number(m.group("n"))
    if n is None or not 1 <= n <= 11 or n != int(n):
        return []
    n = int(n)
    needs = False
    if m.group("y"):
        y = int(m.group("y"))
    else:
        needs = True
        off = _REL_OFF[m.group("rel").lower()] if m.group("rel") else 0
        y = None if ctx.anchor is None else ctx.anchor.y + off
    ys = _fmt(y)
    first = m.group("side").lower() == "đầu"
    if n == 6:
        value = f"{ys}-H{1 if first else 2}"
    elif n == 3:
        value = f"{ys}-Q{1 if first else 4}"
    elif first:
        value = f"{ys}-01/{ys}-{n:02d}"
    else:
        value = f"{ys}-{13 - n:02d}/{ys}-12"
    return [_Cand(m.start(), m.end(), value, "period", needs_anchor=needs, prio=5)]


def _h_quarter(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    g = m.groupdict()
    q = g["q"]
    qn = int(q) if q.isdigit() else _P().roman.get(q)
    if not qn or not 1 <= qn <= 4:
        return []
    needs = False
    if g["y"] or g["y2"]:
        y = int(g["y"] or g["y2"])
    else:
        needs = True
        off = _REL_OFF[g["rel"].lower()] if g["rel"] else 0
        y = None if ctx.anchor is None else ctx.anchor.y + off
    mod, _ = _part(g["part"]) if g["part"] else (None, None)
    return [_Cand(m.start(), m.end(), f"{_fmt(y)}-Q{qn}", "period", mod=mod, needs_anchor=needs, prio=4)]


def _h_rel_day(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    lx = P.lx
    if m.group("suf"):
        suf = m.group("suf")
        if suf.split()[0] != suf.split()[0].lower():  # "chiều Mai": a name
            return []
        off = lx["relative_day_suffixes"][_norm_ws(suf)]
    else:
        rd = _norm_ws(m.group("rd"))
        if rd in ("ngày kia",) and ctx.prev_words(m.start(), 1) == "một":
            return []
        off = lx["relative_days"][rd]
    a = ctx.anchor
    ad = a.date() if a else None
    value = (ad + _dt.timedelta(days=off)).isoformat() if ad else "XXXX-XX-XX"
    return [_Cand(m.start(), m.end(), value, "day", needs_anchor=True, prio=2)]


def _h_rel_unit(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    u = m.group("u").lower()
    off_w = m.group("off").lower()
    unit = P.lx["relative_units"][u]
    if off_w not in P.lx["relative_allowed"][unit]:
        return []
    part = m.group("part")
    ustart = m.start("u")
    if not part and P.number_before.search(ctx.prev_words(ustart, 1)):
        return []  # "hai năm nay", "3 tuần tới": durations
    if not part and u == "năm" and ctx.prev_words(ustart, 1) == "năm":
        return []  # "năm năm sau": five years later
    if u == "năm" and off_w in ("nay",) and ctx.prev_words(ustart, 1) in ("tháng", "ngày"):
        return []
    mod, half = _part(part) if part else (None, None)
    if half and unit != "year":
        return []
    off = _REL_OFF[off_w]
    a = ctx.anchor
    if unit == "year":
        ys = _fmt(None if a is None else a.y + off)
        if half:
            return [_Cand(m.start(), m.end(), f"{ys}-H{half}", "period", needs_anchor=True, prio=3)]
        return [_Cand(m.start(), m.end(), ys, "year", mod=mod, needs_anchor=True, prio=3)]
    if unit == "month":
        if a is None or a.m is None:
            value = "XXXX-XX"
        else:
            value = _fmt(*_add_months(a.y, a.m, off))
        return [_Cand(m.start(), m.end(), value, "month", mod=mod, needs_anchor=True, prio=3)]
    ad = a.date() if a else None
    value = _iso_week(ad + _dt.timedelta(days=7 * off)) if ad else "XXXX-WXX"
    return [_Cand(m.start(), m.end(), value, "period", mod=mod, needs_anchor=True, prio=3)]


def _weekday_number(wd: str) -> tuple[int, bool]:
    """(ISO weekday, written as a capitalised name or Sunday)."""
    P = _P()
    parts = wd.split()
    if parts[0].lower() == "chủ":
        return 7, True
    w = parts[1]
    if w.isdigit():
        return P.lx["weekday_digits"][w], False
    return P.lx["weekdays"][w.lower()], w[0].isupper()


def _h_weekday(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    g = m.groupdict()
    wdn, named = _weekday_number(g["wd"])
    prev = ctx.prev_words(m.start(), 2)
    prev1 = prev.split()[-1] if prev else ""
    strong_ctx = bool(g["pod"] or (g["kw"] or "").lower() == "hôm" or g["wk"])
    if named and g["mark"]:
        strong_ctx = True
    weak_ctx = prev1 in ("vào", "hôm", "từ", "đến", "hồi", "tới", "sáng", "chiều", "tối", "trưa", "đêm")
    if not named:
        if not (strong_ctx or weak_ctx) or (g["kw"] and g["kw"].lower() == "ngày"):
            return []
    else:
        if P.ordinal_before.search(prev) and not g["kw"]:
            return []
        if not (strong_ctx or weak_ctx or g["kw"]):
            # sentence-initial "Thứ Hai, ..." or "... thứ Hai." at a clause end
            before = ctx.text[max(0, m.start() - 2) : m.start()]
            after = ctx.text[m.end() : m.end() + 1]
            if not (before.strip() in ("", ".", ",") and after in (",", ".", ";", ")", "")):
                return []
            if g["wd"].split()[0][0].isupper() and after == ",":
                pass
            elif before.strip() == "":
                return []
    a = ctx.anchor
    ad = a.date() if a else None
    if ad is None:
        value = f"XXXX-WXX-{wdn}"
    else:
        monday = ad - _dt.timedelta(days=ad.weekday())
        if g["wk"]:
            rel = _norm_ws(g["wk"]).split(" ", 1)[1]
            off = {"này": 0, "trước": -1, "qua": -1, "vừa qua": -1, "rồi": -1, "tới": 1, "sau": 1}[rel]
            day = monday + _dt.timedelta(days=7 * off + wdn - 1)
        else:
            mode = _mode_from_mark(g["mark"], ctx, m.start())
            back = (ad.isoweekday() - wdn) % 7
            fwd = (wdn - ad.isoweekday()) % 7
            if mode == "past":
                day = ad - _dt.timedelta(days=back or 7)
            elif mode == "next":
                day = ad + _dt.timedelta(days=fwd or 7)
            elif mode == "future":
                day = ad + _dt.timedelta(days=fwd)
            else:
                day = ad - _dt.timedelta(days=back)
        value = day.isoformat()
    return [_Cand(m.start(), m.end(), value, "day", needs_anchor=True, prio=2)]


def _h_clock(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    g = m.groupdict()
    clk_s = g["clk"]
    prev = ctx.prev_words(m.start(), 2)
    luc = prev.endswith("lúc") or prev.endswith("từ") or prev.endswith("đến") or prev.endswith("tới")
    is_h = bool(re.match(r"\d{1,2}h", clk_s, re.I))
    is_colon = ":" in clk_s
    if not (g["pod"] or g["suf"] or luc or is_h):
        return []
    if is_colon and not (luc or g["pod"] or g["suf"]):
        return []
    if "giờ" in clk_s.lower() and not (g["pod"] or g["suf"] or prev.endswith("lúc")):
        return []
    hm = _clock(clk_s, g["pod"])
    if hm is None:
        return []
    t = f"T{hm[0]:02d}:{hm[1]:02d}"
    if g["suf"]:
        suf = _norm_ws(g["suf"])
        lx = _P().lx
        off = lx["relative_day_suffixes"].get(suf, lx["relative_days"].get(suf))
        if off is None:
            return []
        ad = ctx.anchor.date() if ctx.anchor else None
        value = ((ad + _dt.timedelta(days=off)).isoformat() if ad else "XXXX-XX-XX") + t
        return [_Cand(m.start(), m.end(), value, "time", needs_anchor=True, prio=3)]
    return [_Cand(m.start(), m.end(), "XXXX-XX-XX" + t, "time", prio=0, bare="clock")]


def _fmt_num(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _h_duration(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    P = _P()
    g = m.groupdict()
    ns = g["n"]
    u = _norm_ws(g["u"])
    if ns.lower() == "năm":
        if P.number_before.search(ctx.prev_words(m.start(), 1)):
            return []  # "70 năm ngày thành lập": "năm" is the unit of the number before
        n = 5.0
    else:
        n = parse_number(ns)
    if n is None or n <= 0:
        return []
    prev = ctx.prev_words(m.start(), 2)
    prev1 = prev.split()[-1] if prev else ""
    if prev1 in _NOT_BEFORE_DURATION:
        return []
    after = ctx.text[m.end() : m.end() + 12]
    if u in ("năm", "tháng", "quý", "ngày") and re.match(r"^\s*\d", after):
        return []
    if u == "tiếng" and (n < 2 or P.not_hours_after.match(after)):
        return []  # "một tiếng", "hai tiếng nổ": sounds, not hours
    if u == "giờ" and (re.match(rf"^\s*{_alt(P.lx['parts_of_day'])}(?!\w)", after, re.I) or prev1 == "lúc"):
        return []
    if ns.isdigit() and len(ns) == 4 and u == "năm":
        return []
    designator, mult = P.lx["duration_units"][u]
    total = n * mult
    if g["half"]:
        total += 0.5 * mult
    if designator.startswith("T"):
        value = f"PT{_fmt_num(total)}{designator[1]}"
        if g["n2"] and designator == "TH":
            value += f"{int(g['n2'])}M"
    else:
        if g["n2"]:
            return []
        value = f"P{_fmt_num(total)}{designator}"
    end = m.end()
    return [_Cand(m.start(), end, value, "duration", prio=1)]


def _h_ago(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    g = m.groupdict()
    if not (g["cach"] or g["truoc"]):
        return []
    if g["truoc"] and not g["cach"]:
        after = ctx.text[m.end() : m.end() + 8]
        if not re.match(r"^\s*(?:[,.;:!?)\"]|$|và\b|rồi\b)", after):  # not "4 tuần trước khi ..."
            return []
        prev1 = ctx.prev_words(m.start(), 1)
        if prev1 in ("thứ", "ngày", "tháng", "năm", "lần"):
            return []
    n = parse_number(g["n"])
    if n is None or n != int(n) or n <= 0 or n > 3000:
        return []  # "4,5 tỷ năm trước" is geology, not a calendar year
    n = int(n)
    u = g["u"].lower()
    a = ctx.anchor
    end = m.end() if (g["truoc"] or not g["cach"]) else m.end("u")
    if g["cach"] and g["truoc"]:
        end = m.end()
    if u == "năm":
        value = _fmt(None if a is None else a.y - n)
        return [_Cand(m.start(), end, value, "year", needs_anchor=True, prio=3)]
    if u == "tháng":
        value = "XXXX-XX" if a is None or a.m is None else _fmt(*_add_months(a.y, a.m, -n))
        return [_Cand(m.start(), end, value, "month", needs_anchor=True, prio=3)]
    ad = a.date() if a else None
    if u == "tuần":
        value = _iso_week(ad - _dt.timedelta(days=7 * n)) if ad else "XXXX-WXX"
        return [_Cand(m.start(), end, value, "period", needs_anchor=True, prio=3)]
    value = (ad - _dt.timedelta(days=n)).isoformat() if ad else "XXXX-XX-XX"
    return [_Cand(m.start(), end, value, "day", needs_anchor=True, prio=3)]


def _century_bounds(c: int) -> str:
    return f"{(c - 1) * 100 + 1:04d}/{c * 100:04d}"


def _h_decade(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    g = m.groupdict()
    dec = g["dec"]
    if len(dec) == 4:
        y = int(dec)
        if y % 10 or not 1000 <= y <= 2100:
            return []
        if y % 100 == 0 and y < 2000 and "những" in m.group(0).lower():
            # "những năm 1800" is the 1800s: a century, not a decade
            part = g["part"] or g["part2"]
            mod = _part(part)[0] if part else None
            return [_Cand(m.start(), m.end(), f"{y:04d}/{y + 99:04d}", "period", mod=mod, prio=4)]
    else:
        cent = (g["cent"] or "").upper()
        base = {"XX": 1900, "20": 1900, "XIX": 1800, "19": 1800, "XXI": 2000, "21": 2000}.get(cent)
        if cent == "TRƯỚC":
            base = ((ctx.anchor.y - 1) // 100 - 1) * 100 if ctx.anchor else 1900
        if base is None:
            base = 1900 if int(dec) >= 20 else 2000
        y = base + int(dec)
    part = g["part"] or g["part2"]
    mod = _part(part)[0] if part else None
    if _P().units_after.match(ctx.text[m.end() : m.end() + 20]):
        return []
    return [_Cand(m.start(), m.end(), f"{y:04d}/{y + 9:04d}", "period", mod=mod, prio=4)]


def _h_century(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    g = m.groupdict()
    needs = False
    if g["c"]:
        c = int(g["c"]) if g["c"].isdigit() else _P().roman.get(g["c"])
        if not c or not 1 <= c <= 22:
            return []
        value = _century_bounds(c)
    else:
        needs = True
        off = {"trước": -1, "này": 0, "tới": 1, "sau": 1}[g["rel"].lower()]
        if ctx.anchor is None:
            return []
        value = _century_bounds((ctx.anchor.y - 1) // 100 + 1 + off)
    mod = _part(g["part"])[0] if g["part"] else None
    return [_Cand(m.start(), m.end(), value, "period", mod=mod, needs_anchor=needs, prio=4)]


def _h_season(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    g = m.groupdict()
    code = _P().lx["seasons"][g["s"].lower()]
    needs = False
    if g["y"]:
        y = int(g["y"])
    else:
        needs = True
        rel = (g["rel"] or g["rel2"]).lower()
        y = None if ctx.anchor is None else ctx.anchor.y + _REL_OFF[rel]
    mod = _part(g["part"])[0] if g["part"] else None
    return [_Cand(m.start(), m.end(), f"{_fmt(y)}-{code}", "period", mod=mod, needs_anchor=needs, prio=4)]


_RULES: list[tuple[str, str, Callable[[re.Match, _Ctx], list[_Cand]]]] = [
    ("date", "date", _h_date),
    ("day_pair", "day_pair", _h_day_pair),
    ("day_only", "day_only", _h_day_only),
    ("range_days", "range_days", _h_range_days),
    ("range_dates", "range_dates", _h_range_dates),
    ("range_months", "range_months", _h_range_months),
    ("range_years", "range_years", _h_range_years),
    ("interval", "interval", _h_interval),
    ("year", "year", _h_year),
    ("bare_year", "bare_year", _h_bare_year),
    ("month", "month", _h_month),
    ("bare_month", "bare_month", _h_bare_month),
    ("part_year", "part_year", _h_part_year),
    ("part_month_bare", "part_month_bare", _h_part_month_bare),
    ("part_week", "part_week", _h_part_week),
    ("n_months_of_year", "n_months_of_year", _h_n_months_of_year),
    ("quarter", "quarter", _h_quarter),
    ("rel_day", "rel_day", _h_rel_day),
    ("rel_unit", "rel_unit", _h_rel_unit),
    ("weekday", "weekday", _h_weekday),
    ("clock", "clock", _h_clock),
    ("duration", "duration", _h_duration),
    ("ago", "ago", _h_ago),
    ("decade", "decade", _h_decade),
    ("century", "century", _h_century),
    ("season", "season", _h_season),
]


def _overlapping_finditer(rx: re.Pattern, text: str):
    """finditer that also tries a match one character after the start of every match."""
    pos = 0
    n = len(text)
    while pos <= n:
        m = rx.search(text, pos)
        if not m:
            return
        yield m
        pos = m.start() + 1


def _candidates(text: str, anchor: Anchor | None) -> list[_Cand]:
    P = _P()
    ctx = _Ctx(text, anchor)
    out: list[_Cand] = []
    for name, attr, handler in _RULES:
        rx: re.Pattern = getattr(P, attr)
        for m in _overlapping_finditer(rx, text):
            for c in handler(m, ctx):
                c.rule = name
                # trim whitespace the optional groups may have left at the edges
                while c.end > c.start and text[c.end - 1].isspace():
                    c.end -= 1
                out.append(c)
    return out


def _select(cands: list[_Cand], n: int) -> list[_Cand]:
    taken = bytearray(n + 1)
    chosen: list[_Cand] = []
    seen: set[tuple[int, int]] = set()
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.prio, c.start)):
        if (c.start, c.end) in seen or c.end <= c.start:
            continue
        if any(taken[c.start : c.end]):
            continue
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
        seen.add((c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _coordinate(text: str, chosen: list[_Cand], anchor: Anchor | None) -> list[_Cand]:
    """Bare values coordinated with a tagged one: "năm 2019 và 2020", "ngày 3/2 và 5/2"."""
    P = _P()
    starts = {c.start for c in chosen}
    extra: list[_Cand] = []
    queue = list(chosen)
    while queue:
        c = queue.pop(0)
        if c.gran not in ("day", "month", "year") or c.mod or not c.value or "T" in c.value:
            continue
        cm = P.coord.match(text, c.end)
        if not cm:
            continue
        pos = cm.end()
        if pos in starts:
            continue
        new: _Cand | None = None
        if c.gran == "year" and re.fullmatch(r"\d{4}", c.value):
            m = P.coord_year.match(text, pos)
            if m and not P.units_after.match(text[m.end() : m.end() + 20]):
                y = int(m.group("y"))
                if abs(y - int(c.value)) <= 200:
                    new = _Cand(pos, m.end(), f"{y:04d}", "year", evidence=(y, 0, 0))
        elif c.gran == "month" and cm.group("kw") in (None,):
            m = P.coord_month.match(text, pos)
            if m and not P.units_after.match(text[m.end() : m.end() + 20]):
                y, mo = int(m.group("y")), int(m.group("m"))
                new = _Cand(pos, m.end(), _fmt(y, mo), "month", evidence=(y, mo, 0))
        elif c.gran == "day":
            m = P.coord_day.match(text, pos)
            if (
                m
                and not P.fraction_after.match(text[m.end() : m.end() + 20])
                and not P.units_after.match(text[m.end() : m.end() + 20])
            ):
                d, mo = int(m.group("d")), int(m.group("m"))
                y = int(m.group("y")) if m.group("y") else None
                prev_y = c.value[:4]
                if y is None and prev_y.isdigit() and not c.needs_anchor:
                    y = int(prev_y)
                    needs = False
                elif y is None:
                    y = _year_for_dm(d, mo, anchor, "window")
                    needs = True
                else:
                    needs = False
                if _valid(y, mo, d):
                    new = _Cand(
                        pos,
                        m.end(),
                        _fmt(y, mo, d),
                        "day",
                        needs_anchor=needs,
                        evidence=None if needs else (y, mo, d),
                    )
        if new is not None:
            new.rule = "coord"
            overlap = any(not (o.end <= new.start or new.end <= o.start) for o in chosen + extra)
            if not overlap:
                extra.append(new)
                starts.add(new.start)
                queue.append(new)
    return sorted(chosen + extra, key=lambda c: c.start)


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


def _find(text: str, anchor: Anchor | None) -> list[_Cand]:
    chosen = _select(_candidates(text, anchor), len(text))
    chosen = _coordinate(text, chosen, anchor)
    _narrative(text, chosen, anchor)
    return _sets(text, chosen)


def find_times(text: str, anchor: str | _dt.date | None = None) -> list[TimeExpr]:
    """Every time expression in ``text``, resolved against ``anchor`` (see module docs)."""
    a = parse_anchor(anchor)
    label = a.iso if a else None
    return [
        TimeExpr(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            value=c.value,
            granularity=c.gran,
            mod=c.mod,
            inferred=False,
            anchor=label if c.needs_anchor else None,
        )
        for c in _find(text, a)
    ]


_COMPARED_BEFORE = re.compile(r"(?<!\w)(?:cùng\s+kỳ|so\s+với(?:\s+cả|\s+cùng\s+kỳ)?)\s*$", re.I)
_PAST_AFTER = re.compile(r"^\s*vừa\s+qua(?!\w)", re.I)


def _infer(text: str) -> tuple[Anchor, str] | None:
    best: tuple[int, int, int] | None = None
    reason = "latest explicit date in text"
    for c in _find(text, None):
        if c.evidence is None or c.needs_anchor or c.evidence[0] is None or "X" in (c.value or "X"):
            continue
        ev = c.evidence
        if best is None or ev > best:
            best, reason = ev, "latest explicit date in text"
        # tense cues: "so với (cùng kỳ) năm 2020", "năm 2020 vừa qua" are said in a later year
        if c.gran == "year" and (
            _COMPARED_BEFORE.search(text[max(0, c.start - 20) : c.start])
            or _PAST_AFTER.match(text[c.end : c.end + 10])
        ):
            later = (ev[0] + 1, 0, 0)
            if later > best:
                best, reason = later, f"year after {text[c.start : c.end]!r}"
    if best is None:
        return None
    y, m, d = best
    return Anchor(y, m or None, d or None), reason


def infer_reference(text: str) -> Anchor | None:
    """The reference date a text without a publication date implies, or None.

    The latest explicit point it states (not under a future cue, not a target such as
    ``đến năm 2030``), or the year after a year it speaks of as past (``so với năm 2020``,
    ``cùng kỳ năm 2020``, ``năm 2020 vừa qua``) when that is later.
    """
    found = _infer(text)
    return found[0] if found else None


def tag_times(doc: Doc) -> Doc:
    """Pipeline stage: fill ``doc.times``, anchored on ``doc.published`` or an inferred date."""
    anchor = parse_anchor(doc.published) if doc.published else None
    inferred = False
    if anchor is not None:
        label = f"{anchor.iso} (publication date)"
    else:
        found = _infer(doc.text)
        anchor = found[0] if found else None
        inferred = anchor is not None
        label = f"{anchor.iso} ({found[1]})" if found else None
    times = []
    for c in _find(doc.text, anchor):
        used = c.needs_anchor and anchor is not None
        times.append(
            TimeExpr(
                start=c.start,
                end=c.end,
                text=doc.text[c.start : c.end],
                value=c.value,
                granularity=c.gran,
                mod=c.mod,
                inferred=inferred and used,
                anchor=label if used else None,
                sentence=doc.sentence_at(c.start) if doc.sentences else None,
            )
        )
    doc.times = times
    return doc
