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

import pytest

from thoisu.eval.times_corpus import CORPUS, GOLD, evaluate

# Accuracy measured with this tagger on the 257 gold lines (241 expressions, 16 negatives, 42 files):
# 253/257 = 0.984.  The first 194 lines were annotated before the last round of rule fixes (0.933 then)
# and the last 63 as a held-out batch after it (0.841 before the fixes it prompted), so the figure is
# partly tuned on this sample.  The test allows 0.02 below it.
MEASURED_ACCURACY = 0.984

pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent")


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
