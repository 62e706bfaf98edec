"""Vietnamese text in legacy 8-bit encodings: Windows-1258, TCVN3 (ABC) and VNI-Windows.

For bytes that are *not* UTF-8.  ``decode_legacy`` decodes them with every candidate, scores
each result with ``score_vietnamese`` (the share of words that are valid Vietnamese syllables),
and answers only when one encoding is certain; otherwise it raises ``LegacyEncodingError``
saying what was tried.  The TCVN3 and VNI tables are data files in
``thoisu/extract/data/encodings/``; ``encode_legacy`` goes back the other way.

    >>> decode_legacy(encode_legacy("Bộ Ngoại giao Việt Nam hoan nghênh và ủng hộ điều đó.", "vni"))
    ('Bộ Ngoại giao Việt Nam hoan nghênh và ủng hộ điều đó.', 'vni')
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

ENCODINGS = ("windows-1258", "tcvn3", "vni")
MIN_SCORE = 0.85  # the best decoding must score at least this ...
MIN_LEAD = 0.25  # ... and beat the runner-up by at least this
MIN_WORDS = 5  # words judged in the best decoding; fewer is too little text to be certain

# Tone marks, as combining characters.
_TONES = {"\u0300": "huyền", "\u0301": "sắc", "\u0303": "ngã", "\u0309": "hỏi", "\u0323": "nặng"}
# Letters a word may be spelt with once tone marks are removed (f j w z: foreign words).
_ALPHABET = frozenset("abcdefghijklmnopqrstuvwxyzăâđêôơư")
# Letters only Vietnamese uses (the certainty rule wants at least one in the text).
_VIET_ONLY = frozenset("ăđĩũơưĂĐĨŨƠƯ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}
_INITIALS = sorted(
    "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(), key=len, reverse=True
) + [""]
_FINALS = ("ch", "ng", "nh", "c", "m", "n", "p", "t", "")
_STOP_FINALS = ("c", "ch", "p", "t")  # only with sắc or nặng
# Vowel nuclei: those ending in a semivowel (and ia/ua/ưa) take no final; some need one.
_OPEN = frozenset(
    "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu uơ iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu".split()
)
_NEEDS_FINAL = frozenset("ă â iê yê oă oo uâ uô ươ uyê".split())
_NUCLEI = _NEEDS_FINAL | frozenset("a e ê i o ô ơ u ư y oa oe uê uy".split())
_STRIP = (
    "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isalnum())
    + "\u201c\u201d\u2018\u2019\u2026\u2013\u2014"
)
_SPLIT = re.compile(r"[\s/\-]+")
_DIGIT = re.compile("[0-9]")
# Bytes 0x80-0x9F as Windows-1252 (undefined ones stay C1 controls, as in Latin-1).
_C1 = {b: bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xA0)}


class LegacyEncodingError(ValueError):
    """The bytes cannot be decoded as Vietnamese in one legacy encoding with certainty."""


@cache
def _table(name: str) -> dict[bytes, str]:
    """``bytes -> char`` from ``encodings/<name>.tsv`` (``bytes_hex<TAB>char`` or ``U+XXXX``)."""
    text = files("thoisu.extract.data").joinpath(f"encodings/{name}.tsv").read_text(encoding="utf-8")
    table: dict[bytes, str] = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) < 2:
            raise ValueError(f"{name}.tsv line {lineno}: expected bytes_hex<TAB>char, got {line!r}")
        key, char = bytes.fromhex(fields[0]), fields[1].strip()
        if char.startswith("U+"):
            char = chr(int(char[2:], 16))
        if key in table or len(char) != 1:
            raise ValueError(f"{name}.tsv line {lineno}: duplicate bytes or not one character: {line!r}")
        table[key] = char
    return table


@cache
def _matcher(name: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex over Latin-1-decoded bytes, longest sequences first (so it does longest-match)."""
    table = {k.decode("latin-1"): v for k, v in _table(name).items()}
    return re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True)))), table


def _decode_table(data: bytes, name: str) -> str:
    pattern, table = _matcher(name)
    text = pattern.sub(lambda m: table[m.group()], data.decode("latin-1"))
    return text.translate(_C1)  # table output never lies in U+0080-U+009F


def _decode(data: bytes, encoding: str) -> str:
    if encoding == "windows-1258":
        text = data.decode("cp1258", errors="replace")
    else:
        text = _decode_table(data, encoding)
    return unicodedata.normalize("NFC", text)


def _split_tone(char_or_word: str) -> tuple[str, list[str]]:
    """``(NFC text without tone marks, the tone marks)``."""
    nfd = unicodedata.normalize("NFD", char_or_word)
    tones = [c for c in nfd if c in _TONES]
    return unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES)), tones


def encode_legacy(text: str, encoding: str) -> bytes:
    """Encode ``text`` in ``encoding`` (one of ``ENCODINGS``); raise LegacyEncodingError if impossible.

    A letter with a tone that has no code of its own (most in Windows-1258, capitals in TCVN3) is
    written as its base letter plus a combining tone mark.  Other characters are written as
    Windows-1252 where that byte means nothing else; the result must decode back to ``text``.
    """
    if encoding not in ENCODINGS:
        raise LegacyEncodingError(f"unknown legacy encoding {encoding!r}; known: {', '.join(ENCODINGS)}")
    text = unicodedata.normalize("NFC", text)
    table = {} if encoding == "windows-1258" else _table(encoding)
    reverse = {v: k for k, v in table.items()}
    out = bytearray()
    for char in text:
        base, tones = _split_tone(char)
        for piece in (char, base + "".join(tones)):
            try:
                out += b"".join(_encode_char(c, encoding, table, reverse) for c in piece)
                break
            except (UnicodeEncodeError, KeyError):
                continue
        else:
            raise LegacyEncodingError(f"cannot encode {char!r} (U+{ord(char):04X}) in {encoding}")
    if _decode(bytes(out), encoding) != text:
        raise LegacyEncodingError(f"text does not survive a round trip through {encoding}")
    return bytes(out)


def _encode_char(c: str, encoding: str, table: dict[bytes, str], reverse: dict[str, bytes]) -> bytes:
    if encoding == "windows-1258":
        return c.encode("cp1258")
    if c in reverse:
        return reverse[c]
    b = c.encode("cp1252")
    if b in table:  # that byte means a Vietnamese letter here
        raise KeyError(c)
    return b


def _is_syllable(bare: str, tone: str | None) -> bool:
    """``bare``: lowercase, no tone marks.  Initial + nucleus + final, with the usual constraints."""
    for initial in _INITIALS:
        if not bare.startswith(initial):
            continue
        rest = bare[len(initial) :]
        for final in _FINALS:
            if final and not rest.endswith(final):
                continue
            nucleus = rest[: len(rest) - len(final)]
            if final:
                ok = nucleus in _NUCLEI
                if final in _STOP_FINALS and tone not in ("\u0301", "\u0323"):
                    ok = False
                if final in ("ch", "nh") and nucleus[-1:] not in ("a", "ê", "i", "y"):
                    ok = False
            else:
                ok = (nucleus in _NUCLEI and nucleus not in _NEEDS_FINAL) or nucleus in _OPEN
            if ok:
                return True
    return False


@lru_cache(maxsize=1 << 16)
def _judge(word: str) -> bool | None:
    """True: a Vietnamese syllable; None: a plain ASCII word that is not one (neutral); False: not."""
    bare, tones = _split_tone(word.lower())
    if any(c not in _ALPHABET for c in bare):
        return False
    if len(tones) <= 1 and _is_syllable(bare, tones[0] if tones else None):
        return True
    return None if word.isascii() else False


def _verdicts(text: str) -> list[bool]:
    """The judged (non-neutral) verdicts of ``text``'s words; numbers are skipped."""
    tokens = (t.strip(_STRIP) for t in _SPLIT.split(unicodedata.normalize("NFC", text)))
    verdicts = (_judge(t) for t in tokens if t and not _DIGIT.search(t))  # not isdigit(): ¹²³
    return [v for v in verdicts if v is not None]


def score_vietnamese(text: str) -> float:
    """Share of judged words that are valid Vietnamese syllables (0.0 when none is judged).

    Words are whitespace-separated tokens stripped of punctuation; numbers are skipped; plain
    ASCII words that are not syllables (names, acronyms) are neutral and not judged.
    """
    verdicts = _verdicts(text)
    return sum(verdicts) / len(verdicts) if verdicts else 0.0


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Return ``(NFC text, encoding)`` for Vietnamese bytes in a legacy encoding, when certain."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LegacyEncodingError("bytes start with a UTF-8/UTF-16 byte order mark: decode them as Unicode")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        raise LegacyEncodingError("bytes are valid UTF-8: decode them as UTF-8, not a legacy encoding")
    texts = {enc: _decode(data, enc) for enc in ENCODINGS}
    verdicts = {enc: _verdicts(text) for enc, text in texts.items()}
    scores = {enc: sum(v) / len(v) if v else 0.0 for enc, v in verdicts.items()}
    ranked = sorted(ENCODINGS, key=lambda e: scores[e], reverse=True)
    best, runner_up = ranked[0], ranked[1]
    judged = len(verdicts[best])
    summary = "bytes are not UTF-8; scored " + ", ".join(f"{e} {scores[e]:.2f}" for e in ENCODINGS)
    if scores[best] < MIN_SCORE:
        why = f"best ({best}) is below {MIN_SCORE}"
    elif scores[best] - scores[runner_up] < MIN_LEAD:
        why = f"{best} leads {runner_up} by less than {MIN_LEAD}"
    elif not any(c in _VIET_ONLY for c in texts[best]):
        why = f"the {best} text has no Vietnamese letters with diacritics"
    elif judged < MIN_WORDS:
        why = f"only {judged} word(s) to judge, fewer than {MIN_WORDS}"
    else:
        return texts[best], best
    raise LegacyEncodingError(f"{summary}: no encoding is certain ({why})")
