"""Small timing and memory helpers shared by the benchmarks (``time.perf_counter`` throughout)."""

from __future__ import annotations

import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

T = TypeVar("T")


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    """Call ``fn`` once; return its result and the elapsed seconds."""
    t0 = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0


def rate(count: float, seconds: float) -> float | None:
    """``count`` per second, rounded to 3 significant-ish digits; None for a zero duration."""
    if seconds <= 0:
        return None
    value = count / seconds
    return round(value, 1) if value < 100 else round(value)


def ratio(ours: float | None, baseline: float | None) -> float | None:
    """``ours / baseline`` to two decimals, None when either is missing."""
    if not ours or not baseline:
        return None
    return round(ours / baseline, 2)


def latencies(fn: Callable[[Any], T], items: Iterable[Any], rounds: int) -> tuple[list[T], list[float]]:
    """One untimed warm-up pass of ``fn(item)``, then ``rounds`` timed passes.

    Returns the warm-up pass's results (one per item) and the seconds of every timed call.
    """
    items = list(items)
    outputs = [fn(item) for item in items]
    samples = []
    for _ in range(rounds):
        for item in items:
            t0 = time.perf_counter()
            fn(item)
            samples.append(time.perf_counter() - t0)
    return outputs, samples


def latency_stats(samples: list[float]) -> dict[str, float | int]:
    """Median and 95th percentile of ``samples`` (seconds) in milliseconds."""
    p95 = statistics.quantiles(samples, n=20, method="inclusive")[-1] if len(samples) > 1 else samples[0]
    return {
        "median_ms": round(statistics.median(samples) * 1000, 2),
        "p95_ms": round(p95 * 1000, 2),
        "calls": len(samples),
    }


def peak_rss_mib() -> float:
    """The process's peak resident set size so far (``ru_maxrss``: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
