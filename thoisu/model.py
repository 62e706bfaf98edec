"""The document model: one `Doc` per article, spans addressed by character offsets.

Every span (sentence, token, time, mention, event) holds ``start``/``end`` offsets into
``Doc.text``, the normalised text that the store keeps.  ``Doc.to_original(i)`` maps an offset
back to ``Doc.original``, the text as it was read, so a citation can point into either.

    >>> from thoisu.model import Doc
    >>> doc = Doc.from_text("Nga  và ASEAN.", name="x")
    >>> doc.text
    'Nga và ASEAN.'
    >>> doc.to_original(doc.text.index("ASEAN"))
    8
"""

from __future__ import annotations

import bisect
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(slots=True)
class Sentence:
    """A sentence or a header unit (``kind``: text, title, timestamp, heading)."""

    start: int
    end: int
    kind: str = "text"


@dataclass(slots=True)
class Token:
    """A segmented word (multi-syllable words keep their inner spaces) and its POS tag."""

    start: int
    end: int
    pos: str = ""


@dataclass(slots=True)
class TimeExpr:
    """A time expression with its TIMEX3-like normalised value.

    ``value`` is ISO 8601 at the stated ``granularity`` (day, month, year, time, period, duration);
    periods and ranges are ``start/end``; ``mod`` is start|mid|end for fuzzy parts of a period.
    ``inferred`` is true when the value needed a reference date that the text did not give, and
    ``anchor`` names the reference that was used.
    """

    start: int
    end: int
    text: str
    value: str | None
    granularity: str
    mod: str | None = None
    inferred: bool = False
    anchor: str | None = None
    sentence: int | None = None


@dataclass(slots=True)
class Mention:
    """A named-entity mention linked to a canonical entity id."""

    start: int
    end: int
    text: str
    type: str
    entity_id: str | None = None
    sentence: int | None = None


@dataclass(slots=True)
class Quantity:
    """An amount with its unit (``1,5 triệu USD`` → value 1500000.0, unit USD)."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None = None
    per: str | None = None
    sentence: int | None = None


@dataclass(slots=True)
class Event:
    """An event stated by one sentence, with its arguments as plain dicts."""

    start: int  # trigger span
    end: int
    trigger: str
    action: str
    sentence: int
    modality: str = "asserted"
    negated: bool = False
    reported: bool = False
    actors: list[dict[str, Any]] = field(default_factory=list)
    object: dict[str, Any] | None = None
    place: dict[str, Any] | None = None
    date: dict[str, Any] | None = None
    amount: dict[str, Any] | None = None
    confidence: float = 0.5


@dataclass
class Doc:
    """One document: its texts, metadata and the span lists the pipeline fills.

    ``offset_map`` is a sorted list of ``(normalised_offset, original_offset)`` breakpoints;
    between two breakpoints both texts advance together.
    """

    text: str
    original: str
    name: str
    source: str = ""
    title: str | None = None
    published: str | None = None
    offset_map: list[tuple[int, int]] = field(default_factory=lambda: [(0, 0)])
    meta: dict[str, Any] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[dict[str, Any]] = field(default_factory=list)
    # Canonical entities the mentions link to: id -> {type, name, name_vi, wikidata, aliases}.
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        """Stable id: a hash of the normalised text, so one article ingested twice is one document."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    @classmethod
    def from_text(cls, text: str, name: str = "text", **kwargs: Any) -> Doc:
        """Normalise ``text`` and wrap it; no pipeline stage has run yet."""
        from thoisu.text.normalize import normalize

        norm, offset_map = normalize(text)
        return cls(text=norm, original=text, name=name, offset_map=offset_map, **kwargs)

    def to_original(self, offset: int) -> int:
        """Map an offset in ``text`` to the matching offset in ``original``."""
        keys = [k for k, _ in self.offset_map]
        i = bisect.bisect_right(keys, offset) - 1
        norm_at, orig_at = self.offset_map[max(i, 0)]
        return orig_at + (offset - norm_at)

    def sentence_at(self, offset: int) -> int | None:
        """Index of the sentence that contains ``offset`` (None between sentences)."""
        starts = [s.start for s in self.sentences]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return i
        return None

    def sentence_text(self, index: int) -> str:
        s = self.sentences[index]
        return self.text[s.start : s.end]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the shape `thoisu show --format json` prints)."""
        return {
            "id": self.id,
            "name": self.name,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "text": self.text,
            "sentences": [
                {
                    "index": i,
                    "start": s.start,
                    "end": s.end,
                    "kind": s.kind,
                    "text": self.text[s.start : s.end],
                }
                for i, s in enumerate(self.sentences)
            ],
            "times": [asdict(t) for t in self.times],
            "mentions": [asdict(m) for m in self.mentions],
            "quantities": [asdict(q) for q in self.quantities],
            "events": [asdict(e) for e in self.events],
        }
