"""Reference date inference: the date a text without a publication date implies."""

from __future__ import annotations

import re

from thoisu.extract.time.anchor import Anchor
from thoisu.extract.time.find import _find

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
