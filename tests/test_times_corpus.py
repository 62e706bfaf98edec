"""Accuracy of the temporal tagger on a hand-checked sample of real news (tests/gold/times_corpus.jsonl).

Each gold line names a file of ``../shared/corpus/unc``, an exact string of its body (the text after
the leading ``# ...`` metadata lines), which occurrence of it (``occ``, 1-based) and the value a
careful reader gives it; ``value: null`` marks a string that looks like a time but is not one.
The tagger runs as in the pipeline (`tag_times` on a `Doc` anchored on the file's ``# date``).
A positive counts as right when a tagged expression overlapping the string has exactly the gold
value and granularity; a negative counts as right when nothing tagged overlaps it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from thoisu.extract.time import tag_times
from thoisu.model import Doc
from thoisu.text.normalize import normalize

GOLD = Path(__file__).parent / "gold" / "times_corpus.jsonl"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unc"

# Accuracy measured with this tagger on the 257 gold lines (241 expressions, 16 negatives, 42 files):
# 253/257 = 0.984.  The first 194 lines were annotated before the last round of rule fixes (0.933 then)
# and the last 63 as a held-out batch after it (0.841 before the fixes it prompted), so the figure is
# partly tuned on this sample.  The test allows 0.02 below it.
MEASURED_ACCURACY = 0.984

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


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
            assert start >= 0, f"{name}: occurrence {g['occ']} of {g['text']!r} not found"
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


def test_gold_sample_shape() -> None:
    items = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len([i for i in items if i["value"] is not None]) >= 110
    assert len([i for i in items if i["value"] is None]) >= 10
    assert len({i["doc"] for i in items}) >= 25


def test_accuracy_on_gold_sample() -> None:
    right, total, errors = evaluate()
    accuracy = right / total
    assert accuracy >= MEASURED_ACCURACY - 0.02, (
        f"accuracy {accuracy:.3f} ({right}/{total}); errors:\n" + "\n".join(errors)
    )


if __name__ == "__main__":
    r, n, errs = evaluate()
    print(f"accuracy {r / n:.3f} ({r}/{n})")
    print("\n".join(errs))
