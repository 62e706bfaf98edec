"""Rule handlers for day-precise dates and ranges: ``ngày 3/2``, ``14 và 15/10``, ``ngày 2 đến 4-2``,
``18/4-25/4``, ``tháng 3-5/2020``, ``2019-2020``, ``trước năm 2030``.
"""

from __future__ import annotations

import datetime as _dt
import re

from thoisu.extract.time.anchor import _fmt, _valid, _year_for_dm, _year_for_month, _ym_for_day
from thoisu.extract.time.candidates import _Cand, _Ctx
from thoisu.extract.time.lexicon import _norm_ws
from thoisu.extract.time.patterns import _P
from thoisu.extract.time.resolve import _REL_OFF, _clock, _mode_from_mark, _year_mode


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
        mode = _year_mode(g["rel"], g["mark"], ctx, m.start())
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
        mode = _year_mode(m.group("rel"), None, ctx, m.start())
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
        mode = _year_mode(m.group("rel"), None, ctx, m.start())
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
