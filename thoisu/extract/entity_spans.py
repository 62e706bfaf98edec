"""Shared pieces of the entity recognisers: a sentence's syllables (``Syl``), the ``Candidate`` span a
recogniser proposes, the joins allowed inside a name, and the cached word lists several recognisers read
(``entity_heads.yaml`` inner words, product cues, place descriptors; ``not_entities.txt``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from thoisu.extract.gazetteer import SYLLABLE_RE, syllables
from thoisu.text.normalize import fold, tone_key


@dataclass
class Syl:
    start: int
    end: int
    text: str
    key: str  # tone-unified, lower-case

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper() or self.text[:1].isdigit() and any(c.isupper() for c in self.text)


@dataclass
class Candidate:
    start: int  # syllable indices [start, end)
    end: int
    type: str
    entity_id: str | None
    source: str  # gazetteer | head | person | acronym | np
    priority: int = 0
    long_form: Candidate | None = None


@lru_cache(maxsize=1)
def _entity_heads() -> dict:
    """``entity_heads.yaml``, read once for every recogniser that takes its word lists from it."""
    return yaml.safe_load(
        resources.files("thoisu.extract.data").joinpath("entity_heads.yaml").read_text("utf-8")
    )


@lru_cache(maxsize=1)
def _extra() -> tuple[
    set[tuple[str, ...]], set[tuple[str, ...]], frozenset[str], set[tuple[str, ...]], list[tuple[str, ...]]
]:
    raw = _entity_heads()
    inner = {tuple(syllables(w)) for w in raw.get("inner_words", [])}
    products = {tuple(syllables(w)) for w in raw.get("product_cues", [])}
    text = resources.files("thoisu.extract.data").joinpath("not_entities.txt").read_text("utf-8")
    stop = frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))
    descriptors = {tuple(syllables(w)) for w in raw.get("place_descriptors", [])}
    modifiers = sorted((tuple(syllables(w)) for w in raw.get("product_modifiers", [])), key=len, reverse=True)
    return inner, products, stop, descriptors, modifiers


def _syllables(text: str, start: int, end: int) -> list[Syl]:
    keyed = tone_key(text[start:end])
    return [
        Syl(start + m.start(), start + m.end(), text[start + m.start() : start + m.end()], m.group().lower())
        for m in SYLLABLE_RE.finditer(keyed)
    ]


def _gap(text: str, a: Syl, b: Syl) -> str:
    return text[a.end : b.start]


def _joinable(gap: str) -> bool:
    """Syllables of one name are separated by spaces or a hyphen (``Á - Âu``, ``ASEAN-Nga``)."""
    return gap.strip(" ") in ("", "-")


def _looks_foreign(word: str) -> bool:
    """A syllable with no Vietnamese diacritics and a consonant cluster Vietnamese lacks."""
    if word != fold(word).capitalize() and word != fold(word).upper() and fold(word) != word.lower():
        return False
    return bool(re.search(r"[bcdfgklmnprstvz]{2,}|[fjwz]|[^aeiouy]$", word.lower())) and not word.isupper()


# Vietnamese spelling: an initial, a vowel group and a final, checked with the vowels' shape marks
# (â ă ê ô ơ ư) but not their tones. Groups ending in a glide take no final ("ai", "ươi"); some groups
# need one ("ăn", "tiến", "muốn"). A foreign word's vowels rarely spell one: "Myo", "Aye", "Chue", "Kyi".
_INITIAL = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_OPEN = "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa uơ uya iêu oai oay oeo uây uôi uyu ươi ươu yêu"
_CLOSED = "ă â iê yê uô ươ uyê oă uâ oo"
_EITHER = "a e ê i o ô ơ u ư y oa oe uê uy"
_FINAL = r"(?:ch|ng|nh|[cmnpt])"


def _alternatives(groups: str) -> str:
    return "|".join(sorted(groups.split(), key=len, reverse=True))


_VIETNAMESE_SYLLABLE = re.compile(
    rf"{_INITIAL}(?:(?:{_alternatives(_OPEN)})|(?:{_alternatives(_CLOSED)}){_FINAL}"
    rf"|(?:{_alternatives(_EITHER)}){_FINAL}?)"
)
_TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def _vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` could be one Vietnamese syllable (``An``, ``Chính``, ``Nguyễn``), unlike
    ``Kubela``, ``Biden`` or ``Myo``."""
    bare = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.lower()).translate(_TONES))
    return _VIETNAMESE_SYLLABLE.fullmatch(bare) is not None
