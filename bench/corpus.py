"""The benchmark corpus: a fixed, deterministic sample of ``../shared/corpus/unc``.

Three quarters of the sample are the first ``news_world_*`` files (the diplomacy-rich topic);
the rest are taken round-robin from the other topics, each topic's files in name order, so
``--docs 200`` is the first 150 world articles plus the first 5 or 6 of each other topic.
"""

from __future__ import annotations

from itertools import chain, zip_longest
from pathlib import Path

DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unc"
WORLD = "world"
WORLD_SHARE = 0.75


def _topic(path: Path) -> str:
    """``news_world_012.txt`` -> ``world``."""
    return path.stem.split("_")[1]


def _by_topic(root: Path) -> dict[str, list[Path]]:
    topics: dict[str, list[Path]] = {}
    for path in sorted(root.glob("news_*_*.txt")):
        topics.setdefault(_topic(path), []).append(path)
    return topics


def sample_paths(root: Path, n: int) -> list[Path]:
    """``n`` files (fewer if the corpus is smaller): world first, then the round-robin of the rest."""
    topics = _by_topic(root)
    world = topics.pop(WORLD, [])[: round(n * WORLD_SHARE)]
    others = [p for p in chain.from_iterable(zip_longest(*topics.values())) if p is not None]
    return world + others[: n - len(world)]


def read_text(path: Path) -> str:
    """The article text without its leading ``# key = value`` metadata lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("# "))


def topic_counts(paths: list[Path]) -> dict[str, int]:
    """How many sampled files each topic contributed."""
    counts: dict[str, int] = {}
    for path in paths:
        counts[_topic(path)] = counts.get(_topic(path), 0) + 1
    return counts
