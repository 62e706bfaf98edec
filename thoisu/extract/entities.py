"""Named entities: recognised, typed and linked to canonical entities, sentence by sentence.

Four recognisers propose spans over a sentence's syllables, and the longest wins:

1. the gazetteer (countries, places, organisations, mechanisms, funds) — linked to its ids;
2. head words (``Hiệp định …``, ``Bộ …``, ``Quỹ …``, ``Hội nghị …``) that open a name of a type;
3. people: a capitalised run after a title (``Ngoại trưởng Nga Sergey Lavrov``) or a marker
   (``ông``, ``bà``), or starting with a family name (``Nguyễn Xuân Phúc``);
4. acronyms defined in the text (``Tổ chức Hợp tác Thượng Hải (SCO)``), for the whole document.

Later partial mentions (``ông Lavrov``) link to the fullest form of the same person.

    >>> from thoisu.pipeline import Pipeline
    >>> doc = Pipeline(["sentences", "tokens", "entities"]).from_text(
    ...     "Ngoại trưởng Nga Sergey Lavrov gặp Tổng Thư ký ASEAN. Ông Lavrov nói.")
    >>> [(m.text, m.type, m.entity_id) for m in doc.mentions]   # doctest: +NORMALIZE_WHITESPACE
    [('Nga', 'LOC', 'RUS'), ('Sergey Lavrov', 'PER', 'per:sergey-lavrov'), ('ASEAN', 'ORG', 'org:asean'),
     ('Lavrov', 'PER', 'per:sergey-lavrov')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from thoisu.extract.gazetteer import SYLLABLE_RE, Gazetteer, gazetteer, syllables
from thoisu.model import Doc, Mention
from thoisu.text.normalize import fold, tone_key
from thoisu.text.sentences import abbreviations


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
def _heads() -> tuple[dict[tuple[str, ...], str], int, frozenset[str], frozenset[str]]:
    raw = yaml.safe_load(
        resources.files("thoisu.extract.data").joinpath("entity_heads.yaml").read_text("utf-8")
    )
    heads: dict[tuple[str, ...], str] = {}
    for etype in ("ORG", "EVENT", "AGREEMENT", "FUND", "MECHANISM"):
        for head in raw.get(etype, []):
            heads[tuple(syllables(head))] = etype
    longest = max(len(k) for k in heads)
    return heads, longest, frozenset(raw["connectors"]), frozenset(raw["agreement_tail_stops"])


@lru_cache(maxsize=1)
def _extra() -> tuple[set[tuple[str, ...]], set[tuple[str, ...]], frozenset[str], set[tuple[str, ...]]]:
    raw = yaml.safe_load(
        resources.files("thoisu.extract.data").joinpath("entity_heads.yaml").read_text("utf-8")
    )
    inner = {tuple(syllables(w)) for w in raw.get("inner_words", [])}
    products = {tuple(syllables(w)) for w in raw.get("product_cues", [])}
    text = resources.files("thoisu.extract.data").joinpath("not_entities.txt").read_text("utf-8")
    stop = frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))
    descriptors = {tuple(syllables(w)) for w in raw.get("place_descriptors", [])}
    return inner, products, stop, descriptors


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    raw = resources.files("thoisu.extract.data").joinpath("surnames.txt").read_text("utf-8")
    return frozenset(
        tone_key(x.strip()).lower() for x in raw.splitlines() if x.strip() and not x.startswith("#")
    )


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


def find_entities(doc: Doc) -> Doc:
    """Fill ``doc.mentions``, ``doc.entities`` and role relations (see module docs)."""
    g = gazetteer()
    word_ends = _word_spans(doc)
    mentions: list[Mention] = []
    people: dict[str, str] = {}  # last-name key -> person id, for partial later mentions
    acronyms: dict[str, tuple[str, str]] = {}  # acronym -> (entity id, type)
    for si, sent in enumerate(doc.sentences):
        syls = _syllables(doc.text, sent.start, sent.end)
        if not syls:
            continue
        cands = _gazetteer_candidates(doc.text, syls, g, word_ends)
        cands += _head_candidates(doc.text, syls, g, word_ends)
        cands += _person_candidates(doc.text, syls, g, people, word_ends)
        cands += _acronym_candidates(syls, acronyms)
        cands += _product_candidates(doc.text, syls)
        chosen = _resolve(cands)
        chosen += _leftover_candidates(doc.text, syls, chosen, sent.start == syls[0].start)
        chosen.sort(key=lambda c: c.start)
        _pair_acronyms(doc.text, syls, chosen, g)
        ids: dict[int, str] = {}
        for c in chosen:
            a, b = syls[c.start], syls[c.end - 1]
            surface = doc.text[a.start : b.end]
            eid = (
                c.entity_id or (ids.get(id(c.long_form)) if c.long_form else None) or _new_id(c.type, surface)
            )
            ids[id(c)] = eid
            if c.type == "PER":
                eid = _person_id(surface, people, eid)
            mentions.append(Mention(a.start, b.end, surface, c.type, eid, si))
            _register(doc, g, eid, c.type, surface)
        _define_acronyms(doc.text, mentions, acronyms, doc)
    doc.mentions = mentions
    from thoisu.extract.roles import find_relations

    doc.relations = find_relations(doc)
    return doc


# --- gazetteer ----------------------------------------------------------------------------------
def _gazetteer_candidates(
    text: str, syls: list[Syl], g: Gazetteer, word_ends: dict[int, int]
) -> list[Candidate]:
    out: list[Candidate] = []
    n = len(syls)
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
        for j in range(min(n, i + g.max_len), i, -1):
            if any(not _joinable(_gap(text, syls[k], syls[k + 1])) for k in range(i, j - 1)):
                continue
            key = tuple(s.key for s in syls[i:j])
            hits = g.aliases.get(key)
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


# --- names opened by a head word ----------------------------------------------------------------
def _head_candidates(text: str, syls: list[Syl], g: Gazetteer, word_ends: dict[int, int]) -> list[Candidate]:
    heads, longest, connectors, tail_stops = _heads()
    out: list[Candidate] = []
    n = len(syls)
    i = 0
    while i < n:
        if not syls[i].cap:
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
        title_end = _title_at(syls, i, g)
        if title_end is not None and title_end >= j:
            i = title_end  # "Bộ trưởng Kinh tế" is a title, not the ministry "Bộ …"
            continue
        end = _extend_name(
            text, syls, i, j, connectors, tail_stops if etype == "AGREEMENT" else None, word_ends
        )
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
            run_end = _cap_run(text, syls, k)
            if run_end > k and _splits_word(syls, run_end, word_ends):
                run_end = k  # "Thủ tướng Chính phủ", "Bộ trưởng Phát triển": a word, not a name
            if run_end > k and (syls[k].text in _extra()[2] or any(c.isdigit() for c in syls[k].text)):
                run_end = k
            if run_end > k and not _is_known(syls[k:run_end], g):
                out.append(Candidate(k, run_end, "PER", None, "person", priority=3))
                i = run_end
                continue
        if syls[i].cap and syls[i].key in surnames:
            run_end = _cap_run(text, syls, i)
            if 2 <= run_end - i <= 4 and not _is_known(syls[i:run_end], g):
                out.append(Candidate(i, run_end, "PER", None, "person", priority=1))
                i = run_end
                continue
        if syls[i].cap and syls[i].key in people:
            run_end = _cap_run(text, syls, i)
            full = " ".join(s.key for s in syls[i:run_end])
            if run_end - i == 1:
                out.append(Candidate(i, i + 1, "PER", people[syls[i].key], "person", priority=1))
            elif full in people:
                out.append(Candidate(i, run_end, "PER", people[full], "person", priority=2))
                i = run_end
                continue
        i += 1
    return out


def _marker_at(syls: list[Syl], i: int, g: Gazetteer) -> int | None:
    """``ông``, ``bà``, ``tay vợt``, ``chuyên gia`` … before a name (lower case, or a capitalised honorific)."""
    for n in range(min(len(syls) - i, g.max_marker_len), 0, -1):
        key = " ".join(s.key for s in syls[i : i + n])
        if key in g.person_markers and (not syls[i].cap or key in ("ông", "bà", "ngài") or n > 1):
            return i + n
    return None


def _splits_word(syls: list[Syl], run_end: int, word_ends: dict[int, int] | None) -> bool:
    """The run's last syllable begins a segmented word that goes on in lower case."""
    if not word_ends or run_end >= len(syls):
        return False
    last, nxt = syls[run_end - 1], syls[run_end]
    vietnamese = fold(last.text) != last.text.lower()  # the segmenter glues foreign names to verbs
    return vietnamese and word_ends.get(last.start, last.end) > last.end and not nxt.cap


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
        if end > k and not _joinable(gap) and not (gap == ". " and len(syls[end - 1].text) == 1):
            break
        end += 1
        if end - k >= 5:
            break
    return end


def _is_known(span: list[Syl], g: Gazetteer) -> bool:
    return tuple(s.key for s in span) in g.aliases


def _product_candidates(text: str, syls: list[Syl]) -> list[Candidate]:
    products = _extra()[1]
    out = []
    for i in range(len(syls)):
        for n in (3, 2, 1):
            if tuple(s.key for s in syls[i : i + n]) in products and not syls[i].cap:
                k = i + n
                end = k
                while (
                    end < len(syls)
                    and (syls[end].cap or syls[end].text.isdigit() and end > k)
                    and (end == k or _joinable(_gap(text, syls[end - 1], syls[end])))
                ):
                    end += 1
                if end > k and _joinable(_gap(text, syls[k - 1], syls[k])):
                    out.append(Candidate(k, end, "PRODUCT", None, "product", priority=3))
                break
    return out


# --- acronyms -----------------------------------------------------------------------------------
_ACRONYM = re.compile(r"^[A-ZĐ][A-Z0-9Đ+\-]{1,11}$")


def _acronym_candidates(syls: list[Syl], acronyms: dict[str, tuple[str, str]]) -> list[Candidate]:
    return [
        Candidate(i, i + 1, acronyms[s.text][1], acronyms[s.text][0], "acronym", priority=4)
        for i, s in enumerate(syls)
        if s.text in acronyms
    ]


def _pair_acronyms(text: str, syls: list[Syl], chosen: list[Candidate], g: Gazetteer) -> None:
    """``Long Form (ACR)`` in one sentence: both name one entity, typed as the gazetteer types ACR."""
    for a, b in zip(chosen, chosen[1:], strict=False):
        if b.end - b.start != 1 or a.type == "PER":
            continue
        if (
            text[syls[a.end - 1].end : syls[b.start].start] != " ("
            or text[syls[b.start].end : syls[b.start].end + 1] != ")"
        ):
            continue
        acr = syls[b.start].text
        if not _ACRONYM.match(acr):
            continue
        known = b.entity_id if b.source == "gazetteer" else None
        if a.source == "gazetteer" and known and g.entities[known]["type"] != a.type:
            continue  # "Đông Nam Á (TAC)": a place before a treaty's acronym does not name the treaty
        if a.entity_id is None and known:
            a.type = g.entities[known]["type"]
            if a.source == "head" and g.entities[known].get("kind") == "mechanism":
                b.entity_id = (
                    None  # a pair-specific instance ("… ASEAN-Nga (PMC+1)"): keep the long form's own id
                )
            else:
                a.entity_id = known
        elif a.entity_id and b.entity_id != a.entity_id:
            b.entity_id = a.entity_id  # "Ủy ban Hợp tác chung ASEAN-Nga (JCC)" names that committee
        b.type = a.type
        b.long_form = a


def _define_acronyms(
    text: str, mentions: list[Mention], acronyms: dict[str, tuple[str, str]], doc: Doc
) -> None:
    """``Long Form (ACR)``: the acronym names the long form's entity from here on."""
    for m in mentions:
        if m.text in acronyms:
            continue
        after = text[m.end : m.end + 16]
        am = re.match(r" \(([A-ZĐ][A-Za-z0-9Đ+\-]{1,11})\)", after)
        known = m.entity_id in gazetteer().entities  # a gazetteer entity's acronyms are already known
        if am and _ACRONYM.match(am.group(1)) and m.type != "PER" and not known:
            acronyms[am.group(1)] = (m.entity_id or "", m.type)
            if m.entity_id in doc.entities:
                aliases = set(doc.entities[m.entity_id].get("aliases", [])) | {am.group(1)}
                doc.entities[m.entity_id]["aliases"] = sorted(aliases)


# --- what is left: capitalised runs no recogniser claimed ---------------------------------------
def _leftover_candidates(
    text: str, syls: list[Syl], chosen: list[Candidate], sentence_initial: bool
) -> list[Candidate]:
    taken = set()
    for c in chosen:
        taken.update(range(c.start, c.end))
    out: list[Candidate] = []
    i = 0
    while i < len(syls):
        if i in taken or not syls[i].cap:
            i += 1
            continue
        end = i
        while end < len(syls) and end not in taken and syls[end].cap:
            if end > i and not _joinable(_gap(text, syls[end - 1], syls[end])):
                break
            end += 1
        span = syls[i:end]
        if len(span) == 1 and (span[0].text in _extra()[2] or re.fullmatch(r"[IVXLC]+", span[0].text)):
            i = end
            continue
        if (
            len(span) == 1
            and _ACRONYM.match(span[0].text)
            and not span[0].text.isdigit()
            and len(span[0].text) >= 2
        ):
            if not re.search(r"\d", span[0].text) or re.match(r"^[A-Z]+-?\d+$", span[0].text) is None:
                out.append(Candidate(i, end, "ORG", None, "np"))
        elif len(span) >= 2 and not (
            i == 0 and sentence_initial and len(span) == 2 and span[1].key in _COMMON_CAPS
        ):
            prev = syls[i - 1].key if i else ""
            etype = "LOC" if prev in _PLACE_PREPS else "PER"
            if all(_looks_foreign(s.text) for s in span) or etype == "LOC":
                out.append(Candidate(i, end, etype, None, "np"))
        i = max(end, i + 1)
    return out


_PLACE_PREPS = {"tại", "ở", "đến", "tới", "từ", "thăm", "về", "sang"}
_COMMON_CAPS: set[str] = set()


def _looks_foreign(word: str) -> bool:
    """A syllable with no Vietnamese diacritics and a consonant cluster Vietnamese lacks."""
    if word != fold(word).capitalize() and word != fold(word).upper() and fold(word) != word.lower():
        return False
    return bool(re.search(r"[bcdfgklmnprstvz]{2,}|[fjwz]|[^aeiouy]$", word.lower())) and not word.isupper()


# --- choosing among candidates ------------------------------------------------------------------
def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Longest span first, then priority; overlapping losers are dropped (no nesting)."""
    # a person named after a title outranks any longer span that would swallow the name
    ordered = sorted(
        cands,
        key=lambda c: (
            -((c.source == "person" and c.priority >= 3) or (c.source == "gazetteer" and c.type == "PER")),
            -(c.end - c.start),
            -c.priority,
            c.start,
        ),
    )
    taken: set[int] = set()
    out: list[Candidate] = []
    for c in ordered:
        if any(k in taken for k in range(c.start, c.end)):
            continue
        taken.update(range(c.start, c.end))
        out.append(c)
    return out


# --- linking ------------------------------------------------------------------------------------
def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9+]+", "-", fold(tone_key(text))).strip("-")


def _new_id(etype: str, surface: str) -> str:
    return f"{etype.lower()}:{_slug(surface)}"


def _person_id(surface: str, people: dict[str, str], eid: str) -> str:
    """Full names register their last syllable; a later lone last name links to the full one."""
    parts = syllables(surface)
    if len(parts) == 1 and parts[0] in people:
        return people[parts[0]]
    if len(parts) >= 2:
        people.setdefault(" ".join(parts), eid)
        people.setdefault(parts[-1], eid)
        people.setdefault(parts[0], eid)  # "ông Vương" for Vương Nghị, "ông Tập" for Tập Cận Bình
    return eid


def _register(doc: Doc, g: Gazetteer, eid: str, etype: str, surface: str) -> None:
    if eid in doc.entities:
        ent = doc.entities[eid]
        if surface != ent["name"] and surface not in ent["aliases"]:
            ent["aliases"] = sorted({*ent["aliases"], surface})
        return
    if eid in g.entities:
        ent = dict(g.entities[eid])
        ent["aliases"] = sorted(set(ent["aliases"]) | ({surface} - {ent["name"]}))
        doc.entities[eid] = ent
    else:
        doc.entities[eid] = {
            "id": eid,
            "type": etype,
            "name": surface,
            "name_vi": surface,
            "wikidata": None,
            "aliases": [],
        }


def _word_spans(doc: Doc) -> dict[int, int]:
    """Start offset of every syllable inside a segmented word -> the word's end (tokens stage)."""
    out: dict[int, int] = {}
    for t in doc.tokens:
        for m in SYLLABLE_RE.finditer(doc.text, t.start, t.end):
            out[m.start()] = t.end
    return out
