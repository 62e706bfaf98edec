"""Helpers the rule handlers share to turn a match into a value: the resolution mode a tense marker
implies, relative year offsets, clock times and part-of-period words.
"""

from __future__ import annotations

from thoisu.extract.time.candidates import _Ctx
from thoisu.extract.time.lexicon import _lex, _norm_ws
from thoisu.extract.time.patterns import _P


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


def _year_mode(rel: str | None, mark: str | None, ctx: _Ctx, pos: int):
    """How to pick the year of a day-month: an explicit relative word ("năm sau") wins over a mark or cue."""
    return ("rel", _REL_OFF[rel.lower()]) if rel else _mode_from_mark(mark, ctx, pos)


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


def _part(p: str) -> tuple[str | None, int | None]:
    """(mod, half) of a part-of-period word."""
    P = _P()
    k = _norm_ws(p)
    if k in P.lx["halves"]:
        return None, P.lx["halves"][k]
    return P.lx["period_parts"].get(k), None
