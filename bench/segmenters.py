"""Word segmentation compared on an outside gold: UD_Vietnamese-VTB test (``../shared/corpus/ud``).

Each system segments the gold sentence's syllables; a word counts as right when its syllable span
equals a gold word's.  Reports word F1 and words per second for underthesea (thoisu's choice) and,
when installed (``pip install -e '.[compare]'``), pyvi.

    .venv/bin/python -m bench.segmenters
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

UD_TEST = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "ud" / "vi_vtb-ud-test.conllu"


def read_conllu(path: Path = UD_TEST) -> list[list[str]]:
    """Sentences as lists of gold words (multi-syllable words keep their inner spaces)."""
    sentences, words = [], []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            if words:
                sentences.append(words)
            words = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
    if words:
        sentences.append(words)
    return sentences


def _spans(words: list[str]) -> set[tuple[int, int]]:
    out, i = set(), 0
    for w in words:
        n = len(w.replace("_", " ").split())
        out.add((i, i + n))
        i += n
    return out


def _underthesea(text: str) -> list[str]:
    from underthesea import word_tokenize

    return word_tokenize(text)


def _pyvi(text: str) -> list[str]:
    from pyvi import ViTokenizer

    return ViTokenizer.tokenize(text).split()


def score(segment: Callable[[str], list[str]], sentences: list[list[str]]) -> dict[str, Any]:
    tp = fp = fn = words = 0
    t0 = time.perf_counter()
    for gold in sentences:
        text = " ".join(gold)
        predicted = segment(text)
        g, p = _spans(gold), _spans(predicted)
        if sum(len(w.replace("_", " ").split()) for w in predicted) != sum(len(w.split()) for w in gold):
            fn += len(
                g
            )  # the system re-tokenised the syllables ("4-2" → "4 - 2"): count the sentence as missed
            fp += len(p)
            continue
        tp, fp, fn = tp + len(g & p), fp + len(p - g), fn + len(g - p)
        words += len(gold)
    seconds = time.perf_counter() - t0
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "f1": round(f1, 4),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "words_per_s": round(sum(len(s) for s in sentences) / seconds),
    }


def run(limit: int | None = None) -> dict[str, Any]:
    if not UD_TEST.exists():
        return {"skipped": f"{UD_TEST} not found"}
    sentences = read_conllu()[:limit]
    _underthesea("khởi động")  # load models before timing
    result: dict[str, Any] = {"sentences": len(sentences), "underthesea": score(_underthesea, sentences)}
    try:
        _pyvi("khởi động")
        result["pyvi"] = score(_pyvi, sentences)
    except ImportError:
        result["pyvi"] = {"skipped": "pyvi not installed (pip install -e '.[compare]')"}
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
