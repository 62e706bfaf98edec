"""The gold set: stand-off annotations of corpus documents, resolved to offsets at load time.

A gold file (``tests/gold/<doc>.json``) never holds the document's text: spans are named by their
exact string and its occurrence number (``{"text": "Nga", "occ": 3}`` is the third ``Nga`` in the
document's normalised text), so the annotations survive changes of offsets and never copy the
article.  See ``docs/annotation.md`` for the guide.

Annotators' tools::

    python -m thoisu.eval.gold show news_world_248        # the normalised text, sentence by sentence
    python -m thoisu.eval.gold find news_world_248 "Nga"  # every occurrence with its occ number
    python -m thoisu.eval.gold check tests/gold/*.json    # every span resolves; types and fields valid
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thoisu.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = ROOT / "tests" / "gold"
CORPUS_DIRS = [ROOT.parent / "shared" / "corpus" / "unc", ROOT.parent / "shared" / "seeds", ROOT / "examples"]

ENTITY_TYPES = {"PER", "ORG", "LOC", "EVENT", "AGREEMENT", "MECHANISM", "FUND", "PRODUCT"}
GRANULARITIES = {"day", "month", "year", "time", "period", "duration"}
MODALITIES = {"asserted", "planned", "hoped", "possible", "requested"}


class GoldError(ValueError):
    pass


@dataclass
class GoldDoc:
    name: str
    split: str
    text: str
    published: str | None
    entities: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    qa: list[dict[str, Any]] = field(default_factory=list)
    # which stages this document is annotated for: a QA-only file over examples/ must not count
    # every entity the pipeline finds there as a false hit
    scope: tuple[str, ...] = ("entities", "times", "events", "qa")


def source_path(name: str) -> Path:
    for d in CORPUS_DIRS:
        for ext in (".txt", ".html", ".jsonl"):
            p = d / f"{name}{ext}"
            if p.exists():
                return p
    raise GoldError(f"document {name!r} not found in {', '.join(str(d) for d in CORPUS_DIRS)}")


def document_text(name: str) -> tuple[str, str | None]:
    """The normalised text and publication date thoisu stores for the named corpus document."""
    from thoisu.load import RawDocument, load_path

    items = list(load_path(str(source_path(name))))
    raw = next((i for i in items if isinstance(i, RawDocument)), None)
    if raw is None:
        raise GoldError(f"{name}: {items[0]}")
    return normalize(raw.text)[0], raw.published


def locate(text: str, needle: str, occ: int) -> tuple[int, int]:
    """Offsets of the ``occ``-th (1-based) occurrence of ``needle`` in ``text``."""
    needle = normalize(needle)[0]
    pos = -1
    for _ in range(occ):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise GoldError(f"occurrence {occ} of {needle!r} not found")
    return pos, pos + len(needle)


def load_gold(path: Path) -> GoldDoc:
    data = json.loads(path.read_text("utf-8"))
    name = data["doc"]
    text, published = document_text(name)
    gold = GoldDoc(
        name=name,
        split=data.get("split", "dev"),
        text=text,
        published=published,
        scope=tuple(data.get("scope", GoldDoc.scope)),
    )
    problems: list[str] = []

    def resolve(item: dict[str, Any], what: str) -> dict[str, Any] | None:
        try:
            start, end = locate(text, item["text"], int(item.get("occ", 1)))
        except (GoldError, KeyError) as exc:
            problems.append(f"{what} {item!r}: {exc}")
            return None
        return {**item, "start": start, "end": end}

    for e in data.get("entities", []):
        if e.get("type") not in ENTITY_TYPES:
            problems.append(f"entity {e!r}: type must be one of {sorted(ENTITY_TYPES)}")
        r = resolve(e, "entity")
        if r:
            gold.entities.append(r)
    for t in data.get("times", []):
        if t.get("value") is not None and t.get("granularity") not in GRANULARITIES:
            problems.append(f"time {t!r}: granularity must be one of {sorted(GRANULARITIES)}")
        r = resolve(t, "time")
        if r:
            gold.times.append(r)
    from thoisu.extract.actions import action_names

    for ev in data.get("events", []):
        if ev.get("action") not in action_names():
            problems.append(f"event {ev!r}: action must be one of {sorted(action_names())}")
        if ev.get("modality", "asserted") not in MODALITIES:
            problems.append(f"event {ev!r}: modality must be one of {sorted(MODALITIES)}")
        trig = ev.get("trigger") or {}
        r = resolve(trig, "event trigger") if trig else None
        if r:
            gold.events.append({**ev, "start": r["start"], "end": r["end"]})
        elif not trig:
            problems.append(f"event {ev!r}: needs a trigger {{text, occ}}")
    for qa in data.get("qa", []):
        ev = []
        for anchor in qa.get("evidence", []):
            r = resolve(anchor, "qa evidence")
            if r:
                ev.append(r)
        if "question" not in qa or "answer" not in qa:
            problems.append(f"qa {qa!r}: needs question and answer (null when the corpus has none)")
        elsewhere = []
        for other in qa.get("elsewhere", []):
            # an answer another article states, checked by hand: its sentence must be in that article
            try:
                start, end = locate(document_text(other["doc"])[0], other["text"], int(other.get("occ", 1)))
            except (GoldError, KeyError) as exc:
                problems.append(f"qa elsewhere {other!r}: {exc}")
                continue
            elsewhere.append({**other, "start": start, "end": end})
        if elsewhere and qa.get("answer") is not None:
            problems.append(f"qa {qa['question']!r}: elsewhere is for questions its own article can't answer")
        gold.qa.append({**qa, "evidence": ev, "elsewhere": elsewhere})
    _check_overlaps(gold.entities, "entity", problems)
    if problems:
        raise GoldError(f"{path}:\n  " + "\n  ".join(problems))
    return gold


def _check_overlaps(spans: list[dict[str, Any]], what: str, problems: list[str]) -> None:
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b["start"] < a["end"]:
            problems.append(
                f"{what} spans overlap: {a['text']!r}@{a['start']} and {b['text']!r}@{b['start']}"
            )


def load_gold_set(split: str = "all", directory: Path = GOLD_DIR) -> list[GoldDoc]:
    docs = [load_gold(p) for p in sorted(directory.glob("*.json"))]
    return [d for d in docs if split == "all" or d.split == split]


def _main(argv: list[str]) -> int:
    from thoisu.text.sentences import split_sentences

    if len(argv) >= 2 and argv[0] == "show":
        text, published = document_text(argv[1])
        print(f"# published: {published}")
        for i, s in enumerate(split_sentences(text)):
            print(f"[{i}] ({s.kind}) {text[s.start : s.end]}")
        return 0
    if len(argv) >= 3 and argv[0] == "find":
        text, _ = document_text(argv[1])
        needle = normalize(argv[2])[0]
        pos, n = -1, 0
        while (pos := text.find(needle, pos + 1)) >= 0:
            n += 1
            print(
                f"occ {n} @{pos}: …{text[max(0, pos - 40) : pos]}[{needle}]{text[pos + len(needle) : pos + len(needle) + 40]}…"
            )
        if not n:
            print(f"{needle!r} not found")
        return 0
    if argv and argv[0] == "check":
        bad = 0
        for p in argv[1:]:
            try:
                g = load_gold(Path(p))
                print(
                    f"ok {p}: {len(g.entities)} entities, {len(g.times)} times, {len(g.events)} events, {len(g.qa)} qa"
                )
            except (GoldError, json.JSONDecodeError, KeyError) as exc:
                bad += 1
                print(f"FAIL {exc}")
        return 1 if bad else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
