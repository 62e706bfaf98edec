"""Time-tagging accuracy on a hand-checked sample of real news (``tests/gold/times_corpus.jsonl``).

Each gold line names a file of ``../shared/corpus/unc``, an exact string of its body, which occurrence
of it (``occ``) and the value a careful reader gives it (``value: null``: looks like a time, is not).
The tagger runs as in the pipeline, anchored on the file's ``# date``. A positive is right when a
tagged expression overlapping the string has exactly the gold value and granularity; a negative is
right when nothing tagged overlaps it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from thoisu.extract.time import tag_times
from thoisu.model import Doc
from thoisu.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold" / "times_corpus.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "unc"


def _load(name: str) -> tuple[str, str | None]:
    lines = (CORPUS / f"{name}.txt").read_text(encoding="utf-8").split("\n")
    i, date = 0, None
    while i < len(lines) and lines[i].startswith("# "):
        if lines[i].startswith("# date = "):
            d = lines[i][len("# date = ") :].strip()
            date = f"{d[:4]}-{d[4:6]}-{d[6:8]}"
        i += 1
    return "\n".join(lines[i:]), date


def _nth(text: str, needle: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos


def evaluate() -> tuple[int, int, list[str]]:
    items = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        by_doc[it["doc"]].append(it)
    right, errors = 0, []
    for name, golds in by_doc.items():
        body, date = _load(name)
        doc = tag_times(Doc.from_text(body, name=name, published=date))
        for g in golds:
            needle = normalize(g["text"])[0]
            start = _nth(doc.text, needle, g["occ"])
            if start < 0:
                raise ValueError(f"{name}: occurrence {g['occ']} of {g['text']!r} not found")
            end = start + len(needle)
            over = [t for t in doc.times if t.start < end and start < t.end]
            if g["value"] is None:
                ok = not over
            else:
                ok = any(t.value == g["value"] and t.granularity == g["granularity"] for t in over)
            if ok:
                right += 1
            else:
                got = ", ".join(f"{t.text!r}={t.value}/{t.granularity}" for t in over) or "nothing"
                errors.append(
                    f"{name} {g['text']!r}#{g['occ']}: want {g['value']}/{g['granularity']}, got {got}"
                )
    return right, len(items), errors
