"""Rule handlers for expressions relative to the anchor or free of a calendar: ``hôm qua``,
``tuần tới``, weekdays, clock times, durations and ``3 năm trước``.
"""

from __future__ import annotations

import datetime as _dt
import re

from thoisu.extract.time.anchor import _add_months, _fmt, _iso_week
from thoisu.extract.time.candidates import _Cand, _Ctx
from thoisu.extract.time.lexicon import _alt, _norm_ws
from thoisu.extract.time.patterns import _NOT_BEFORE_DURATION, _P
from thoisu.extract.time.resolve import _REL_OFF, _clock, _mode_from_mark, _part
from thoisu.text.numbers import parse_number


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


def _h_until_now(m: re.Match, ctx: _Ctx) -> list[_Cand]:
    """``cho đến nay``: the open period up to the anchor day, unless it closes a ``từ X đến nay``
    whose start the other rules tag (``từ 2011 đến nay`` → 2011)."""
    if not m.group().lower().startswith("từ") and "từ" in ctx.prev_words(m.start(), 6).split():
        return []
    a = ctx.anchor
    value = f"../{a.date().isoformat()}" if a else "../XXXX-XX-XX"
    return [_Cand(m.start(), m.end(), value, "period", mod="before", needs_anchor=True, prio=1)]
