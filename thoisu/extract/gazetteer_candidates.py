"""Entity candidates found in the gazetteer: aliases of known countries, places, organisations,
mechanisms and funds matched over a sentence's syllables (with the text's case respected), short
country names in pairs (``Mỹ - Trung``), and numbered meetings of known mechanisms (``AMM-29``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from thoisu.extract.entity_spans import Candidate, Syl, _extra, _gap, _joinable
from thoisu.extract.gazetteer import SYLLABLE_RE, Gazetteer, syllables


# --- gazetteer ----------------------------------------------------------------------------------
def _gazetteer_candidates(
    text: str, syls: list[Syl], g: Gazetteer, word_ends: dict[int, int]
) -> list[Candidate]:
    out: list[Candidate] = []
    n = len(syls)
    # run_end[i]: the end of the longest stretch from i joined only by spaces or hyphens, by an
    # ampersand inside an abbreviation ("Bộ LĐ-TB&XH"), or by the period of a short abbreviation
    # ("TP.HCM", "TP. HCM", "St. Petersburg")
    run_end = [n] * (n + 1)
    for k in range(n - 2, -1, -1):
        gap = _gap(text, syls[k], syls[k + 1])
        abbreviated = gap in (".", ". ") and 2 <= len(syls[k].text) <= 3 and syls[k].text[:1].isupper()
        run_end[k] = run_end[k + 1] if _joinable(gap) or gap == "&" or abbreviated else k + 1
    if n:
        run_end[n - 1] = n
    keys = [s.key for s in syls]
    for i in range(n):
        abbr = g.pair_abbreviations.get(syls[i].text)
        if abbr and _in_pair(text, syls, i, g):
            out.append(Candidate(i, i + 1, "LOC", abbr, "gazetteer", priority=2))
            continue
        numbered = re.fullmatch(r"([A-Z]{2,})-(\d{1,3})", syls[i].text)
        if numbered and (numbered.group(1).lower(),) in g.aliases:
            # "AMM-29": the 29th meeting of a known mechanism
            out.append(Candidate(i, i + 1, "EVENT", None, "gazetteer", priority=2))
            continue
        for j in range(min(run_end[i], i + g.max_len), i, -1):
            hits = g.aliases.get(tuple(keys[i:j]))
            if not hits:
                continue
            eid, alias = _best_alias(hits, syls[i:j])
            if eid is None:
                continue
            skip = _descriptor_len(syls, i, j)
            if skip:
                out.append(Candidate(i + skip, j, g.entities[eid]["type"], eid, "gazetteer", priority=2))
                break
            if j - i == 1 and _begins_common_word(syls, i):
                continue  # "Ý kiến", "Mỹ phẩm": the syllable begins a longer common word
            out.append(Candidate(i, j, g.entities[eid]["type"], eid, "gazetteer", priority=2))
            break
    return out


@lru_cache(maxsize=1)
def _common_words() -> frozenset[tuple[str, ...]]:
    raw = resources.files("thoisu.extract.data").joinpath("ambiguous_words.txt").read_text("utf-8")
    return frozenset(tuple(syllables(x)) for x in raw.splitlines() if x.strip() and not x.startswith("#"))


def _begins_common_word(syls: list[Syl], i: int) -> bool:
    words = _common_words()
    return any(
        tuple(s.key for s in syls[i : i + n]) in words
        for n in (2, 3)
        if i + n <= len(syls) and not syls[i + 1].cap
    )


def _descriptor_len(syls: list[Syl], i: int, j: int) -> int:
    """``kênh đào Suez``: a lower-case descriptor at the start of a place alias stays outside the name."""
    for n in (2, 1):
        if (
            j - i > n
            and not syls[i].cap
            and syls[i + n].cap
            and tuple(s.key for s in syls[i : i + n]) in _extra()[3]
        ):
            return n
    return 0


def _in_pair(text: str, syls: list[Syl], i: int, g: Gazetteer) -> bool:
    """``Mỹ - Trung``, ``Nga-Trung``: a one-syllable short name next to a hyphen and another country."""

    def country_at(k: int) -> bool:
        if not 0 <= k < len(syls):
            return False
        if syls[k].text in g.pair_abbreviations:
            return True
        hits = (
            g.aliases.get((syls[k].key,))
            or g.aliases.get(tuple(s.key for s in syls[max(0, k - 1) : k + 1]))
            or {}
        )
        return any(g.entities[e].get("kind") == "country" for e in hits)

    before = i > 0 and _gap(text, syls[i - 1], syls[i]).strip() == "-" and country_at(i - 1)
    after = i + 1 < len(syls) and _gap(text, syls[i], syls[i + 1]).strip() == "-" and country_at(i + 1)
    return bool(before or after)


def _best_alias(hits: dict[str, list[str]], span: list[Syl]) -> tuple[str | None, str]:
    """Pick an entity one of whose spellings agrees with the text's case.

    An all-capitals alias (an acronym) must match exactly; a capitalised name must start with a
    capital in the text; an alias written in lower case (``châu Á``) matches either way.
    """
    surface = "".join(s.text for s in span)
    for eid, forms in sorted(hits.items()):
        for alias in forms:
            letters = [c for c in alias if c.isalpha()]
            if len(letters) >= 2 and all(c.isupper() for c in letters):
                if surface == "".join(syllables_as_written(alias)):
                    return eid, alias
                continue
            if alias[:1].isupper() and not span[0].cap:
                continue
            return eid, alias
    return None, ""


def syllables_as_written(text: str) -> list[str]:
    return [m.group() for m in SYLLABLE_RE.finditer(text)]
