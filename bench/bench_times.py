"""Benchmark: time tagging with `thoisu.extract.time.find_times` vs dateparser's Vietnamese search.

    python bench/bench_times.py            # reads ../shared/corpus/unc/news_*.txt when present

`run(texts)` times both over the same texts in one process.  dateparser's ``search_dates`` is
much slower, so it runs on the first ``BASELINE_CAP_CHARS`` characters of the texts only (the
dict says how many); the speed is compared per character, which is fair for a linear scan.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

BASELINE_CAP_CHARS = 200_000


def _capped(texts: list[str], cap: int) -> list[str]:
    out: list[str] = []
    total = 0
    for t in texts:
        if total >= cap:
            break
        piece = t[: cap - total]
        out.append(piece)
        total += len(piece)
    return out


def run(texts: list[str]) -> dict:
    from thoisu.extract.time import find_times

    chars = sum(len(t) for t in texts)
    find_times("ngày 3/2/2020", "2020-02-05")  # load lexicons and compile patterns outside the timing
    t0 = time.perf_counter()
    found = 0
    for t in texts:
        found += len(find_times(t, "2021-04-27"))
    ours_s = time.perf_counter() - t0

    baseline_texts = _capped(texts, BASELINE_CAP_CHARS)
    baseline_chars = sum(len(t) for t in baseline_texts)
    result = {
        "stage": "time tagging",
        "ours_chars_per_s": round(chars / ours_s) if ours_s else None,
        "baseline": "dateparser 1.5 search_dates(vi)",
        "baseline_chars_per_s": None,
        "speedup": None,
        "chars": chars,
        "expressions_found": found,
        "baseline_chars": baseline_chars,
        "baseline_capped": baseline_chars < chars,
    }
    try:
        from dateparser.search import search_dates
    except ImportError:  # pragma: no cover - dateparser is a declared dependency
        result["baseline_error"] = "dateparser is not installed"
        return result
    settings = {"RELATIVE_BASE": __import__("datetime").datetime(2021, 4, 27)}
    search_dates("ngày 3 tháng 2 năm 2020", languages=["vi"], settings=settings)  # warm-up: loads the locale
    t0 = time.perf_counter()
    baseline_found = 0
    for t in baseline_texts:
        hits = search_dates(t, languages=["vi"], settings=settings)
        baseline_found += len(hits or [])
    base_s = time.perf_counter() - t0
    result["baseline_chars_per_s"] = round(baseline_chars / base_s) if base_s else None
    result["baseline_expressions_found"] = baseline_found
    if result["baseline_chars_per_s"] and result["ours_chars_per_s"]:
        result["speedup"] = round(result["ours_chars_per_s"] / result["baseline_chars_per_s"], 1)
    return result


def _corpus_texts(limit: int | None = None) -> list[str]:
    root = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unc"
    texts = []
    for path in sorted(root.glob("news_*.txt"))[:limit]:
        lines = path.read_text(encoding="utf-8").splitlines()
        texts.append("\n".join(line for line in lines if not line.startswith("# ")))
    return texts


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import json

    texts = _corpus_texts()
    if not texts:
        sys.exit("no corpus found at ../shared/corpus/unc")
    print(json.dumps(run(texts), ensure_ascii=False, indent=2))
