"""The matching state: `_Cand` (a candidate expression with its value) and `_Ctx` (the text being
tagged, its anchor, and the context tests the rule handlers share).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from thoisu.extract.time.anchor import Anchor
from thoisu.extract.time.patterns import _P


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
