"""Finding expressions: the rule table, candidate generation, longest-match selection, coordinated
bare values (``năm 2019 và 2020``) and `_find`, which runs the whole chain.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from thoisu.extract.time.anchor import Anchor, _fmt, _valid, _year_for_dm
from thoisu.extract.time.candidates import _Cand, _Ctx
from thoisu.extract.time.narrative import _narrative, _sets
from thoisu.extract.time.patterns import _P
from thoisu.extract.time.rules_calendar import (
    _h_bare_month,
    _h_bare_year,
    _h_century,
    _h_cycle_year,
    _h_decade,
    _h_month,
    _h_n_months_of_year,
    _h_part_month_bare,
    _h_part_week,
    _h_part_year,
    _h_quarter,
    _h_season,
    _h_year,
)
from thoisu.extract.time.rules_days import (
    _h_date,
    _h_day_only,
    _h_day_pair,
    _h_interval,
    _h_range_dates,
    _h_range_days,
    _h_range_months,
    _h_range_years,
)
from thoisu.extract.time.rules_relative import (
    _h_ago,
    _h_clock,
    _h_duration,
    _h_rel_day,
    _h_rel_unit,
    _h_until_now,
    _h_weekday,
)

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
    ("cycle_year", "cycle_year", _h_cycle_year),
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
    ("until_now", "until_now", _h_until_now),
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


def _find(text: str, anchor: Anchor | None) -> list[_Cand]:
    chosen = _select(_candidates(text, anchor), len(text))
    chosen = _coordinate(text, chosen, anchor)
    _narrative(text, chosen, anchor)
    return _sets(text, chosen)
