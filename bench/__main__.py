"""``make bench``: every benchmark in one run, printed as a table and written to JSON and Markdown.

    .venv/bin/python -m bench [--docs N] [--corpus DIR] [--rounds R]

1. time tagging against dateparser, 2. the entity stage against underthesea's word segmentation,
3. full ingest against sentence splitting only, with peak memory, 4. search latency against a
``LIKE`` scan and ask latency, on the store step 3 built.  Without ``../shared/corpus`` it says so
and exits 0.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import bench_times, report, segmenters
from bench.corpus import DEFAULT_ROOT, read_text, sample_paths, topic_counts
from bench.latency import ask_latency, search_latency
from bench.throughput import entity_stage, full_pipeline

DEFAULT_DOCS = 200


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--docs", type=int, default=DEFAULT_DOCS, help=f"sample size (default {DEFAULT_DOCS})"
    )
    parser.add_argument("--corpus", type=Path, default=DEFAULT_ROOT, help="the unc corpus directory")
    parser.add_argument(
        "--rounds", type=int, default=5, help="timed passes over the queries and questions (default 5)"
    )
    parser.add_argument("--no-write", action="store_true", help="print only; write no JSON, docs or README")
    args = parser.parse_args(argv)
    if args.docs < 1 or args.rounds < 1:
        parser.error("--docs and --rounds must be at least 1")
    return args


def _step(label: str, fn, *args: Any) -> Any:
    """Run one benchmark step, saying on stderr what runs and how long it took."""
    print(f"[bench] {label} …", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    result = fn(*args)
    print(f"[bench] {label}: {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    return result


def run_all(paths: list[Path], rounds: int) -> dict[str, Any]:
    """The four benchmarks over the sample ``paths``; the store of step 3 serves step 4."""
    texts = [read_text(p) for p in paths]
    results: dict[str, Any] = {
        "corpus": {"docs": len(paths), "chars": sum(map(len, texts)), "topics": topic_counts(paths)},
        "times": _step("time tagging", bench_times.run, texts),
        "entities": _step("entity stage", entity_stage, texts),
        "segmentation": _step("segmenters on UD_Vietnamese-VTB test", segmenters.run),
    }
    with tempfile.TemporaryDirectory(prefix="thoisu-bench-") as tmp:
        results["pipeline"], store = _step("full ingest", full_pipeline, paths, Path(tmp))
        try:
            results["search"] = _step("search latency", search_latency, store, rounds)
            results["ask"] = _step("ask latency", ask_latency, store, rounds)
        finally:
            store.close()
    return results


def main(argv: list[str] | None = None) -> int:
    started = time.perf_counter()
    args = _args(argv)
    if not args.corpus.is_dir():
        print(
            f"bench: no corpus at {args.corpus} (../shared/corpus is not in this checkout); nothing measured."
        )
        return 0
    paths = sample_paths(args.corpus, args.docs)
    if not paths:
        print(f"bench: no news_*_*.txt files in {args.corpus}; nothing measured.")
        return 0
    machine = report.machine_facts()  # before the run, so the load average is other work's
    results = run_all(paths, args.rounds)
    results.update(
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        command=" ".join(
            [".venv/bin/python -m bench", *(argv if argv is not None else sys.argv[1:])]
        ).strip(),
        machine=machine,
        total_seconds=round(time.perf_counter() - started, 1),
    )
    print(report.markdown_table(results))
    print(report.caption(results))
    print(f"total: {results['total_seconds']:.0f} s")
    if not args.no_write:
        report.write_json(results)
        report.write_docs(results)
        readme = "README updated" if report.update_readme(results) else "README has no bench markers, skipped"
        print(
            f"wrote {report.RESULTS_JSON.relative_to(report.REPO)}, {report.DOCS_MD.relative_to(report.REPO)}; {readme}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
