"""People: person candidates after a title (``Ngoại trưởng Nga Sergey Lavrov``) or a marker (``ông``,
``bà``), or starting with a family name (``Nguyễn Xuân Phúc``); the title, marker and name-run helpers;
and the linking of later partial names (``ông Lavrov``) to the fullest form of the same person.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from thoisu.extract.entity_spans import Candidate, Syl, _extra, _gap, _joinable, _vietnamese_syllable
from thoisu.extract.gazetteer import Gazetteer, gazetteer, syllables
from thoisu.extract.gazetteer_candidates import _best_alias
from thoisu.text.normalize import tone_key


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    raw = resources.files("thoisu.extract.data").joinpath("surnames.txt").read_text("utf-8")
    return frozenset(
        tone_key(x.strip()).lower() for x in raw.splitlines() if x.strip() and not x.startswith("#")
    )


# --- people -------------------------------------------------------------------------------------
def _person_candidates(
    text: str, syls: list[Syl], g: Gazetteer, people: dict[str, str], word_ends: dict[int, int] | None = None
) -> list[Candidate]:
    out: list[Candidate] = []
    n = len(syls)
    surnames = _surnames()
    i = 0
    while i < n:
        trigger_end = _title_at(syls, i, g)
        if trigger_end is None:
            trigger_end = _marker_at(syls, i, g)
        if trigger_end is not None:
            k = trigger_end
            # skip a country / organisation complement: "Ngoại trưởng Nga", "Đại sứ Nga tại Indonesia"
            k = _skip_complement(text, syls, k, g)
            run_end = _short_of_word(syls, k, _cap_run(text, syls, k), word_ends, surnames)
            # "Thủ tướng Chính phủ", "Bộ trưởng Phát triển": a word, not a name; "Giám đốc Viện IHME
            # [Christopher Murray]": a body the title heads, then perhaps the name
            if run_end > k and (_splits_word(syls, run_end, word_ends) or _opens_body(syls, k)):
                run_end = k
                name_at = _past_vietnamese_complement(text, syls, k)  # "Thượng nghị sĩ Đảng Lao động Kim…"
                if name_at > k:
                    k, run_end = name_at, _cap_run(text, syls, name_at)
            # "Tham mưu trưởng IDF Aviv Kochavi": an acronym before a full name is the body, not the name
            if run_end - k >= 3 and syls[k].text.isupper() and len(syls[k].text) >= 2:
                k += 1
            # "Bộ trưởng GTVT": an acronym after a title abbreviates the portfolio
            acronym = run_end == k + 1 and syls[k].text.isupper() and len(syls[k].text) >= 2
            if run_end > k and (
                syls[k].text in _extra()[2] or any(c.isdigit() for c in syls[k].text) or acronym
            ):
                run_end = k
            if run_end > k and not _is_known(syls[k:run_end], g):
                out.append(Candidate(k, run_end, "PER", None, "person", priority=3))
                i = run_end
                continue
        # "ở Hồ Châu, tỉnh Chiết Giang": a surname-led name where a place is written is the place's; "số 2N
        # Phạm Hữu Chí", "đường Lê Lợi": one written as an address is a street's
        at_place = i > 0 and (syls[i - 1].key in ("ở", "tại", "đường") or _house_number(syls, i - 1))
        if syls[i].cap and syls[i].key in surnames and not at_place:
            run_end = _short_of_word(syls, i, _cap_run(text, syls, i), word_ends, surnames)
            if 2 <= run_end - i <= 4 and not _is_known(syls[i:run_end], g):
                out.append(Candidate(i, run_end, "PER", None, "person", priority=1))
                i = run_end
                continue
        if syls[i].cap and syls[i].key in people:
            run_end = _cap_run(text, syls, i)
            full = " ".join(s.key for s in syls[i:run_end])
            if run_end - i == 1:
                if not _splits_word(syls, i + 1, word_ends):  # "Chính phủ" is no "Phạm Minh Chính"
                    out.append(Candidate(i, i + 1, "PER", people[syls[i].key], "person", priority=1))
            elif full in people:
                out.append(Candidate(i, run_end, "PER", people[full], "person", priority=2))
                i = run_end
                continue
        i += 1
    return out


def _house_number(syls: list[Syl], k: int) -> bool:
    """Whether syllable ``k`` is a house number after "số" (``số 2N``, ``số 12``)."""
    return k > 0 and syls[k - 1].key == "số" and bool(re.fullmatch(r"\d+[A-Za-z]?", syls[k].text))


def _past_vietnamese_complement(text: str, syls: list[Syl], k: int) -> int:
    """Past a title's Vietnamese-worded complement to a foreign full name right after it
    (``Thượng nghị sĩ Đảng Lao động [Kimberley Kitching]``); ``k`` itself when there is none."""
    for m in range(k + 1, min(len(syls), k + 6)):
        if not _joinable(_gap(text, syls[m - 1], syls[m])) or not _vietnamese_syllable(syls[m - 1].text):
            return k
        if syls[m].cap and not _vietnamese_syllable(syls[m].text):
            end = _cap_run(text, syls, m)
            # "Chủ tịch Liên đoàn Lao động Campuchia Ath Thorn": the body's country ends the complement
            country = next(
                (c for c in range(end - 2, m, -1) if gazetteer().country(tuple(s.key for s in syls[m:c]))),
                None,
            )
            if country is not None:
                m = country
            foreign = all(not _vietnamese_syllable(s.text) for s in syls[m:end])
            return m if end - m >= 2 and foreign else k
    return k


@lru_cache(maxsize=1)
def _body_heads() -> tuple[frozenset[tuple[str, ...]], int]:
    """The head words of bodies' names (an agreement's are none), from the head table of ``names``."""
    from thoisu.extract.names import _heads  # names imports this module

    heads, longest, _, _ = _heads()
    return frozenset(k for k, etype in heads.items() if etype != "AGREEMENT"), longest


def _opens_body(syls: list[Syl], k: int) -> bool:
    """A head word of a body's name starts at ``k`` (``Viện``, ``Quỹ``, ``Hội nghị``)."""
    heads, longest = _body_heads()
    return any(tuple(s.key for s in syls[k : k + n]) in heads for n in range(1, longest + 1))


def _marker_at(syls: list[Syl], i: int, g: Gazetteer) -> int | None:
    """``ông``, ``bà``, ``tay vợt``, ``chuyên gia`` … before a name (lower case, or a capitalised honorific)."""
    for n in range(min(len(syls) - i, g.max_marker_len), 0, -1):
        key = " ".join(s.key for s in syls[i : i + n])
        if key in g.person_markers and (not syls[i].cap or key in ("ông", "bà", "ngài") or n > 1):
            return i + n
    return None


def _short_of_word(
    syls: list[Syl], k: int, run_end: int, word_ends: dict[int, int] | None, surnames: frozenset[str]
) -> int:
    """A Vietnamese full name's run stops before a capitalised word it runs into: "PGS. Tạ Hải Tùng
    Huân chương Công trạng" names Tạ Hải Tùng, "Huân" opens the medal."""
    if run_end - k >= 3 and syls[k].key in surnames and _splits_word(syls, run_end, word_ends):
        return run_end - 1
    return run_end


def _splits_word(syls: list[Syl], run_end: int, word_ends: dict[int, int] | None) -> bool:
    """The run's last syllable begins a segmented word that goes on in lower case."""
    if not word_ends or run_end >= len(syls):
        return False
    last, nxt = syls[run_end - 1], syls[run_end]
    # the segmenter glues foreign names to verbs ("Kubela cáo"); only a Vietnamese syllable makes a word
    return _vietnamese_syllable(last.text) and word_ends.get(last.start, last.end) > last.end and not nxt.cap


def _title_at(syls: list[Syl], i: int, g: Gazetteer) -> int | None:
    for j in range(min(len(syls), i + g.max_title_len), i, -1):
        if tuple(s.key for s in syls[i:j]) in g.titles:
            return j
    return None


def _skip_complement(text: str, syls: list[Syl], k: int, g: Gazetteer) -> int:
    for _ in range(3):
        if k >= len(syls):
            return k
        if syls[k].key in ("tại", "ở") and k + 1 < len(syls):
            k += 1
            continue
        best = 0
        for j in range(min(len(syls), k + g.max_len), k, -1):
            hits = g.aliases.get(tuple(s.key for s in syls[k:j]))
            if hits and _best_alias(hits, syls[k:j])[0]:
                best = j
                break
        if not best:
            return k
        k = best
    return k


def _cap_run(text: str, syls: list[Syl], k: int) -> int:
    """End of a run of capitalised syllables (a name), allowing initials and hyphens (``Moon Jae-in``)."""
    end = k
    while end < len(syls):
        gap = _gap(text, syls[end - 1], syls[end]) if end > k else ""
        if end > k and gap == "-" and not syls[end].text.isdigit():
            end += 1
            continue
        if not syls[end].cap or syls[end].text.isdigit():
            break
        if end > k and gap != "-" and gap.strip() == "-":
            break  # "Joschka Fischer - Ngoại trưởng Đức": a spaced dash closes the name
        initials = len(syls[end - 1].text) == 1 and (gap == ". " or gap == "." and len(syls[end].text) == 1)
        if end > k and not _joinable(gap) and not initials:  # "J. Kennedy", "anh N.V.T."
            break
        end += 1
        if end - k >= 5:
            break
    return end


def _is_known(span: list[Syl], g: Gazetteer) -> bool:
    return tuple(s.key for s in span) in g.aliases


# --- linking partial names ----------------------------------------------------------------------
def _person_id(surface: str, people: dict[str, str], eid: str) -> str:
    """Full names register their last syllable; a later lone last name links to the full one.  A
    Vietnamese name of three syllables or more registers its last two as well: "bà Vân Anh" is
    Nguyễn Thị Vân Anh."""
    parts = syllables(surface)
    if len(parts) <= 2 and " ".join(parts) in people:
        return people[" ".join(parts)]
    if len(parts) >= 2:
        people.setdefault(" ".join(parts), eid)
        if len(parts[-1]) > 1:  # initials ("N.V.T.") give no name to link a lone letter to
            people.setdefault(parts[-1], eid)
        if len(parts[0]) > 1:
            people.setdefault(parts[0], eid)  # "ông Vương" for Vương Nghị, "ông Tập" for Tập Cận Bình
        if len(parts) >= 3 and tone_key(parts[0]) in _surnames():
            people.setdefault(" ".join(parts[-2:]), eid)
    return eid
