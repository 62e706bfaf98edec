"""Names opened by a head word (``Hiệp định …``, ``Bộ …``, ``Quỹ …``, ``Hội nghị …``): the head table
(``entity_heads.yaml``), head candidates, and how far such a name extends (capitalised words,
connectors, lower-case bridges, ordinals, a seat ``tại …``, an agreement's topic ``về …``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from thoisu.extract.entity_spans import Candidate, Syl, _entity_heads, _extra, _gap, _joinable
from thoisu.extract.gazetteer import Gazetteer, gazetteer, syllables
from thoisu.extract.people import _title_at
from thoisu.text.sentences import abbreviations


@lru_cache(maxsize=1)
def _heads() -> tuple[dict[tuple[str, ...], str], int, frozenset[str], frozenset[str]]:
    raw = _entity_heads()
    heads: dict[tuple[str, ...], str] = {}
    for etype in ("ORG", "EVENT", "AGREEMENT", "FUND", "MECHANISM"):
        for head in raw.get(etype, []):
            heads[tuple(syllables(head))] = etype
    # "ĐH" opens names as "Đại học" does, in every head that holds it ("Trường ĐH")
    for short, full in raw.get("head_abbreviations", {}).items():
        full_key, short_key = tuple(syllables(full)), tuple(syllables(short))
        for head, etype in list(heads.items()):
            for k in range(len(head) - len(full_key) + 1):
                if head[k : k + len(full_key)] == full_key:
                    heads[head[:k] + short_key + head[k + len(full_key) :]] = etype
    longest = max(len(k) for k in heads)
    return heads, longest, frozenset(raw["connectors"]), frozenset(raw["agreement_tail_stops"])


# --- names opened by a head word ----------------------------------------------------------------
def _head_candidates(text: str, syls: list[Syl], g: Gazetteer, word_ends: dict[int, int]) -> list[Candidate]:
    heads, longest, connectors, tail_stops = _heads()
    out: list[Candidate] = []
    n = len(syls)
    i = 0
    while i < n:
        # "Tập đoàn đa ngành Tata …" opening a sentence reads as "tập đoàn đa ngành Tata"
        lower = not syls[i].cap or (
            i + 1 < n and not syls[i + 1].cap and _opens_sentence(text, syls[i].start)
        )
        named = _described_name(text, syls, i, g) if lower else None
        if not syls[i].cap or named is not None:
            if named is not None:
                out.append(named)  # "công ty [Linde]", "tạp chí [People]", "tập đoàn [Huawei]"
                i = named.end
            else:
                i += 1
            continue
        match = None
        for j in range(min(n, i + longest), i, -1):
            etype = heads.get(tuple(s.key for s in syls[i:j]))
            if etype:
                match = (j, etype)
                break
        if not match:
            i += 1
            continue
        j, etype = match
        if j < n and syls[j].key == "của" and _opens_sentence(text, syls[i].start):
            # "Cuộc tập trận của Na Uy …" opening a sentence is "cuộc tập trận của Na Uy": a description
            i += 1
            continue
        title_end = _title_at(syls, i, g)
        if title_end is not None and title_end >= j:
            i = title_end  # "Bộ trưởng Kinh tế" is a title, not the ministry "Bộ …"
            continue
        end = _extend_name(
            text, syls, i, j, connectors, tail_stops if etype == "AGREEMENT" else None, word_ends
        )
        if etype == "AGREEMENT":
            end = _without_owner(syls, j, end, g)
        if tuple(s.key for s in syls[i:j]) in _DESCRIPTOR_HEADS and end > j:
            out.append(Candidate(j, end, etype, None, "head", priority=1))  # "Hãng tin [Reuters]"
            i = end
            continue
        if end > j or (etype == "AGREEMENT" and j - i >= 3):  # "Tuyên bố chung", "Bản ghi nhớ" alone
            whole = tuple(s.key for s in syls[i:end])
            hits = g.aliases.get(whole)
            eid = next(iter(sorted(hits)), None) if hits else None
            etype_final = g.entities[eid]["type"] if eid else etype
            out.append(Candidate(i, end, etype_final, eid, "head", priority=1))
            i = end
        else:
            i += 1
    return out


@lru_cache(maxsize=1)
def _descriptors() -> dict[tuple[str, ...], str]:
    """Lower-case words that say what kind of thing the capitalised name after them is, with that type."""
    raw = _entity_heads()
    return {tuple(syllables(d)): etype for etype, ds in raw["described_by"].items() for d in ds}


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: nothing but spaces since a full stop, a colon, a
    quote or the start of the text (scanned back, not sliced: this runs for every capitalised word)."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < 0 or text[k] in '.!?:"'


@lru_cache(maxsize=1)
def _org_sectors() -> frozenset[tuple[str, ...]]:
    """Lower-case words of a company's trade that may stand between its descriptor and its name."""
    return frozenset(tuple(syllables(w)) for w in _entity_heads().get("org_sectors", []))


def _described_name(text: str, syls: list[Syl], i: int, g: Gazetteer) -> Candidate | None:
    """``công ty Linde Plc``, ``căn cứ quân sự Travis``: a name right after a lower-case descriptor,
    of the descriptor's type (a country written first is a company's nationality: ``công ty Mỹ Pfizer``)."""
    described = _descriptors()
    for n in (4, 3, 2, 1):
        etype = described.get(tuple(s.key for s in syls[i : i + n]))
        if etype is None:
            continue
        k = end = i + n
        if etype == "ORG":  # "tập đoàn [quốc phòng] Mỹ Lockheed Martin", "tập đoàn [đa ngành] Tata"
            sectors = _org_sectors()
            for size in (2, 1):
                if tuple(s.key for s in syls[k : k + size]) in sectors:
                    k = end = k + size
                    break
        while end < len(syls) and syls[end].cap and _joinable(_gap(text, syls[end - 1], syls[end])):
            end += 1
        if end == k:
            return None
        for m in range(end - k - 1, 0, -1):  # skip a leading country if the name goes on after it
            if _spells_country(g, syls[k : k + m]):
                k += m
                break
        if any(g.aliases.get(tuple(s.key for s in syls[k:e])) for e in range(end, k, -1)):
            # a known name, or one that starts the run ("bang Victoria Daniel Andrews"): the gazetteer
            # recogniser types it and the name after it
            return None
        return Candidate(k, end, etype, None, "head", priority=1)
    return None


_DESCRIPTOR_HEADS = {("hãng", "tin"), ("hãng", "thông", "tấn"), ("tạp", "chí"), ("báo",), ("đài",), ("hãng",)}


def _extend_name(
    text: str,
    syls: list[Syl],
    i: int,
    j: int,
    connectors: frozenset[str],
    tail_stops: frozenset[str] | None,
    word_ends: dict[int, int],
) -> int:
    """Where a name that starts at syllable i with a head ending at j ends (exclusive)."""
    n = len(syls)
    end = j
    k = j
    in_tail = False
    while k < n:
        gap = _gap(text, syls[k - 1], syls[k])
        if gap == ". " and syls[k - 1].text.lower() + "." in abbreviations() and syls[k].cap:
            end = k = k + 1  # "St. Petersburg"
            continue
        if not _joinable(gap):
            break
        s = syls[k]
        prev_word_end = word_ends.get(syls[k - 1].start, syls[k - 1].end)
        if gap == "-" and end == k:
            end = k = k + 1  # a hyphenated transliteration: "Mát-xcơ-va"
            continue
        if in_tail:
            if s.key in tail_stops and not (s.key == "và" and k + 1 < n and syls[k + 1].cap):
                break  # "về hợp tác Khoa học và Công nghệ" goes on; "… và tổ chức" does not
            end = k = k + 1
            continue
        if s.cap and gap == " " and _country_ends_at(syls, k) and not _starts_alias(syls, k):
            break  # "Ủy ban Điều tra của Nga Alexander Bastrykin": the country ends the name
        if s.cap or s.text.isdigit():
            end = k = k + 1
        elif prev_word_end >= s.end and end == k:
            end = k = k + 1  # lower-case syllable inside the same word ("Ngoại giao")
        elif (
            s.key in ("lần", "thứ")
            and k + 1 < n
            and (
                syls[k + 1].key in ("thứ",) or syls[k + 1].text.isdigit() or syls[k + 1].key in _ORDINAL_WORDS
            )
        ):
            k2 = k + 1
            while k2 < n and (
                syls[k2].key in ("thứ",) or syls[k2].text.isdigit() or syls[k2].key in _ORDINAL_WORDS
            ):
                k2 += 1
            end = k = k2
        elif (
            (inner := _inner_word_at(syls, k))
            and inner < n
            and syls[inner].cap
            and all(_joinable(_gap(text, syls[x - 1], syls[x])) for x in range(k + 1, inner + 1))
        ):
            end = k = inner  # "quốc tế" inside "Diễn đàn Kinh tế quốc tế St. Petersburg"
        elif tail_stops is None and (bridge := _lowercase_bridge(text, syls, k)) is not None:
            end = k = bridge  # "Bộ Giao thông vận tải (GTVT)", "Cơ quan … nguồn nhân lực Singapore"
        elif s.key == "tại" and tuple(x.key for x in syls[i:j]) in _SEATED_HEADS and _place_at(syls, k + 1):
            end = k = _place_at(syls, k + 1)  # "Đại sứ quán Mỹ tại Nga"
        elif tail_stops is not None and s.key == "về":
            in_tail = True
            end = k = k + 1
        elif tail_stops is not None and (nested := _nested_agreement(text, syls, k)) is not None:
            end = k = nested  # "Lộ trình thực hiện Chương trình Hành động", "Tuyên bố Tầm nhìn chung về …"
        elif s.key in connectors and k + 1 < n and syls[k + 1].cap and _joinable(_gap(text, s, syls[k + 1])):
            if s.key == "và" and _starts_name(syls, k + 1):
                break  # "Quốc hội Mỹ và Cục Dự trữ Liên bang Mỹ": two names
            k += 1
        else:
            break
    # a name does not end on a connector
    while end > j and syls[end - 1].key in connectors | {"về"}:
        end -= 1
    return end


def _spells_country(g: Gazetteer, span: list[Syl]) -> bool:
    """Are these syllables one of a country's names?"""
    return g.country(tuple(s.key for s in span)) is not None


def _without_owner(syls: list[Syl], j: int, end: int, g: Gazetteer) -> int:
    """``Đạo luật Quan hệ Đối ngoại của Australia``: whose act it is stays outside the act's name."""
    for k in range(end - 2, j - 1, -1):
        if syls[k].key == "của":
            if _spells_country(g, syls[k + 1 : end]):
                return k
            break
    return end


def _country_ends_at(syls: list[Syl], k: int) -> bool:
    """Do the syllables right before k spell a country's name?"""
    g = gazetteer()
    for n in range(1, min(k, 5) + 1):
        if _spells_country(g, syls[k - n : k]):
            # not when the name goes on through k: "Nhật" in "Nhật Bản"
            return not any(
                tuple(s.key for s in syls[k - n2 : k + m]) in g.aliases
                for n2 in range(1, min(k, 5) + 1)
                for m in (1, 2, 3)
                if k + m <= len(syls)
            )
    return False


def _starts_alias(syls: list[Syl], k: int) -> bool:
    """Does a gazetteer name start at syllable k?"""
    g = gazetteer()
    return any(
        tuple(s.key for s in syls[k : k + n]) in g.aliases
        for n in range(1, min(g.max_len, len(syls) - k) + 1)
    )


def _starts_name(syls: list[Syl], k: int) -> bool:
    heads, longest, _, _ = _heads()
    g = gazetteer()
    for n in range(min(len(syls) - k, max(longest, g.max_len)), 0, -1):
        key = tuple(s.key for s in syls[k : k + n])
        if heads.get(key) == "ORG" or (n >= 2 and key in g.aliases):
            return True
    return False


def _nested_agreement(text: str, syls: list[Syl], k: int) -> int | None:
    """Inside an agreement's name, up to three lower-case syllables may lead to ``về`` (its topic)
    or to another agreement's head word (``thực hiện Chương trình …``)."""
    heads = _heads()[0]
    n = len(syls)
    for m in range(k, min(n, k + 4)):
        if m > k and not _joinable(_gap(text, syls[m - 1], syls[m])):
            return None
        if syls[m].key == "về" and m > k:
            return m
        if syls[m].cap and 0 < m - k <= 2 and not any(x.key in _BRIDGE_STOPS for x in syls[k:m]):
            return m  # "Kế hoạch Hành động hợp tác Khoa học và Công nghệ"
        if syls[m].cap:
            for h in range(min(n, m + 4), m, -1):
                if heads.get(tuple(s.key for s in syls[m:h])) == "AGREEMENT" and m > k:
                    return m
            return None
    return None


def _inner_word_at(syls: list[Syl], k: int) -> int | None:
    inner = _extra()[0]
    for n in (3, 2, 1):
        if tuple(s.key for s in syls[k : k + n]) in inner:
            return k + n
    return None


_SEATED_HEADS = {
    tuple(syllables(h))
    for h in (
        "Đại sứ quán",
        "Tổng Lãnh sự quán",
        "Lãnh sự quán",
        "Văn phòng",
        "Phái đoàn",
        "Phòng Thương mại",
        "Trung tâm",
        "Phòng",
    )
}


def _place_at(syls: list[Syl], k: int) -> int | None:
    """End of a gazetteer place starting at syllable k, if one does."""
    g = gazetteer()
    for j in range(min(len(syls), k + g.max_len), k, -1):
        hits = g.aliases.get(tuple(s.key for s in syls[k:j])) or {}
        if any(g.entities[e]["type"] == "LOC" for e in hits) and syls[k].cap:
            return j
    return None


def _lowercase_bridge(text: str, syls: list[Syl], k: int) -> int | None:
    """Lower-case words inside an official name, when the name provably goes on: up to four
    lower-case syllables followed by a capitalised place or by an acronym in parentheses."""
    n = len(syls)
    m = k
    while m < n and m - k < 4 and not syls[m].cap and not syls[m].text.isdigit():
        if m > k and not _joinable(_gap(text, syls[m - 1], syls[m])):
            return None
        if syls[m].key in _BRIDGE_STOPS:
            return None
        m += 1
    if m == k:
        return None
    if (
        m < n
        and syls[m].cap
        and _joinable(_gap(text, syls[m - 1], syls[m]))
        and (place := _place_at(syls, m))
    ):
        return place
    if re.match(r" \([A-ZĐ][A-Za-z0-9Đ+\-]{1,11}\)", text[syls[m - 1].end : syls[m - 1].end + 16]):
        return m
    return None


_BRIDGE_STOPS = {
    "và",
    "của",
    "tại",
    "ở",
    "với",
    "cho",
    "đã",
    "sẽ",
    "đang",
    "là",
    "được",
    "bị",
    "các",
    "những",
    "này",
    "đó",
    "khi",
    "nhưng",
    "trong",
    "từ",
    "đến",
    "về",
    "theo",
    "cùng",
    "vì",
    "do",
    "để",
    "nhằm",
}


_ORDINAL_WORDS = {"nhất", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"}
