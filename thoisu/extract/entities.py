"""Named entities: recognised, typed and linked to canonical entities, sentence by sentence.

Four recognisers propose spans over a sentence's syllables, and the longest wins:

1. the gazetteer (countries, places, organisations, mechanisms, funds) — linked to its ids;
2. head words (``Hiệp định …``, ``Bộ …``, ``Quỹ …``, ``Hội nghị …``) that open a name of a type;
3. people: a capitalised run after a title (``Ngoại trưởng Nga Sergey Lavrov``) or a marker
   (``ông``, ``bà``), or starting with a family name (``Nguyễn Xuân Phúc``);
4. acronyms defined in the text (``Tổ chức Hợp tác Thượng Hải (SCO)``), for the whole document.

Later partial mentions (``ông Lavrov``) link to the fullest form of the same person.

The recognisers live in their own modules: ``entity_spans`` (syllables, candidates, shared word
lists), ``gazetteer_candidates``, ``names`` (head words), ``people`` (people and partial-name
linking); this module runs them, chooses among their candidates, adds product, acronym and leftover
candidates, and registers the entities.

    >>> from thoisu.pipeline import Pipeline
    >>> doc = Pipeline(["sentences", "tokens", "entities"]).from_text(
    ...     "Ngoại trưởng Nga Sergey Lavrov gặp Tổng Thư ký ASEAN. Ông Lavrov nói.")
    >>> [(m.text, m.type, m.entity_id) for m in doc.mentions]   # doctest: +NORMALIZE_WHITESPACE
    [('Nga', 'LOC', 'RUS'), ('Sergey Lavrov', 'PER', 'per:sergey-lavrov'), ('ASEAN', 'ORG', 'org:asean'),
     ('Lavrov', 'PER', 'per:sergey-lavrov')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from thoisu.extract.entity_spans import (
    Candidate,
    Syl,
    _entity_heads,
    _extra,
    _gap,
    _joinable,
    _looks_foreign,
    _syllables,
    _vietnamese_syllable,
)
from thoisu.extract.gazetteer import SYLLABLE_RE, Gazetteer, gazetteer, syllables
from thoisu.extract.gazetteer_candidates import _gazetteer_candidates
from thoisu.extract.names import _head_candidates, _spells_country
from thoisu.extract.people import _person_candidates, _person_id
from thoisu.model import Doc, Mention
from thoisu.text.normalize import fold, tone_key

# ``Syl`` and ``_syllables`` are imported from here by other modules (events, eval): keep them here.
__all__ = ["Candidate", "Syl", "_syllables", "find_entities"]


def find_entities(doc: Doc) -> Doc:
    """Fill ``doc.mentions``, ``doc.entities`` and role relations (see module docs)."""
    g = gazetteer()
    word_ends = _word_spans(doc)
    mentions: list[Mention] = []
    people: dict[str, str] = {}  # last-name key -> person id, for partial later mentions
    acronyms: dict[str, tuple[str, str]] = {}  # acronym -> (entity id, type)
    products: dict[tuple[str, ...], str] = {}  # short forms of named products -> product id
    bodies: dict[tuple[str, ...], str] = {}  # "quốc hội" -> the body "Quốc hội Mỹ" named earlier
    for si, sent in enumerate(doc.sentences):
        syls = _syllables(doc.text, sent.start, sent.end)
        if not syls:
            continue
        cands = _gazetteer_candidates(doc.text, syls, g, word_ends)
        cands += _head_candidates(doc.text, syls, g, word_ends)
        cands += _person_candidates(doc.text, syls, g, people, word_ends)
        cands += _acronym_candidates(syls, acronyms)
        cands += _product_candidates(doc.text, syls)
        cands += _short_product_candidates(syls, products)
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
            elif c.type == "PRODUCT":
                _register_short_forms(syls[c.start : c.end], eid, products, g)
            elif c.type == "ORG":
                eid = bodies.get(tuple(s.key for s in syls[c.start : c.end]), eid)
                _register_country_body(syls[c.start : c.end], eid, bodies, g)
            mentions.append(Mention(a.start, b.end, surface, c.type, eid, si))
            _register(doc, g, eid, c.type, surface)
        for start, end, etype in _bylines(doc.text, sent.start, sent.end):
            if not any(m.start < end and start < m.end for m in mentions):
                surface = doc.text[start:end]
                eid = _new_id(etype, surface)
                eid = _person_id(surface, people, eid) if etype == "PER" else eid
                mentions.append(Mention(start, end, surface, etype, eid, si))
                _register(doc, g, eid, etype, surface)
        mentions.sort(key=lambda m: m.start)
        _define_acronyms(doc.text, mentions, acronyms, doc)
    doc.mentions = mentions
    from thoisu.extract.roles import find_relations

    doc.relations = find_relations(doc)
    return doc


@lru_cache(maxsize=1)
def _ship_cues() -> frozenset[tuple[str, ...]]:
    """Words after which only a title-led name is a ship's (``tàu Đô đốc Kuznetsov``)."""
    return frozenset(tuple(syllables(w)) for w in _entity_heads().get("ship_cues_before_titles", []))


def _title_length(g: Gazetteer, syls: list[Syl], k: int) -> int:
    """How many syllables from ``k`` spell a title written before a capitalised name, else 0."""
    for n in range(min(g.max_title_len, len(syls) - k - 1), 0, -1):
        if syls[k].cap and syls[k + n].cap and g.title(" ".join(s.text for s in syls[k : k + n])):
            return n
    return 0


def _product_candidates(text: str, syls: list[Syl]) -> list[Candidate]:
    products = _extra()[1]
    ships = _ship_cues()
    g = gazetteer()
    out = []
    for i in range(len(syls)):
        for n in (3, 2, 1):
            cue = tuple(s.key for s in syls[i : i + n])
            if (cue in products or cue in ships) and (not syls[i].cap or i == 0):
                k = _after_modifiers(syls, i + n)
                # "tàu khu trục Đô đốc Shaposhnikov": a ship named after an officer carries the title in
                # its name; after a bare "tàu" only such a name is a ship's ("tàu Trung Quốc" is none)
                titled = _title_length(g, syls, k)
                if cue not in products and not titled:
                    continue
                end = k + titled
                while (
                    end < len(syls)
                    and (syls[end].cap or syls[end].text.isdigit() and end > k)
                    and (end == k or _joinable(_gap(text, syls[end - 1], syls[end])))
                ):
                    end += 1
                # "máy bay vận tải Mỹ", "xe tăng Ukraine": a country after the cue is the maker or owner
                if (
                    end > k
                    and tuple(s.key for s in syls[k:end]) not in _diseases()  # "vaccine Covid-19"
                    and _joinable(_gap(text, syls[k - 1], syls[k]))
                    and not _spells_country(g, syls[k:end])
                ):
                    # a ship's title-led name outranks the officer it is named after
                    source = "ship" if titled else "product"
                    out.append(Candidate(k, end, "PRODUCT", None, source, priority=3))
                break
    return out


@lru_cache(maxsize=1)
def _diseases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(syllables(d)) for d in _entity_heads().get("diseases", []))


@lru_cache(maxsize=1)
def _disease_cues() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(syllables(d)) for d in _entity_heads().get("disease_cues", []))


def _names_a_disease(syls: list[Syl], i: int) -> bool:
    """``HIV``, ``hội chứng MRS``: an acronym that is a known disease or follows, in lower case and one
    character (a space) away, a word naming one (not "Kiểm soát Dịch bệnh (CDC)")."""
    if (syls[i].key,) in _diseases():
        return True
    return any(
        i >= n
        and tuple(s.key for s in syls[i - n : i]) in _disease_cues()
        and not any(s.cap for s in syls[i - n : i])
        and syls[i].start - syls[i - 1].end == 1
        for n in (1, 2)
    )


def _register_short_forms(
    span: list[Syl], eid: str, products: dict[tuple[str, ...], str], g: Gazetteer
) -> None:
    """A named product's full form and later short forms, without a leading type prefix and/or a
    trailing hull number: ``KRI Nanggala``, ``Nanggala 402`` and ``Nanggala`` for ``KRI Nanggala 402``,
    ``Swift Rescue`` for ``MV Swift Rescue`` — but not ``Type`` for ``Type 209``."""
    keys = tuple(s.key for s in span)
    if len(span) < 2 and not any(c.isdigit() for c in span[0].text):
        # "vắc xin AstraZeneca" names the vaccine by its maker: a bare "AstraZeneca" is the maker;
        # a model designator ("S-400", "F-35") names only the product
        return
    prefixed = len(span) >= 2 and span[0].text.isupper() and len(span[0].text) >= 2
    numbered = len(span) >= 2 and span[-1].text.isdigit()
    forms = {keys}
    if prefixed:
        forms.add(keys[1:])
    if numbered and (prefixed or len(span) >= 3):
        forms.add(keys[:-1])
        if prefixed and len(span) >= 3:
            forms.add(keys[1:-1])
    for form in forms:
        if form and (form == keys or form not in g.aliases):
            products.setdefault(form, eid)


def _register_country_body(
    span: list[Syl], eid: str, bodies: dict[tuple[str, ...], str], g: Gazetteer
) -> None:
    """``Quốc hội Mỹ``: the body's name without its country (``Quốc hội``) means it later in the same
    document, not the body the bare name means by default (Vietnam's National Assembly)."""
    for j in range(len(span) - 1, 0, -1):
        if _spells_country(g, span[j:]):
            bodies[tuple(s.key for s in span[:j])] = eid
            return


def _short_product_candidates(syls: list[Syl], products: dict[tuple[str, ...], str]) -> list[Candidate]:
    out = []
    longest = max((len(k) for k in products), default=0)
    for i in range(len(syls)):
        if not syls[i].cap:
            continue
        for n in range(min(longest, len(syls) - i), 0, -1):
            end = i + n
            eid = products.get(tuple(s.key for s in syls[i:end]))
            if eid and (end == len(syls) or not syls[end].cap):  # the whole name, not the start of another
                out.append(Candidate(i, end, "PRODUCT", eid, "product", priority=2))
                break
    return out


def _after_modifiers(syls: list[Syl], k: int) -> int:
    """Past the lower-case words describing a product (``tấn công hạt nhân``) that come before its name."""
    moved = True
    while moved:
        moved = False
        for m in _extra()[4]:
            if tuple(s.key for s in syls[k : k + len(m)]) == m and not syls[k].cap:
                k += len(m)
                moved = True
                break
    return k


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
        if syls[i].key in _PLACE_PREPS and i + 1 < len(syls) and syls[i + 1].cap:
            i += 1  # "Tại Bãi Cháy, …": the preposition is capitalised only because it opens the sentence
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
        # (a place found earlier in this pass counts: "ở Surat, [Rajkot], [Jamnagar] và …")
        if i > 0 and _listed_with_place(text, syls, chosen + out, i, end):
            out.append(Candidate(i, end, "LOC", None, "np"))  # "Pskov, [Ivanovo] và vùng Krasnodar"
            i = end
            continue
        if (
            len(span) == 1
            and _ACRONYM.match(span[0].text)
            and not span[0].text.isdigit()
            and len(span[0].text) >= 2
            and not _names_a_disease(syls, i)
        ):
            if not re.search(r"\d", span[0].text) or re.match(r"^[A-Z]+-?\d+$", span[0].text) is None:
                out.append(Candidate(i, end, "ORG", None, "np"))
        elif len(span) >= 2 and not (
            i == 0 and sentence_initial and len(span) == 2 and span[1].key in _COMMON_CAPS
        ):
            if span[-1].text in _entity_heads().get("org_tails", []):
                # "Sun Group": a company, no person; "Myanmar Economic Corporation" takes in the country
                # that opens it (chosen is the caller's list: the country is no mention of its own)
                start = i
                for c in chosen:
                    if c.end == i and c.type == "LOC" and _joinable(_gap(text, syls[i - 1], syls[i])):
                        chosen.remove(c)
                        start = c.start
                        break
                out.append(Candidate(start, end, "ORG", None, "np"))
                i = end
                continue
            prev = syls[i - 1].key if i else ""
            etype = "LOC" if prev in _PLACE_PREPS | _PLACE_NOUNS else "PER"  # "vùng Mae Sam Laep"
            # "Saki Sudo", "Kosuke Nozaki": syllables no Vietnamese word is made of are a foreign name too
            foreign = all(_looks_foreign(s.text) or _foreign_syllable(s.text) for s in span)
            if foreign or etype == "LOC":
                out.append(Candidate(i, end, etype, None, "np"))
        elif (
            len(span) == 1
            and i > 0
            and (
                (_looks_foreign(span[0].text) and syls[i - 1].key in _PLACE_PREPS | _PLACE_NOUNS)
                # "ở Kure", "tại Sasebo": a word no Vietnamese syllable spells, where a place is written
                or (_foreign_syllable(span[0].text) and syls[i - 1].key in ("ở", "tại"))
            )
        ):
            out.append(Candidate(i, end, "LOC", None, "np"))  # "ở Haridwar", "bang Uttarakhand"
        i = max(end, i + 1)
    return out


def _listed_with_place(text: str, syls: list[Syl], chosen: list[Candidate], i: int, end: int) -> bool:
    """Whether syllables ``[i, end)`` are an item of a list whose neighbouring item is a place:
    joined to it by a comma or ``và`` (the place may follow a descriptor: ``và vùng Krasnodar``), and
    closed on the other side by a list separator or a place preposition."""
    places = {(c.start, c.end) for c in chosen if c.type == "LOC"}

    def separated(a: int, b: int) -> bool:  # syllables a and b (= a + 1, or a + 2 across "và")
        if b == a + 1:
            return _gap(text, syls[a], syls[b]).strip() == ","
        return (
            b == a + 2 and syls[a + 1].key == "và" and _gap(text, syls[a], syls[a + 1]).strip() in ("", ",")
        )

    def place_ends_at(k: int) -> bool:
        return any(e == k + 1 for _, e in places) and (syls[k].cap)

    def place_starts_at(k: int) -> bool:
        if k < len(syls) and syls[k].key in _PLACE_NOUNS:
            k += 1
        return any(a == k for a, _ in places)

    left_place = any(separated(j, i) and place_ends_at(j) for j in (i - 1, i - 2) if j >= 0)
    last_item = i >= 2 and syls[i - 1].key == "và" and place_ends_at(i - 2)  # "Bosphorus và [Dardanelles]."
    right_place = any(separated(end - 1, k) and place_starts_at(k) for k in (end, end + 1) if k < len(syls))
    left_open = (
        left_place or syls[i - 1].key in _PLACE_PREPS or _gap(text, syls[i - 1], syls[i]).strip() == ","
    )
    # the list goes on after it ("…, Argentina, Eliana Krawczyk." ends on an apposition, not a list)
    right_open = end < len(syls) and (
        syls[end].key == "và" or _gap(text, syls[end - 1], syls[end]).strip() == ","
    )
    right_open = right_open or last_item
    if end - i == 1 and (len(syls[i].text) == 1 or syls[i].text.isupper()):
        return False  # an initial ("New Delhi, S. Chatterjee") or an acronym ("USS Ohio, USS Michigan")
    return (left_place and right_open) or (right_place and left_open)


def _foreign_syllable(word: str) -> bool:
    """A capitalised word no Vietnamese syllable spells (``Saki``, ``Sudo``): not an initial (``W``), nor
    two words glued together (``PhươngTheo``)."""
    return len(word) >= 2 and not any(c.isupper() for c in word[1:]) and not _vietnamese_syllable(word)


_PLACE_PREPS = {"tại", "ở", "đến", "tới", "từ", "thăm", "về", "sang"}
_PLACE_NOUNS = {"bang", "tỉnh", "làng", "vùng", "đảo", "thị trấn", "phố"}
_COMMON_CAPS: set[str] = set()


# --- choosing among candidates ------------------------------------------------------------------
_BYLINE = re.compile(
    r"(?:^|(?<=[.!?\"”)]\s)|(?<=[.!?\"”)]))([A-ZĐ][^\W\d_]+(?: [A-ZĐ][^\W\d_]+){1,2})\s*(?=(?:Theo|Tổng hợp)\b)"
)


_SOURCE = re.compile(r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}")


def _bylines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The author closing a news article and the outlets credited after "Theo":
    "… vào năm 2024. Minh Phương Theo The Hill, Reuters" → PER Minh Phương, ORG The Hill, ORG Reuters."""
    out: list[tuple[int, int, str]] = []
    chunk = text[start:end]
    for m in _BYLINE.finditer(chunk):
        out.append((start + m.start(1), start + m.end(1), "PER"))
        credit = re.match(r"\s*Theo\s+(.*)$", chunk[m.end(1) :])
        if credit:
            base = m.end(1) + credit.start(1)
            for part in _SOURCE.finditer(credit.group(1)):
                out.append((start + base + part.start(), start + base + part.end(), "ORG"))
    return out


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Longest span first, then priority; overlapping losers are dropped (no nesting)."""
    # a person named after a title outranks any longer span that would swallow the name — except a
    # known name that holds a known person's ("Thành phố Hồ Chí Minh", a city)
    known_people = [c for c in cands if c.source == "gazetteer" and c.type == "PER"]

    def named_after_a_person(c: Candidate) -> bool:
        return (
            c.source == "gazetteer"
            and c.type != "PER"
            and any(
                c.start <= p.start and p.end <= c.end and c.end - c.start > p.end - p.start
                for p in known_people
            )
        )

    ordered = sorted(
        cands,
        key=lambda c: (
            -(
                (c.source == "person" and c.priority >= 3)
                or (c.source == "gazetteer" and c.type == "PER")
                or c.source == "ship"
                or named_after_a_person(c)
            ),
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
    if etype == "ORG":  # "ĐH Lincoln" is the "Đại học Lincoln" named in full
        for short, full in _entity_heads().get("head_abbreviations", {}).items():
            surface = re.sub(rf"(?<!\w){short}(?!\w)", full, surface)
    return f"{etype.lower()}:{_slug(surface)}"


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
