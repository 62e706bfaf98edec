"""Vietnamese temporal tagger: time expressions with TIMEX3-like ISO 8601 values.

    >>> [(t.text, t.value, t.granularity) for t in find_times("Hội nghị diễn ra từ ngày 2 đến 4-2.", "2020-02-05")]
    [('từ ngày 2 đến 4-2', '2020-02-02/2020-02-04', 'period')]
    >>> [(t.text, t.value) for t in find_times("Nga tham gia TAC tháng 11/2004 và năm 2005.")]
    [('tháng 11/2004', '2004-11'), ('năm 2005', '2005')]
    >>> find_times("ngày 3-2")[0].value          # no anchor: the year stays unknown
    'XXXX-02-03'

`find_times(text, anchor)` finds every expression (non-overlapping, longest match first) and
resolves partial and relative ones against ``anchor`` (a date, ``YYYY-MM-DD``, ``YYYY-MM`` or
``YYYY``).  `tag_times(doc)` is the pipeline stage: it anchors on ``doc.published`` or, without
one, on the latest explicit date the document states (``inferred=True``).  The lexicons live in
``data/time_words.yaml``; the value conventions are in ``docs/times.md``.

The rules are written for precision: a number is a date only in a date context (``ngày``,
``hôm``, a part of the day, a weekday, a date preposition, a parenthesised dateline), never when
it is glued to letters (``G20``, ``COVID-19``, ``AMM-29``), followed by a unit (``2020 người``),
a fraction noun (``2/3 dân số``), or after a score word (``thắng 2-1``).

The package: `lexicon` (time_words.yaml), `anchor` (reference dates, calendar arithmetic),
`patterns` (compiled regexes), `candidates` (match state), `resolve` and `rules_*` (turning
matches into values), `find` (candidate selection), `narrative` (document-level passes) and
`infer` (reference date inference).
"""

from __future__ import annotations

import datetime as _dt

from thoisu.extract.time.anchor import Anchor, parse_anchor
from thoisu.extract.time.find import _find
from thoisu.extract.time.infer import _infer, infer_reference
from thoisu.model import Doc, TimeExpr

__all__ = ["find_times", "tag_times", "infer_reference", "Anchor", "parse_anchor"]


def find_times(text: str, anchor: str | _dt.date | None = None) -> list[TimeExpr]:
    """Every time expression in ``text``, resolved against ``anchor`` (see module docs)."""
    a = parse_anchor(anchor)
    label = a.iso if a else None
    return [
        TimeExpr(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            value=c.value,
            granularity=c.gran,
            mod=c.mod,
            inferred=False,
            anchor=label if c.needs_anchor else None,
        )
        for c in _find(text, a)
    ]


def tag_times(doc: Doc) -> Doc:
    """Pipeline stage: fill ``doc.times``, anchored on ``doc.published`` or an inferred date."""
    anchor = parse_anchor(doc.published) if doc.published else None
    inferred = False
    if anchor is not None:
        label = f"{anchor.iso} (publication date)"
    else:
        found = _infer(doc.text)
        anchor = found[0] if found else None
        inferred = anchor is not None
        label = f"{anchor.iso} ({found[1]})" if found else None
    times = []
    for c in _find(doc.text, anchor):
        used = c.needs_anchor and anchor is not None
        times.append(
            TimeExpr(
                start=c.start,
                end=c.end,
                text=doc.text[c.start : c.end],
                value=c.value,
                granularity=c.gran,
                mod=c.mod,
                inferred=inferred and used,
                anchor=label if used else None,
                sentence=doc.sentence_at(c.start) if doc.sentences else None,
            )
        )
    doc.times = times
    return doc
