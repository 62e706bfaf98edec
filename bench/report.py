"""Render the benchmark results: the Markdown table, ``docs/benchmarks.md``, the README section, JSON."""

from __future__ import annotations

import json
import os
import platform
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
RESULTS_JSON = REPO / "bench" / "results" / "latest.json"
DOCS_MD = REPO / "docs" / "benchmarks.md"
README = REPO / "README.md"
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def machine_facts() -> dict[str, Any]:
    """CPU count and model, OS, Python and the current load, from ``os``, ``platform`` and /proc/cpuinfo."""
    return {
        "cpu_count": os.cpu_count(),
        "cpu_model": _cpu_model() or platform.processor() or platform.machine(),
        "machine": platform.machine(),
        "platform": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "load_avg_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
    }


def _cpu_model() -> str | None:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return None


def _fmt(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and value < 100:
        return f"{value:,.2f}"
    return f"{round(value):,}"


def _times(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}×"


def _segmentation_rows(seg: dict[str, Any]) -> list[tuple[str, Any, str, Any, float | None]]:
    """underthesea (used by thoisu) against pyvi on UD_Vietnamese-VTB test, when both ran."""
    ours, other = seg.get("underthesea"), seg.get("pyvi")
    if not ours or not other or "f1" not in other:
        return []
    return [
        ("Word segmentation F1 on UD VTB test (underthesea)", ours["f1"], "pyvi 0.1.1", other["f1"], None),
        (
            "Word segmentation, words/s (underthesea)",
            ours["words_per_s"],
            "pyvi 0.1.1",
            other["words_per_s"],
            ours["words_per_s"] / other["words_per_s"],
        ),
    ]


def _rows(r: dict[str, Any]) -> list[tuple[str, Any, str, Any, float | None]]:
    """(measurement, thoisu, baseline name, baseline figure, speed vs baseline) for every row."""
    t, e, p, s, a = r["times"], r["entities"], r["pipeline"], r["search"], r["ask"]
    sentences_only = 'ingest with `Pipeline(["sentences"])`'
    like = "SQL `LIKE` scan of `sentences`"
    return [
        (
            "Time tagging, chars/s",
            t["ours_chars_per_s"],
            "dateparser `search_dates(vi)`",
            t["baseline_chars_per_s"],
            t["speedup"],
        ),
        (
            "Entity stage, words/s",
            e["ours_words_per_s"],
            "underthesea `word_tokenize`",
            e["baseline_words_per_s"],
            e["speedup"],
        ),
        ("Full ingest, docs/s", p["ours_docs_per_s"], sentences_only, p["baseline_docs_per_s"], p["speedup"]),
        (
            "Full ingest, chars/s",
            p["ours_chars_per_s"],
            sentences_only,
            p["baseline_chars_per_s"],
            p["speedup"],
        ),
        (
            "Search, median ms",
            s["ours"]["median_ms"],
            like,
            s["baseline_stats"]["median_ms"],
            s["speedup_median"],
        ),
        ("Search, p95 ms", s["ours"]["p95_ms"], like, s["baseline_stats"]["p95_ms"], s["speedup_p95"]),
        *_segmentation_rows(r.get("segmentation") or {}),
        ("Ask, median ms", a["ours"]["median_ms"], "—", None, None),
        ("Ask, p95 ms", a["ours"]["p95_ms"], "—", None, None),
        ("Peak RSS of the process after ingest, MiB", p["peak_rss_mib"], "—", None, None),
        (
            f"Pipeline tracemalloc peak ({p['traced_docs']} longest docs), MiB",
            p["pipeline_tracemalloc_peak_mib"],
            "—",
            None,
            None,
        ),
    ]


def markdown_table(results: dict[str, Any]) -> str:
    """The results table; "vs baseline" above 1 means thoisu is faster."""
    lines = ["| Measurement | thoisu | Baseline | Baseline figure | vs baseline |", "|---|--:|---|--:|--:|"]
    for name, ours, base_name, base, speed in _rows(results):
        lines.append(f"| {name} | {_fmt(ours)} | {base_name} | {_fmt(base)} | {_times(speed)} |")
    return "\n".join(lines)


def caption(results: dict[str, Any]) -> str:
    """One line: when, on what, over what sample."""
    m, c = results["machine"], results["corpus"]
    return (
        f"Measured {results['date']} on {m['cpu_count']} CPUs ({m['cpu_model']}, {m['platform']}, {m['python']}), "
        f"over {c['docs']} documents ({c['chars']:,} characters) of `../shared/corpus/unc`."
    )


def _method(results: dict[str, Any]) -> list[str]:
    c, p, s, a, t = (results[k] for k in ("corpus", "pipeline", "search", "ask", "times"))
    topics = ", ".join(f"{k} {v}" for k, v in c["topics"].items())
    return [
        f"- Sample: the first {c['topics'].get('world', 0)} `news_world_*` files and, round-robin, the first files "
        f"of the other topics ({topics}); metadata lines stripped for the text-level rows.",
        f"- Time tagging: `bench/bench_times.py`; dateparser ran on the first {t['baseline_chars']:,} characters "
        "only (it is compared per character).",
        '- Entity stage: `Pipeline(["sentences", "tokens", "entities"])` vs `underthesea.word_tokenize`, '
        "same texts; words are whitespace tokens.",
        f"- Full ingest: `ingest_paths(jobs=1)` into a fresh temporary SQLite store ({p['docs']} documents, "
        f"stored {p['stored']['sentences']:,} sentences, {p['stored']['times']:,} times, "
        f"{p['stored']['mentions']:,} mentions, {p['stored']['events']:,} events); the baseline loads the same "
        "files, runs normalisation + sentence splitting only and stores the result the same way.",
        f"- Search: {s['queries']} queries (with and without diacritics, quoted phrases, stray operators) × "
        f"{s['rounds']} rounds after a warm-up pass; {s['queries_with_hits']} had hits "
        f"(the `LIKE` baseline, which neither folds diacritics nor ranks: {s['baseline_queries_with_hits']}).",
        f"- Ask: {a['questions']} Vietnamese questions × {a['rounds']} rounds after a warm-up pass; "
        f"{a['answered']} answered.",
        "- Memory: `ru_maxrss` is the whole process (models, dateparser, steps 1-2 and the ingest) right after the full "
        "ingest; the tracemalloc peak counts only Python allocations of the pipeline over already-loaded models "
        "(underthesea's native CRF memory is not traced).",
        "- \"vs baseline\" is thoisu's speed over the baseline's (throughput ratio, or the inverse latency "
        "ratio): above 1 thoisu is faster.",
    ]


def benchmarks_md(results: dict[str, Any]) -> str:
    """The whole of ``docs/benchmarks.md``."""
    m = results["machine"]
    parts = [
        "# Benchmarks",
        "",
        f"Generated by `make bench` (`{results['command']}`) on {results['date']}; "
        "regenerated on every run, do not edit by hand.",
        "",
        f"Machine: {m['cpu_count']} CPUs (`os.cpu_count()`), {m['cpu_model']}, {m['platform']}, {m['python']}; "
        f"1-minute load average {m['load_avg_1m']} when the run started (other work on the machine slows it).",
        "",
        markdown_table(results),
        "",
        "## Method",
        "",
        *_method(results),
        f"- Whole run: {results['total_seconds']:.0f} s. Timings use `time.perf_counter`, single process.",
        "",
    ]
    return "\n".join(parts)


def write_json(results: dict[str, Any], path: Path = RESULTS_JSON) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(results, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_docs(results: dict[str, Any], path: Path = DOCS_MD) -> None:
    path.write_text(benchmarks_md(results), encoding="utf-8")


def update_readme(results: dict[str, Any], path: Path = README) -> bool:
    """Replace what lies between the bench markers; False (README untouched) when they are missing."""
    text = path.read_text(encoding="utf-8")
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        return False
    body = f"{BEGIN}\n{markdown_table(results)}\n\n{caption(results)}\n{END}"
    path.write_text(text[:start] + body + text[end + len(END) :], encoding="utf-8")
    return True
