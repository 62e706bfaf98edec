"""The time lexicons (``thoisu/extract/data/time_words.yaml``), loaded once, and the helpers that
turn word lists into regex alternations.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_DATA = Path(__file__).parent.parent / "data" / "time_words.yaml"


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
