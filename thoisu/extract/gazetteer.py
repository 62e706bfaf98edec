"""The gazetteer: countries, places, organisations, titles — loaded from TSV data files.

Every entry becomes a canonical entity ``{id, type, name, name_vi, wikidata, aliases}`` and each of
its names an alias in a syllable trie, matched with tone placement unified (``tone_key``).

    >>> from thoisu.extract.gazetteer import gazetteer
    >>> g = gazetteer()
    >>> g.entities["RUS"]["name"], g.entities["RUS"]["type"]
    ('Russia', 'LOC')
    >>> sorted(g.lookup("Liên bang Nga"))
    ['RUS']
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from thoisu.text.normalize import tone_key

# A syllable: letters/digits, with the inner marks acronyms use (PMC+1, AMM-29, G20, COVID-19, St.).
SYLLABLE_RE = re.compile(r"[^\W_]+(?:[+]+[0-9]*|(?:-[0-9]+)+)?|[+]", re.UNICODE)

ENTITY_TYPES = {
    "country": "LOC",
    "CITY": "LOC",
    "PROVINCE": "LOC",
    "REGION": "LOC",
    "ORG": "ORG",
    "MECHANISM": "MECHANISM",
    "FUND": "FUND",
    "EVENT": "EVENT",
    "AGREEMENT": "AGREEMENT",
}


def syllables(text: str) -> list[str]:
    """Match keys of a name: its syllables, tone placement unified, lower-cased."""
    return [m.group().lower() for m in SYLLABLE_RE.finditer(tone_key(text))]


@dataclass
class Gazetteer:
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)
    # syllable tuple -> {entity_id: [the alias as written, in each of its spellings]}
    aliases: dict[tuple[str, ...], dict[str, list[str]]] = field(default_factory=dict)
    max_len: int = 1
    titles: dict[tuple[str, ...], dict[str, str]] = field(default_factory=dict)
    max_title_len: int = 1
    person_markers: dict[str, str] = field(default_factory=dict)
    max_marker_len: int = 1
    pair_abbreviations: dict[str, str] = field(default_factory=dict)

    def add_entity(
        self, eid: str, etype: str, name: str, name_vi: str, names: list[str], **extra: Any
    ) -> None:
        names = [n.strip() for n in names if n and n.strip()]
        self.entities[eid] = {
            "id": eid,
            "type": etype,
            "name": name,
            "name_vi": name_vi or None,
            "wikidata": extra.pop("wikidata", None) or None,
            "aliases": sorted(set(names) - {name}),
            **extra,
        }
        for alias in names:
            key = tuple(syllables(alias))
            if key:
                forms = self.aliases.setdefault(key, {}).setdefault(eid, [])
                if alias not in forms:
                    forms.append(alias)
                self.max_len = max(self.max_len, len(key))

    def country(self, keys: tuple[str, ...]) -> str | None:
        """The id of the country these syllable keys name (``("ấn", "độ")`` → ``IND``), if they name one."""
        return next(
            (e for e in self.aliases.get(keys, {}) if self.entities[e].get("kind") == "country"), None
        )

    def lookup(self, text: str) -> set[str]:
        return set(self.aliases.get(tuple(syllables(text)), {}))

    def title(self, text: str) -> dict[str, str] | None:
        return self.titles.get(tuple(syllables(text)))


def _rows(filename: str) -> list[dict[str, str]]:
    path = resources.files("thoisu.extract.data").joinpath("gazetteer", filename)
    if not path.is_file():
        return []
    text = path.read_text("utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    for row in _rows("countries.tsv"):
        names = [row["name_vi"], row["formal_vi"], row["name_en"], *_split(row["aliases"])]
        g.add_entity(
            row["id"],
            "LOC",
            row["name_en"],
            row["name_vi"],
            names,
            wikidata=row.get("wikidata"),
            kind="country",
            capital=row.get("capital") or None,
        )
    for row in _rows("places.tsv"):
        names = [row["name_vi"], row["name_en"], *_split(row["aliases"])]
        g.add_entity(
            row["id"],
            "LOC",
            row["name_en"],
            row["name_vi"],
            names,
            wikidata=row.get("wikidata"),
            kind=row["type"].lower(),
            country=row.get("country") or None,
        )
    for row in _rows("organizations.tsv") + _rows("agreements.tsv"):
        names = [row["name_vi"], row["name_en"], *_split(row["acronyms"]), *_split(row["aliases"])]
        etype = ENTITY_TYPES.get(row["type"], "ORG")
        g.add_entity(
            row["id"],
            etype,
            row["name_en"],
            row["name_vi"],
            names,
            wikidata=row.get("wikidata"),
            kind=row["type"].lower(),
            parent=row.get("parent") or None,
            acronyms=_split(row["acronyms"]),
        )
    for row in _rows("persons.tsv"):
        names = [row["name_en"], row["name_vi"], *_split(row["aliases"])]
        g.add_entity(
            row["id"],
            "PER",
            row["name_en"],
            row["name_vi"],
            names,
            wikidata=row.get("wikidata"),
            kind="person",
            country=row.get("country") or None,
            role=row.get("role_en") or None,
        )
    for row in _rows("titles.tsv"):
        info = {"title_vi": row["title_vi"], "title_en": row["title_en"], "category": row["category"]}
        for name in [row["title_vi"], *_split(row.get("aliases", ""))]:
            key = tuple(syllables(name))
            if key:
                g.titles[key] = info
                g.max_title_len = max(g.max_title_len, len(key))
    for row in _rows("person_markers.tsv"):
        key = " ".join(syllables(row["marker"]))
        g.person_markers[key] = row.get("gender", "")
        g.max_marker_len = max(g.max_marker_len, len(key.split()))
    for row in _rows("pair_abbreviations.tsv"):
        g.pair_abbreviations[row["abbreviation"]] = row["country"]
    return g
