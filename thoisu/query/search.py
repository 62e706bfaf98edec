"""Full-text search over sentences, diacritics optional, exact-diacritic matches ranked first.

Sentences are indexed folded (``Hội nghị`` -> ``hoi nghi``, ``Đông`` -> ``dong``), so a query with or
without diacritics finds them; among the hits, those that contain the query's words exactly as
typed (tone placement unified) rank above the rest.  User syntax never errors: quoted phrases are
kept, unmatched quotes and operators (``AND (``) fall back to plain terms.

    >>> from thoisu.query.search import parse_query
    >>> parse_query('hoi nghi "cap cao" AND (')
    (['hoi', 'nghi'], [['cap', 'cao']])
"""

from __future__ import annotations

import re
from typing import Any

from thoisu.store.base import Store
from thoisu.text.normalize import fold, tone_key

_TERM = re.compile(r"[^\W_]+", re.UNICODE)
_OPERATORS = {"and", "or", "not", "near"}


def parse_query(query: str) -> tuple[list[str], list[list[str]]]:
    """Folded plain terms and quoted phrases; anything else is dropped."""
    phrases: list[list[str]] = []
    rest = query
    if query.count('"') >= 2:
        parts = query.split('"')
        rest = " ".join(parts[0::2]) + (" " + parts[-1] if len(parts) % 2 == 0 else "")
        for quoted in parts[1::2][: (len(parts) - 1) // 2]:
            words = [fold(tone_key(w)) for w in _TERM.findall(quoted)]
            if words:
                phrases.append(words)
    terms = [fold(tone_key(w)) for w in _TERM.findall(rest.replace('"', " "))]
    terms = [t for t in terms if t not in _OPERATORS]
    return terms, phrases


def _match_expression(terms: list[str], phrases: list[list[str]], joiner: str) -> str:
    parts = [f'"{t}"' for t in terms] + ['"' + " ".join(p) + '"' for p in phrases]
    return f" {joiner} ".join(parts)


def search(
    store: Store,
    query: str,
    limit: int = 20,
    doc: str | None = None,
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[dict[str, Any]]:
    """``[{doc, index, sentence, start, end, score, highlights}]``, best first.

    ``highlights`` are ``[start, end]`` offsets into the document's text of each matched word.
    """
    terms, phrases = parse_query(query)
    if not terms and not phrases:
        return []
    rows = _candidates(
        store, _match_expression(terms, phrases, "AND"), doc, entity, date_from, date_to, limit
    )
    if not rows and len(terms) + len(phrases) > 1:
        rows = _candidates(
            store, _match_expression(terms, phrases, "OR"), doc, entity, date_from, date_to, limit
        )
    exact = [
        tone_key(w).lower()
        for w in _TERM.findall(query.replace('"', " "))
        if fold(tone_key(w)) not in _OPERATORS
    ]
    words = set(terms) | {w for p in phrases for w in p}
    exact_patterns = [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)") for w in exact]  # compiled once per query
    adjacent = re.compile(rf"(?<!\w){re.escape(' '.join(terms))}(?!\w)") if len(terms) > 1 else None
    results = []
    for r in rows:
        text = r["text"]
        keyed = tone_key(text).lower()
        folded = fold(keyed)
        exact_hits = sum(1 for p in exact_patterns if p.search(keyed))
        together = adjacent is not None and adjacent.search(folded) is not None
        score = -float(r["rank"]) + 2.0 * exact_hits + 3.0 * together
        highlights = [
            [r["start"] + m.start(), r["start"] + m.end()]
            for m in re.finditer(r"[^\W_]+", folded)
            if m.group() in words
        ]
        results.append(
            {
                "doc": r["doc"],
                "index": r["idx"],
                "sentence": text,
                "start": r["start"],
                "end": r["end"],
                "score": round(score, 4),
                "highlights": highlights,
            }
        )
    results.sort(key=lambda x: -x["score"])
    return results[:limit]


def _candidates(
    store: Store,
    expr: str,
    doc: str | None,
    entity: str | None,
    date_from: str | None,
    date_to: str | None,
    limit: int,
) -> list[dict[str, Any]]:
    sql = (
        'SELECT d.name AS doc, s.idx, s.text, s.start_offset AS start, s.end_offset AS "end", bm25(sentences_fts) AS rank'
        " FROM sentences_fts f JOIN sentences s ON s.doc_id = f.doc_id AND s.idx = f.idx"
        " JOIN documents d ON d.id = s.doc_id WHERE sentences_fts MATCH ?"
    )
    params: list[Any] = [expr]
    if doc:
        sql += " AND (d.name = ? OR d.id = ?)"
        params += [doc, doc]
    if entity:
        from thoisu.query.entities import resolve_entities

        ids = resolve_entities(store, entity) or ["<none>"]
        marks = ",".join("?" * len(ids))
        sql += f" AND EXISTS (SELECT 1 FROM mentions m WHERE m.doc_id = s.doc_id AND m.sentence = s.idx AND m.entity_id IN ({marks}))"
        params += ids
    if date_from or date_to:
        lo, hi = date_from or "0000", date_to or "9999"
        sql += (
            " AND (EXISTS (SELECT 1 FROM times t WHERE t.doc_id = s.doc_id AND t.sentence = s.idx"
            " AND substr(t.value, 1, ?) >= ? AND substr(t.value, 1, ?) <= ?)"
            " OR (d.published IS NOT NULL AND substr(d.published, 1, ?) >= ? AND substr(d.published, 1, ?) <= ?))"
        )
        params += [len(lo), lo, len(hi), hi, len(lo), lo, len(hi), hi]
    sql += " ORDER BY rank LIMIT ?"
    params.append(max(limit * 3, 30))  # enough to re-rank by exact diacritics without scanning everything
    return store.fetchall(sql, params)
