"""Ingest: load inputs, run the pipeline, store documents batch by batch.

Refused files and documents the pipeline fails on are reported and skipped; each batch is one
transaction, so a store failure loses only that batch and leaves earlier ones stored.

    >>> from thoisu.store import open_store
    >>> from thoisu.ingest import ingest_paths
    >>> report = ingest_paths(open_store(":memory:"), ["examples/"])   # doctest: +SKIP
    >>> report.summary()["new"]                                         # doctest: +SKIP
    4
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from thoisu.load import LoadError, RawDocument, load_inputs
from thoisu.model import Doc
from thoisu.pipeline import process_raw
from thoisu.store.base import Store


@dataclass
class IngestReport:
    statuses: dict[str, int] = field(default_factory=lambda: {"new": 0, "updated": 0, "unchanged": 0})
    errors: list[LoadError] = field(default_factory=list)
    records: dict[str, int] = field(
        default_factory=lambda: {"sentences": 0, "times": 0, "mentions": 0, "events": 0}
    )
    docs: list[tuple[str, str]] = field(default_factory=list)  # (name, status)

    def summary(self) -> dict[str, Any]:
        return {
            **self.statuses,
            "refused": len(self.errors),
            **self.records,
            "errors": [str(e) for e in self.errors],
        }


def ingest_paths(
    store: Store, paths: Iterable[str], jobs: int = 1, batch_size: int = 100, progress: bool = False
) -> IngestReport:
    report = IngestReport()
    items = list(load_inputs(paths))
    raws = [i for i in items if isinstance(i, RawDocument)]
    report.errors.extend(i for i in items if isinstance(i, LoadError))
    show = progress and len(raws) > 5 and sys.stderr.isatty()
    batch: list[Doc] = []

    def flush() -> None:
        if not batch:
            return
        try:
            for doc, status in store.add_documents(batch):
                report.statuses[status] += 1
                report.docs.append((doc.name, status))
                if status != "unchanged":
                    report.records["sentences"] += len(doc.sentences)
                    report.records["times"] += len(doc.times)
                    report.records["mentions"] += len(doc.mentions)
                    report.records["events"] += len(doc.events)
        except Exception as exc:  # the batch was rolled back; say which documents it held
            names = ", ".join(d.source or d.name for d in batch[:5]) + (" …" if len(batch) > 5 else "")
            report.errors.append(LoadError(names, f"batch of {len(batch)} not stored, rolled back: {exc}"))
        batch.clear()

    processed = _process(raws, jobs)
    if show:
        from rich.progress import Progress

        with Progress(transient=True) as bar:
            task = bar.add_task("ingesting", total=len(raws))
            for result in processed:
                _collect(result, batch, report)
                bar.advance(task)
                if len(batch) >= batch_size:
                    flush()
    else:
        for result in processed:
            _collect(result, batch, report)
            if len(batch) >= batch_size:
                flush()
    flush()
    return report


def _collect(result: Doc | LoadError, batch: list[Doc], report: IngestReport) -> None:
    if isinstance(result, LoadError):
        report.errors.append(result)
    else:
        batch.append(result)


def _safe_process(raw: RawDocument) -> Doc | LoadError:
    try:
        return process_raw(raw)
    except Exception as exc:  # one bad document must not stop the batch
        return LoadError(raw.source or raw.name, f"pipeline failed: {type(exc).__name__}: {exc}")


def _process(raws: list[RawDocument], jobs: int) -> Iterator[Doc | LoadError]:
    if jobs <= 1 or len(raws) < 2:
        yield from map(_safe_process, raws)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_safe_process, raws, chunksize=4)
