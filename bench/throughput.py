"""Throughput benchmarks: the entity stage against underthesea, full ingest against sentences only.

Each measurement warms up first (models, lexicons and patterns load outside the timing) and runs
the thoisu side and its baseline over the same input in the same process.
"""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from typing import Any

from bench.measure import peak_rss_mib, rate, ratio, timed

WARM_UP_TEXT = "Ngày 3/2/2020, Ngoại trưởng Nga và Tổng Thư ký ASEAN hội đàm tại Moscow."
BATCH_SIZE = 100  # the ingest default
TRACED_DOCS = 15  # tracemalloc slows Python ~4x, so it watches only the longest documents


def entity_stage(texts: list[str]) -> dict[str, Any]:
    """Words/s of ``Pipeline(["sentences", "tokens", "entities"])`` beside ``word_tokenize`` alone."""
    from underthesea import word_tokenize

    from thoisu.pipeline import Pipeline

    nlp = Pipeline(["sentences", "tokens", "entities"])
    words = sum(len(t.split()) for t in texts)
    nlp.from_text(WARM_UP_TEXT)
    word_tokenize(WARM_UP_TEXT)
    _, ours_s = timed(lambda: [nlp.from_text(t, name=str(i)) for i, t in enumerate(texts)])
    _, base_s = timed(lambda: [word_tokenize(t) for t in texts])
    ours, base = rate(words, ours_s), rate(words, base_s)
    return {
        "stage": "entities (sentences + tokens + entities)",
        "words": words,
        "ours_words_per_s": ours,
        "baseline": "underthesea word_tokenize",
        "baseline_words_per_s": base,
        "speedup": ratio(ours, base),
    }


def _fresh_store(path: Path):
    from thoisu.store import open_store

    store = open_store(str(path))
    store.stats()  # connect and migrate outside the timing
    return store


def _ingest_full(db: Path, paths: list[str]) -> tuple[Any, Any, float]:
    """``ingest_paths`` into a fresh store, one process; returns (store, report, seconds)."""
    from thoisu.ingest import ingest_paths
    from thoisu.load import RawDocument
    from thoisu.pipeline import process_raw

    process_raw(RawDocument(name="warm-up", source="warm-up", text=WARM_UP_TEXT))
    store = _fresh_store(db)
    report, seconds = timed(lambda: ingest_paths(store, paths, jobs=1, batch_size=BATCH_SIZE))
    return store, report, seconds


def _ingest_sentences_only(db: Path, paths: list[str]) -> float:
    """The same load -> pipeline -> store path with ``Pipeline(["sentences"])``; returns seconds."""
    from thoisu.load import RawDocument, load_inputs
    from thoisu.pipeline import Pipeline

    nlp = Pipeline(["sentences"])
    nlp.from_text(WARM_UP_TEXT)
    store = _fresh_store(db)

    def run() -> None:
        raws = [r for r in load_inputs(paths) if isinstance(r, RawDocument)]
        docs = list(nlp.pipe(raws))
        for start in range(0, len(docs), BATCH_SIZE):
            store.add_documents(docs[start : start + BATCH_SIZE])

    _, seconds = timed(run)
    store.close()
    return seconds


def _traced_peak_mib(paths: list[str]) -> float:
    """tracemalloc peak of the default pipeline alone over the longest documents (models already loaded)."""
    from thoisu.load import RawDocument, load_inputs
    from thoisu.pipeline import process_raw

    raws = [r for r in load_inputs(paths) if isinstance(r, RawDocument)]
    longest = sorted(raws, key=lambda r: len(r.text), reverse=True)[:TRACED_DOCS]
    tracemalloc.start()
    try:
        for raw in longest:
            process_raw(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return round(peak / 2**20, 1)


def full_pipeline(paths: list[Path], workdir: Path) -> tuple[dict[str, Any], Any]:
    """Docs/s and chars/s from files to stored events, beside sentences-only ingest; returns (result, store)."""
    names = [str(p) for p in paths]
    store, report, full_s = _ingest_full(workdir / "bench.db", names)
    rss = peak_rss_mib()
    base_s = _ingest_sentences_only(workdir / "baseline.db", names)
    summary = report.summary()
    docs = summary["new"]
    chars = store.scalar("SELECT COALESCE(SUM(LENGTH(text)), 0) FROM documents")
    ours, base = rate(docs, full_s), rate(docs, base_s)
    result = {
        "stage": "full ingest (load -> all stages -> SQLite), jobs=1",
        "docs": docs,
        "refused": summary["refused"],
        "chars": chars,
        "stored": {k: summary[k] for k in ("sentences", "times", "mentions", "events")},
        "seconds": round(full_s, 2),
        "ours_docs_per_s": ours,
        "ours_chars_per_s": rate(chars, full_s),
        "baseline": 'ingest with Pipeline(["sentences"]) only',
        "baseline_docs_per_s": base,
        "baseline_chars_per_s": rate(chars, base_s),
        "speedup": ratio(ours, base),
        "peak_rss_mib": rss,
        "pipeline_tracemalloc_peak_mib": _traced_peak_mib(names),
        "traced_docs": min(TRACED_DOCS, docs),
    }
    return result, store
