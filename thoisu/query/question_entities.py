"""The entities a question names, as the store knows them: one group of stored ids for each (a body
the corpus names several ways, a capital standing for its country), whose account the question
cites ("Theo …,"), which ones only describe another ("Thủ tướng Israel Benjamin Netanyahu"), and the
names the corpus never mentions.

    >>> named_in_question(store, text, qdoc).groups   # doctest: +SKIP
    [{'RUS'}, {'org:asean'}]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from thoisu.extract.gazetteer import syllables
from thoisu.query.question import _words
from thoisu.store.base import Store


@dataclass
class NamedInQuestion:
    groups: list[set[str]]  # one set of stored ids per entity the question asks about
    starts: list[int]  # where the question names each
    sources: list[set[str]]  # whose account it is ("Theo Thủ tướng Malaysia, …")
    unknown: list[str]  # names the corpus never mentions
    loose_words: set[str]  # words of descriptive names the store doesn't hold as such
    described_by: set[str]  # ids of entities that only say who or what another is
    besides: re.Match | None  # "Ngoài Mỹ, …": what the question sets aside


def named_in_question(store: Store, text: str, qdoc: Any) -> NamedInQuestion:
    from thoisu.extract.event_actors import _capitals
    from thoisu.extract.gazetteer import gazetteer
    from thoisu.query.entities import resolve_entities

    groups: list[set[str]] = []  # one set of stored ids per entity the question names
    group_mentions: list[Any] = []  # the question's mention of each
    unknown: list[str] = []
    loose_words: set[str] = set()  # words of descriptive names the store doesn't hold as such
    # "Theo Thủ tướng Malaysia, Myanmar có …": whose account it is; its article must name them, the
    # sentence need not
    attribution = re.match(r"\s*Theo\s+[^,?]+,", text)
    sources: list[set[str]] = []
    for m in qdoc.mentions:
        stored = set(resolve_entities(store, m.entity_id)) if m.entity_id else set()
        stored |= set(resolve_entities(store, m.text))
        if m.type == "ORG" and stored:
            # "Quốc hội": every body the corpus calls so, as an article names "Quốc hội Mỹ" then "Quốc hội"
            stored |= {
                r["entity_id"]
                for r in store.fetchall("SELECT DISTINCT entity_id FROM mentions WHERE text = ?", (m.text,))
                if r["entity_id"]
            }
        if m.type == "PRODUCT" and not stored:
            # "Nanggala-402": a ship or weapon as an article wrote it, or without the prefix of its
            # type an article wrote with it ("KRI Nanggala-402", "USS …")
            key = _words(m.text)
            rows = store.fetchall(
                "SELECT DISTINCT text, entity_id FROM mentions WHERE type = 'PRODUCT' AND entity_id IS NOT NULL"
            )
            written = [(r["entity_id"], _words(r["text"]), r["text"].split()[0]) for r in rows]
            stored = {
                eid
                for eid, words, first in written
                if words == key or (words[1:] == key and first.isupper() and len(key) >= 2)
            }
        if m.type == "ORG" and not stored:
            # "Viện IHME", "Hãng Reuters": a body by its kind and its acronym, or name, as an article wrote
            # the name alone
            kind = _body_kind_length(m.text)
            if kind:
                stored = set(resolve_entities(store, " ".join(m.text.split()[kind:])))
        if m.type == "PER" and not stored and len(m.text.split()) >= 2:
            # "Paul Allen" for "Paul G. Allen": a person's name as an article wrote it, with a middle initial
            rows = store.fetchall(
                "SELECT DISTINCT text, entity_id FROM mentions WHERE type = 'PER' AND text LIKE ?",
                ("% " + m.text.split()[-1],),
            )
            stored = {
                r["entity_id"] for r in rows if r["entity_id"] and _without_initials(r["text"]) == m.text
            }
        country = _capitals().get(m.entity_id or "")
        if country and not stored:
            # "Manila đã gửi công hàm …" where the corpus names only Philippines: a capital stands for
            # its government, as in the events
            stored = set(resolve_entities(store, country))
        if stored and attribution and m.end <= attribution.end():
            sources.append(stored)
        elif stored:
            groups.append(stored)
            group_mentions.append(m)
        elif (
            (m.type == "PER" or m.entity_id in gazetteer().entities)
            and not _inside_a_stored_name(store, m.text)
            and not _written_unrecognised(store, m.text)
        ):
            unknown.append(m.text)  # a person, or a gazetteer entity, the corpus never mentions
        else:
            loose_words.update(_words(m.text))
    # "Thủ tướng Israel Benjamin Netanyahu": a country written right before a person says who the person
    # is; a sentence naming the person need not name it too
    # … as does one written after a named thing with "của" ("tàu ngầm KRI Nanggala 402 của Indonesia")
    nationalities = [
        k
        for k, m in enumerate(group_mentions)
        if m.type in ("LOC", "ORG")
        and any(
            # … as does an organisation ("Tham mưu trưởng Hải quân Indonesia Yudo Margono")
            (p.type == "PER" and 0 < p.start - m.end <= 2)
            or (p.type in ("PRODUCT", "PER", "ORG") and text[p.end : m.start] == " của ")
            for p in group_mentions
        )
    ]
    # "Ngoài Mỹ, … còn dành cho những nước nào?": what "besides" sets aside is no answer, and a sentence
    # giving the others need not name it
    besides = re.match(r"\s*Ngoài\s+[^,?]+,", text)
    if besides:
        nationalities += [k for k, m in enumerate(group_mentions) if m.end <= besides.end()]
    described_by = {i for k in nationalities for i in groups[k]}
    groups = [g for k, g in enumerate(groups) if k not in nationalities]
    group_starts = [
        m.start for k, m in enumerate(group_mentions) if k not in nationalities
    ]  # where each is named
    if sources and not groups:
        group_starts = [0] * len(sources)
        groups, sources = sources, []  # "Theo Bộ Y tế, …" with no other name: the source is the subject
    return NamedInQuestion(groups, group_starts, sources, unknown, loose_words, described_by, besides)


def _body_kind_length(name: str) -> int:
    """How many words of a body's ``name`` say its kind (``Viện`` in ``Viện IHME``), when a name follows."""
    from thoisu.extract.people import _body_heads

    heads, longest = _body_heads()
    keys = syllables(name)
    return next((n for n in range(min(longest, len(keys) - 1), 0, -1) if tuple(keys[:n]) in heads), 0)


def _without_initials(name: str) -> str:
    """``Paul G. Allen`` -> ``Paul Allen``: a name without its middle initials."""
    words = name.split()
    return " ".join([words[0], *(w for w in words[1:-1] if not re.fullmatch(r"[A-ZĐ]\.", w)), words[-1]])


def _inside_a_stored_name(store: Store, name: str) -> bool:
    """Whether the corpus writes ``name`` inside a longer name ("Na Uy" in "Bộ Quốc phòng Na Uy"): then
    it is in the corpus, though never a mention of its own."""
    return store.fetchone("SELECT 1 FROM mentions WHERE text LIKE ? LIMIT 1", (f"% {name}",)) is not None


def _written_unrecognised(store: Store, name: str) -> bool:
    """Whether a sentence of the corpus writes ``name`` as the question does, capitals and marks included,
    though the recogniser took it for no name there ("… với Montezuma khi ông ta …"): then it is in the
    corpus, and its words are words the answer's sentence must hold."""
    from thoisu.query.search import search

    written = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return any(written.search(r["sentence"]) for r in search(store, f'"{name}"', limit=20))
