"""Vietnamese numbers: digits in Vietnamese formats, scale words and number words.

    >>> parse_number("1,5"), parse_number("100.000"), parse_number("2,5 triệu")
    (1.5, 100000.0, 2500000.0)
    >>> parse_number("một trăm hai mươi lăm"), parse_number("hai mươi mốt"), parse_number("một trăm linh năm")
    (125.0, 21.0, 105.0)
    >>> parse_number("iOS") is None
    True

Formats: ``,`` is the decimal mark and ``.`` groups thousands (``1.500.000``); a lone ``.`` that
does not group three digits is read as a decimal point (``5.0``, ``14.2``); English grouping with
several commas (``1,500,000``) is accepted too.  Scale words: ``nghìn``/``ngàn``, ``vạn``,
``triệu``, ``tỷ``/``tỉ`` (``2 tỷ 500 triệu`` adds up).

``năm`` is both "five" and "year".  `parse_number` is called on a string the caller already knows
to be a number, so ``parse_number("năm")`` is 5; but after ``mười``/``mươi`` five is spelt
``lăm`` and ``năm`` there is the noun "year" (``hai mươi năm`` = twenty years), so that string
is not a number.  `NUMBER_WORDS_RE`, which scans running text, takes ``năm`` as five only inside
a number (``năm mươi``, ``năm trăm``, ``một trăm linh năm``, ``năm nghìn``), never alone.
"""

from __future__ import annotations

import re

__all__ = ["parse_number", "NUMBER_WORDS_RE", "DIGIT_NUMBER_RE", "words_to_number"]

_DIGITS = {
    "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
    "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}  # fmt: skip
_SCALES = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_TEN_WORDS = ("mười", "mươi")

# A number written with digits, Vietnamese or English separators (no sign, no unit).
DIGIT_NUMBER_RE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?![\w]|[.,]\d)")

# --- NUMBER_WORDS_RE ---------------------------------------------------------------------------
_MULT = r"(?:mươi|trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ)"
_PLAIN_DIGIT = r"(?:một|hai|ba|bốn|sáu|bảy|bẩy|tám|chín)"
_AFTER_TEN = r"(?:(?<=mươi )|(?<=mười ))(?:lăm|nhăm|mốt|tư|một|hai|ba|bốn|sáu|bảy|bẩy|tám|chín)"
# "mươi"/"chục" only right after a digit word ("hai mươi", "ba chục"; not "hàng chục").
_DIGIT_WORDS = ("một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "bẩy", "tám", "chín")
_AFTER_DIGIT = "(?:" + "|".join(f"(?<={w} )" for w in _DIGIT_WORDS) + ")"
_TOKEN = (
    r"(?:"
    + _AFTER_TEN
    + r"|"
    + _PLAIN_DIGIT
    + r"|năm(?= "
    + _MULT
    + r"\b)"  # five only before a multiplier
    + r"|(?:(?<=linh )|(?<=lẻ ))năm"  # ... or after linh/lẻ
    + r"|mười|"
    + _AFTER_DIGIT
    + r"(?:mươi|chục)|trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ"
    + r"|(?<=trăm )(?:linh|lẻ)(?= (?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín)\b)"
    + r")"
)
NUMBER_WORDS_RE = re.compile(r"(?<!\w)" + _TOKEN + r"(?: " + _TOKEN + r")*(?!\w)", re.IGNORECASE)
"""Runs of Vietnamese number words in running text (``hai mươi lăm``, ``một trăm linh năm``).

Words are separated by single spaces (the normaliser collapses runs).  A standalone ``năm`` is
never matched (see the module docs); ``tư``, ``mốt``, ``lăm`` only after ``mười``/``mươi``.
Callers decide whether a word such as ``ba`` (also in ``Ba Lan``) is a number in their context;
`parse_number` gives the value of a match.
"""


def _parse_digits(s: str) -> float | None:
    if not re.fullmatch(r"\d+(?:[.,]\d+)*", s):
        return None
    if "," in s and "." in s:
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        thou = "." if dec == "," else ","
        head, _, frac = s.rpartition(dec)
        if dec in head:
            return None
        groups = head.split(thou)
        if any(len(g) != 3 for g in groups[1:]) or not 1 <= len(groups[0]) <= 3:
            return None
        return float("".join(groups) + "." + frac)
    for sep, decimal_when_single in ((".", True), (",", True)):
        if sep in s:
            parts = s.split(sep)
            if len(parts) == 2:
                # "1.500" groups thousands (dot); "1,5" is a decimal comma; "5.0" a decimal point.
                if sep == "." and len(parts[1]) == 3 and parts[0] != "0" and len(parts[0]) <= 3:
                    return float(parts[0] + parts[1])
                if decimal_when_single:
                    return float(parts[0] + "." + parts[1])
            if all(len(p) == 3 for p in parts[1:]) and 1 <= len(parts[0]) <= 3:
                return float("".join(parts))
            return None
    return float(s)


def words_to_number(words: list[str]) -> float | None:
    """Value of a list of number words (and digit groups); None when they do not form a number."""
    total = 0.0
    group = 0.0
    pending: float | None = None
    last = ""
    last_scale = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("linh", "lẻ"):
            if last != "trăm" and last not in _SCALES:
                return None
        elif w == "mười":
            if pending is not None:
                return None
            group += 10
        elif w == "mươi":
            if pending is None:
                return None
            group += pending * 10
            pending = None
        elif w in ("lăm", "nhăm", "mốt"):
            if last not in _TEN_WORDS:
                return None
            group += _DIGITS[w]
        elif w == "năm" and last in _TEN_WORDS:
            return None  # "hai mươi năm": twenty *years*; five after a ten is "lăm"
        elif w in _DIGITS or _parse_digits(w) is not None:
            value = float(_DIGITS[w]) if w in _DIGITS else _parse_digits(w)
            if pending is not None:
                return None
            if last in _TEN_WORDS:
                group += value
            else:
                pending = value
        elif w == "trăm":
            group += (pending if pending is not None else 1) * 100
            pending = None
        elif w == "chục":
            group += (pending if pending is not None else 1) * 10
            pending = None
        elif w in _SCALES:
            scale = _SCALES[w]
            g = group + (pending or 0)
            if g == 0 and total and scale > last_scale:
                total *= scale  # "nghìn tỷ"
            else:
                total += (g if g else 1) * scale
            group, pending, last_scale = 0.0, None, scale
        else:
            return None
        seen = True
        last = w
    if not seen:
        return None
    return total + group + (pending or 0)


def parse_number(s: str) -> float | None:
    """Parse a Vietnamese number: ``1,5``, ``100.000``, ``2,5 triệu``, ``hai mươi mốt``.

    Returns a float, or None when ``s`` is not a number.
    """
    if s is None:
        return None
    s = s.strip()
    if not s:
        return None
    value = _parse_digits(s)
    if value is not None:
        return value
    words = s.split()
    if len(words) == 1 and s.lower() not in _DIGITS and s.lower() not in ("mười", "trăm", "chục", *_SCALES):
        return None
    return words_to_number(words)
