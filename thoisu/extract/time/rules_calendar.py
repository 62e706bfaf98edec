"""Rule handlers for calendar units coarser than a day: years, months, parts of a year, month or
week, quarters, decades, centuries and seasons.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

from thoisu.extract.time.anchor import _add_months, _fmt, _iso_week, _year_for_month
from thoisu.extract.time.candidates import _Cand, _Ctx
from thoisu.extract.time.lexicon import _norm_ws
from thoisu.extract.time.patterns import _P
from thoisu.extract.time.resolve import _REL_OFF, _mode_from_mark, _part
from thoisu.text.numbers import parse_number


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


def _h_cycle_year(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    """``năm Tân Sửu (1601)`` → 1601; ``Tết Tân Sửu`` in an article of 2021 → 2021.  A number the name
    contradicts is no year of it (nothing is read); a name alone is read only as a year within one of the
    anchor's, since the cycle repeats every 60 years."""
    lx = _P().lx
    stem, branch = lx["year_stems"][m.group("stem")], lx["year_branches"][m.group("branch")]

    def named(y: int) -> bool:
        return (y - 4) % 10 == stem and (y - 4) % 12 == branch

    written = m.group("y") or m.group("y2")
    if written:
        y = int(written)
        return [_Cand(m.start(), m.end(), f"{y:04d}", "year", prio=3, evidence=(y, 0, 0))] if named(y) else []
    if ctx.anchor is None:
        return []
    near = [y for y in (ctx.anchor.y - 1, ctx.anchor.y, ctx.anchor.y + 1) if named(y)]
    if not near:
        return []
    return [_Cand(m.start(), m.end(), f"{near[0]:04d}", "year", needs_anchor=True, prio=3)]


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
