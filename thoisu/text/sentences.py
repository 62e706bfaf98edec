"""Sentence splitting for Vietnamese news.

Each line is at most one paragraph; inside a line a sentence ends at ``.``, ``!``, ``?`` or ``…``
(optionally followed by a closing quote or bracket) when the next non-space character starts a
new sentence (an upper-case letter, a digit, an opening quote or bracket).  Not an end:
abbreviations (``TP.``, ``TS.``, ``Mr.``, ``St.``, single initials ``A.``), dots inside numbers
(``100.000``, ``3.2.2020``) or anything inside parentheses.  Short lines without final
punctuation become their own units: ``timestamp`` (``11:21 30/10/2020``), ``title`` (the first
line) or ``heading``.

    >>> from thoisu.text.sentences import split_sentences
    >>> text = "Quan hệ ASEAN-Nga\\n11:21 30/10/2020\\nÔng A. Ivanov đến TP. Hà Nội. Nga góp 1,5 triệu USD."
    >>> [(s.kind, text[s.start:s.end]) for s in split_sentences(text)]  # doctest: +NORMALIZE_WHITESPACE
    [('title', 'Quan hệ ASEAN-Nga'), ('timestamp', '11:21 30/10/2020'),
     ('text', 'Ông A. Ivanov đến TP. Hà Nội.'), ('text', 'Nga góp 1,5 triệu USD.')]
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from thoisu.model import Sentence

TIMESTAMP_RE = re.compile(
    r"^(?:(?:thứ\s+\w+|chủ\s+nhật),?\s*)?"
    r"(?:(\d{1,2})[:h](\d{2})\s*,?\s*(?:ngày\s+)?(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})"
    r"|(?:ngày\s+)?(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{4})\s*,?\s*(?:-\s*)?(?:(\d{1,2})[:h](\d{2}))?)"
    r"\s*(?:\(?(?:GMT|UTC)\s*[+-]\d{1,2}\)?)?\s*$",
    re.IGNORECASE,
)
_END = re.compile(r"[.!?…]+[\"')\]»]*")
_STARTS_SENTENCE = re.compile(r"[\"'(\[«]*[^\W\d_a-zđ]|[\"'(\[«]*\d|-\s", re.UNICODE)
_HEADING_MAX = 120


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations that end with a dot but not a sentence (data file ``abbreviations.txt``)."""
    raw = resources.files("thoisu.extract.data").joinpath("abbreviations.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in raw.splitlines() if line.strip() and not line.startswith("#")
    )


def split_sentences(text: str) -> list[Sentence]:
    """Split normalised ``text`` into sentences and header units (offsets into ``text``)."""
    out: list[Sentence] = []
    pos = 0
    first_line = True
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        lead = len(line) - len(line.lstrip())
        start += lead
        end = start + len(stripped)
        kind = _line_kind(stripped, first_line)
        first_line = False
        if kind != "text":
            out.append(Sentence(start, end, kind))
            continue
        out.extend(_split_line(text, start, end))
    return out


def _line_kind(line: str, first_line: bool) -> str:
    if TIMESTAMP_RE.match(line):
        return "timestamp"
    if len(line) <= _HEADING_MAX and not re.search(r"[.!?…:;,\"')]$", line):
        return "title" if first_line else "heading"
    return "text"


def _split_line(text: str, start: int, end: int) -> list[Sentence]:
    sentences: list[Sentence] = []
    sent_start = start
    depth = 0
    i = start
    while i < end:
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in ".!?…" and depth == 0:
            m = _END.match(text, i, end)
            stop = m.end() if m else i + 1
            if _is_boundary(text, i, stop, end):
                sentences.append(Sentence(sent_start, stop))
                j = stop
                while j < end and text[j] == " ":
                    j += 1
                sent_start = j
                i = j
                continue
            i = stop
            continue
        i += 1
    if sent_start < end:
        sentences.append(Sentence(sent_start, end))
    return sentences


def _is_boundary(text: str, dot: int, stop: int, end: int) -> bool:
    if stop >= end:
        return False  # end of line: handled by the caller
    if text[stop] != " " and not _glued_boundary(text, dot, stop):
        return False  # 100.000, 3.2.2020, v.v, U.S.
    nxt = text[stop:].lstrip(" ")
    if not _STARTS_SENTENCE.match(nxt):
        return False
    if text[dot] == ".":
        word = re.search(r"(\S+)$", text[:dot])
        token = (word.group(1) if word else "").lstrip("\"'([«")
        if token.lower() + "." in abbreviations():
            return False
        if re.fullmatch(r"[A-Z]", token):
            return False  # a Latin initial ("Alexander A. Ivanov"); "Đông Nam Á." still ends
        if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", token):
            return False  # U.S. / T.P.
    return True


def _glued_boundary(text: str, dot: int, stop: int) -> bool:
    """A sentence end the source glued to the next sentence (``… cứng rắn".Ông cũng …``): a full stop
    after a lower-case word or a closing quote, then a capitalised word with lower-case letters — not
    ``TP.HCM``, ``Dr.Phil`` (an abbreviation) or ``dantri.com.vn``."""
    if text[dot] != "." or not re.match(r"[^\W\d_a-zđ][^\W\d_A-ZĐ]", text[stop : stop + 2]):
        return False
    word = re.search(r"(\S+)$", text[:dot])
    token = (word.group(1) if word else "").strip("\"'”)")
    if not re.fullmatch(r"[^\W\d_]*[^\W\d_A-ZĐ]", token) or len(token) < 2:
        return False  # "TP.HCM", "1.Ông", "vn.Trân" of a web address
    return token.lower() + "." not in abbreviations()
