"""Vietnamese text normalisation with an offset map back to the original.

``normalize(text)`` returns the stored text: Unicode NFC, one kind of line break, straight quotes,
``-`` for every dash, no zero-width characters, runs of spaces collapsed, at most one blank line
between paragraphs.  Tone-mark placement is *kept* as written (``hoà`` stays ``hoà`` for display);
``tone_key`` unifies it for matching, and ``fold`` strips diacritics for search.  Both keep the
length of the text, so their offsets are the stored text's offsets.

    >>> normalize("Ủy  ban\\r\\nhoà “bình”")[0]
    'Ủy ban\\nhoà "bình"'
    >>> tone_key("Uỷ ban hoà bình, quý")
    'Ủy ban hòa bình, quý'
    >>> fold("Đông Nam Á")
    'dong nam a'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# One-to-one character replacements: they keep offsets, so they need no map.
_CHAR_MAP = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2033": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u2032": "'",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\t": " ",
        "\u2026": "\u2026",
        "\u000b": "\n",
        "\u000c": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\u0085": "\n",
    }
)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Whitespace runs that change length: CRLF, spaces, spaces around newlines, 3+ newlines.
_WS_RUN = re.compile(r"[ ]*[\r\n][ \r\n]*|[ ]{2,}")


def normalize(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Return ``(normalised_text, offset_map)``; see module docs for the map's meaning."""
    # Pass 1: drop zero-width characters and compose (NFC), tracking original offsets per char.
    pieces: list[str] = []
    origins: list[int] = []  # original offset of each character in pieces (after pass 1)
    if _ZERO_WIDTH.search(text) or not unicodedata.is_normalized("NFC", text):
        _compose(text, pieces, origins)
        stage1 = "".join(pieces)
    else:
        stage1 = text
        origins = None  # identity
    stage1 = stage1.translate(_CHAR_MAP)

    # Pass 2: collapse whitespace runs; breakpoints recorded where lengths change.
    out: list[str] = []
    breaks: list[tuple[int, int]] = [(0, 0)]
    pos_in, pos_out = 0, 0
    lead = len(stage1) - len(stage1.lstrip(" \n\r"))
    if lead:
        pos_in = lead
        breaks.append((0, lead))
    for m in _WS_RUN.finditer(stage1, pos_in):
        s, e = m.span()
        out.append(stage1[pos_in:s])
        pos_out += s - pos_in
        breaks_in_run = m.group().replace("\r\n", "\n").replace("\r", "\n").count("\n")
        rep = "\n\n" if breaks_in_run >= 2 else "\n" if breaks_in_run else " "
        out.append(rep)
        pos_out += len(rep)
        pos_in = e
        breaks.append((pos_out, e))
    out.append(stage1[pos_in:])
    norm = "".join(out)
    norm = norm.rstrip(" \n")

    if origins is not None:
        origins.append(len(text))
        breaks = _compose_maps(breaks, origins, len(norm))
    return norm, _compact(breaks)


def _compose(text: str, pieces: list[str], origins: list[int]) -> None:
    """NFC-compose character clusters, dropping zero-width ones, remembering where each began."""
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = _ZERO_WIDTH.sub("", text[i:j])
        if cluster:
            composed = unicodedata.normalize("NFC", cluster)
            for k, ch in enumerate(composed):
                pieces.append(ch)
                origins.append(i if k == 0 else j)
        i = j


def _compose_maps(breaks: list[tuple[int, int]], origins: list[int], norm_len: int) -> list[tuple[int, int]]:
    """Turn pass-2 breakpoints (over pass-1 text) into per-character breakpoints over the original."""
    # Expand to a per-position function, then compress; documents are small, so this is cheap.
    result: list[tuple[int, int]] = []
    bi = 0
    for pos in range(norm_len + 1):
        while bi + 1 < len(breaks) and breaks[bi + 1][0] <= pos:
            bi += 1
        n0, s0 = breaks[bi]
        stage1_pos = min(s0 + (pos - n0), len(origins) - 1)
        result.append((pos, origins[stage1_pos]))
    return result


def _compact(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep only the breakpoints where the normalised→original delta changes."""
    out: list[tuple[int, int]] = []
    last_delta = None
    for n, o in sorted(points):
        if out and out[-1][0] == n:
            out[-1] = (n, o)
            last_delta = o - n
            continue
        if o - n != last_delta:
            out.append((n, o))
            last_delta = o - n
    return out or [(0, 0)]


# --- Tone-mark placement -----------------------------------------------------------------------
# Open syllables in oa/oe/uy carry the tone on the first vowel in the traditional convention
# (hòa, khỏe, thủy) and on the second in the modern one (hoà, khoẻ, thuỷ).  We unify to the
# traditional one, which underthesea and most gazetteers use.  ``qu`` + y is not the uy vowel.
_TONES = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
_LETTER = r"[^\W\d_]"
_MODERN = re.compile(
    rf"(?<![qQ])([oO][aAeE]|[uU][yY])(?!{_LETTER})".replace("[aAeE]", "[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸ]").replace(
        "[yY]", "[ỳýỷỹỵỲÝỶỸỴ]"
    )
)


def _move_tone(m: re.Match[str]) -> str:
    first, second = m.group(1)[0], m.group(1)[1]
    decomposed = unicodedata.normalize("NFD", second)
    tone = next((c for c in decomposed if c in _TONES), "")
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return unicodedata.normalize("NFC", first + tone) + bare


def tone_key(text: str) -> str:
    """Unify tone placement (``hoà``→``hòa``, ``Uỷ``→``Ủy``); same length as ``text``."""
    return _MODERN.sub(_move_tone, text)


# --- Diacritic folding for search --------------------------------------------------------------
@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = unicodedata.normalize("NFD", ch)
    if len(base) > 1 and all(unicodedata.combining(c) for c in base[1:]):
        return base[0].lower()
    return ch.lower() if len(ch.lower()) == 1 else ch


_FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in list(range(0x80, 0x250)) + list(range(0x1E00, 0x1F00))}


def fold(text: str) -> str:
    """Lowercase, strip diacritics, ``đ``→``d``; same length as ``text``.

    >>> fold("Hội nghị Cấp cao")
    'hoi nghi cap cao'
    """
    return text.translate(_FOLD_TABLE).lower()
