"""Helpers every answer extractor shares: folded words, the question spec, a candidate's events of the
asked kind, and where in the sentence the question's words fall."""

from __future__ import annotations

import re
from typing import Any

from thoisu.text.normalize import fold, tone_key


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", fold(tone_key(text)))


def _k(value: Any) -> str:
    return " ".join(_words(str(value)))


def _spec() -> dict[str, Any]:
    from thoisu.query.question import _spec as spec

    return spec()


def _matching_events(
    c: dict[str, Any], actions: set[str], entities: set[str] | None = None
) -> list[dict[str, Any]]:
    """Events of the asked action, those involving more of the question's entities first."""
    evs = [e for e in c["events"] if not actions or e["action"] in actions]

    def involved(e: dict[str, Any]) -> int:
        ids = {a.get("entity_id") for a in [*e["actors"], e.get("object") or {}, e.get("place") or {}]}
        return len(ids & (entities or set()))

    return sorted(evs, key=lambda e: -involved(e))


def _anchor(c: dict[str, Any], ctx: dict[str, Any]) -> int:
    """Where in the sentence the question's content words match (their mean offset)."""
    folded = fold(tone_key(c["text"]))
    hits = [m.start() for w in ctx["content"] for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", folded)]
    return c["start"] + (sum(hits) // len(hits) if hits else 0)


def _nearest(items: list[dict[str, Any]], pos: int) -> list[dict[str, Any]]:
    return sorted(items, key=lambda x: abs(x["start"] - pos))


def claimed_spans(c: dict[str, Any]) -> list[tuple[int, int]]:
    """The (start, end) offsets in the candidate sentence of the mentions the recogniser found there."""
    return [(m["start"] - c["start"], m["end"] - c["start"]) for m in c["mentions"]]


def unclaimed_after(c: dict[str, Any], cue: str, end: int | None = None) -> list[tuple[int, str]]:
    """(offset in the sentence, word) of each capitalised word the sentence writes right after ``cue``
    (before ``end``) that no recognised mention holds: ``siêu bão Goni`` for the cue ``bão``."""
    claimed = claimed_spans(c)
    return [
        (m.start(), m.group(1))
        for m in re.finditer(rf"(?<!\w){re.escape(cue)}\s+([A-ZĐ][^\W_]*)", c["text"][:end])
        if not any(a <= m.start(1) < b for a, b in claimed)
    ]
