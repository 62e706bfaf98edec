"""Amounts with units in Vietnamese number formats, attached to their sentence.

>>> from thoisu.extract.quantities import find_quantities
>>> [(q.text, q.value, q.unit, q.per) for q in find_quantities("Nga góp 1,5 triệu USD mỗi năm và 100.000 liều.")]
[('1,5 triệu USD mỗi năm', 1500000.0, 'USD', 'year'), ('100.000 liều', 100000.0, 'dose', None)]
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from thoisu.model import Doc, Quantity
from thoisu.text.numbers import parse_number

_NUMBER = r"(?<![\w.,/:-])\d+(?:[.,]\d+)*"
_SCALE = r"(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ)){0,2}"
_PER = r"(?:\s*(?:/|mỗi|một|hằng|hàng)\s*(năm|tháng|tuần|ngày))?"


@lru_cache(maxsize=1)
def _units() -> tuple[re.Pattern[str], dict[str, str]]:
    raw = yaml.safe_load(resources.files("thoisu.extract.data").joinpath("units.yaml").read_text("utf-8"))
    canon: dict[str, str] = {}
    for code, words in raw.items():
        for w in words:
            canon[w.lower()] = code
    alts = "|".join(re.escape(w) for w in sorted(canon, key=len, reverse=True))
    pattern = re.compile(rf"({_NUMBER}{_SCALE})\s*({alts})(?![\w]){_PER}", re.IGNORECASE)
    return pattern, canon


def is_currency(unit: str | None) -> bool:
    """Whether a unit code of ``units.yaml`` is a currency: its ISO 4217 code (``USD``, ``VND``)."""
    return bool(unit) and re.fullmatch(r"[A-Z]{3}", unit) is not None


_PER_UNIT = {"năm": "year", "tháng": "month", "tuần": "week", "ngày": "day"}


def find_quantities(text: str, base: int = 0) -> list[Quantity]:
    pattern, canon = _units()
    out: list[Quantity] = []
    for m in pattern.finditer(text):
        value = parse_number(m.group(1))
        if value is None:
            continue
        out.append(
            Quantity(
                base + m.start(),
                base + m.end(),
                m.group(0),
                float(value),
                canon[m.group(2).lower()],
                _PER_UNIT.get((m.group(3) or "").lower()),
            )
        )
    return out


def tag_quantities(doc: Doc) -> Doc:
    """Pipeline stage: fill ``doc.quantities`` sentence by sentence."""
    found: list[Quantity] = []
    for i, s in enumerate(doc.sentences):
        for q in find_quantities(doc.text[s.start : s.end], s.start):
            q.sentence = i
            found.append(q)
    doc.quantities = found
    return doc
