"""Reference dates (`Anchor`, `parse_anchor`) and the calendar arithmetic that formats values and
picks the year or month a partial date falls in relative to an anchor.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass


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
