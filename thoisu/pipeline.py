"""The per-document pipeline: ``RawDocument -> Doc``, one small stage after another.

Every stage is a plain function ``Doc -> Doc`` that declares what it needs and what it fills
(as stanza's processors do); `Pipeline` checks the order once, when it is built, and reports
every problem together.  Stages are pure over the document, so the same `Pipeline` runs in a
loop, in a process pool, or on a Dask worker.

    >>> from thoisu.pipeline import Pipeline
    >>> nlp = Pipeline()                                   # all default stages
    >>> doc = nlp.from_text("Ngày 3/2/2020, Nga và ASEAN họp tại Moscow.", name="demo")
    >>> [doc.text[s.start:s.end] for s in doc.sentences]
    ['Ngày 3/2/2020, Nga và ASEAN họp tại Moscow.']
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from thoisu.load import RawDocument, parse_published
from thoisu.model import Doc
from thoisu.text.sentences import TIMESTAMP_RE, split_sentences

StageFn = Callable[[Doc], Doc]


@dataclass(frozen=True)
class Stage:
    name: str
    fn: StageFn
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ()


def sentences_stage(doc: Doc) -> Doc:
    """Split sentences; take title and publication time from header units when metadata lacks them."""
    doc.sentences = split_sentences(doc.text)
    for s in doc.sentences[:4]:
        unit = doc.text[s.start : s.end]
        if s.kind == "timestamp" and doc.published is None:
            doc.published = _timestamp_value(unit)
        elif s.kind == "title" and doc.title is None:
            doc.title = unit
    return doc


def _timestamp_value(unit: str) -> str | None:
    m = TIMESTAMP_RE.match(unit)
    if not m:
        return None
    g = m.groups()
    if g[0] is not None:
        hh, mm, d, mo, y = g[0:5]
    else:
        d, mo, y, hh, mm = g[5:10]
    when = f"{int(d):02d}/{int(mo):02d}/{y}" + (f" {int(hh):02d}:{mm}" if hh else "")
    return parse_published(when)


# name -> (module, function, requires, provides); modules are imported when a pipeline is built.
_STAGES: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    "sentences": ("thoisu.pipeline", "sentences_stage", (), ("sentences",)),
    "tokens": ("thoisu.extract.tokens", "tokenize", ("sentences",), ("tokens",)),
    "pos": ("thoisu.extract.tokens", "pos_tag", ("sentences",), ("tokens", "pos")),
    "times": ("thoisu.extract.time", "tag_times", ("sentences",), ("times",)),
    "entities": (
        "thoisu.extract.entities",
        "find_entities",
        ("sentences", "tokens"),
        ("mentions", "relations"),
    ),
    "quantities": ("thoisu.extract.quantities", "tag_quantities", ("sentences",), ("quantities",)),
    "events": (
        "thoisu.extract.events",
        "extract_events",
        ("sentences", "times", "mentions", "quantities"),
        ("events",),
    ),
}

# "pos" is optional: nothing downstream needs tags, and they cost half the ingest time.
DEFAULT_STAGES = tuple(name for name in _STAGES if name != "pos")


def _registry() -> dict[str, Stage]:
    import importlib

    return {
        name: Stage(name, getattr(importlib.import_module(mod), fn), req, prov)
        for name, (mod, fn, req, prov) in _STAGES.items()
    }


class PipelineError(ValueError):
    pass


class Pipeline:
    """An ordered list of stages, checked when built."""

    def __init__(self, stages: Iterable[str] = DEFAULT_STAGES):
        registry = _registry()
        names = list(stages)
        problems: list[str] = []
        provided: set[str] = set()
        self.stages: list[Stage] = []
        for name in names:
            stage = registry.get(name)
            if stage is None:
                problems.append(f"unknown stage {name!r} (known: {', '.join(registry)})")
                continue
            missing = [r for r in stage.requires if r not in provided]
            if missing:
                problems.append(f"stage {name!r} needs {', '.join(missing)}, which no earlier stage provides")
            provided.update(stage.provides)
            self.stages.append(stage)
        if problems:
            raise PipelineError("; ".join(problems))

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            result = stage.fn(doc)
            if result is None:
                raise PipelineError(f"stage {stage.name!r} returned None; a stage must return the Doc")
            doc = result
        return doc

    def from_raw(self, raw: RawDocument) -> Doc:
        doc = Doc.from_text(
            raw.text, name=raw.name, source=raw.source, title=raw.title, published=raw.published
        )
        doc.meta = dict(raw.meta)
        return self(doc)

    def from_text(self, text: str, name: str = "text", published: str | None = None) -> Doc:
        return self.from_raw(RawDocument(name=name, source=name, text=text, published=published))

    def pipe(self, raws: Iterable[RawDocument]) -> Iterator[Doc]:
        for raw in raws:
            yield self.from_raw(raw)


def process_raw(raw: RawDocument) -> Doc:
    """Module-level entry for process pools and Dask (picklable)."""
    return _default_pipeline().from_raw(raw)


_PIPELINE: Pipeline | None = None


def _default_pipeline() -> Pipeline:
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline()
    return _PIPELINE
