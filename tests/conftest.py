"""Shared fixtures: a real CLI runner (subprocess, as a user runs it) and paths to shared data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
CORPUS = SHARED / "corpus" / "unc"
EXAMPLES = ROOT / "examples"

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")


class CLI:
    """Runs ``python -m thoisu`` against one store file, returning (code, stdout, stderr)."""

    def __init__(self, db: Path):
        self.db = db

    def __call__(self, *args: str, stdin: bytes | None = None, check: int | None = 0):
        env = {**os.environ, "THOISU_DB": str(self.db), "COLUMNS": "200"}
        proc = subprocess.run(
            [sys.executable, "-m", "thoisu", *args],
            input=stdin,
            capture_output=True,
            env=env,
            cwd=ROOT,
            timeout=600,
        )
        out, err = proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
        if check is not None:
            assert proc.returncode == check, f"exit {proc.returncode}\nstdout:\n{out}\nstderr:\n{err}"
        return proc.returncode, out, err

    def json(self, *args: str):
        _, out, _ = self(*args, "--format", "json")
        return json.loads(out)


def ingested(root: Path, docs: dict[str, str]) -> CLI:
    """A store under ``root`` holding ``docs`` (file name -> text), ingested through the real CLI."""
    src = root / "docs"
    src.mkdir()
    for name, text in docs.items():
        (src / name).write_text(text + "\n", encoding="utf-8")
    cli = CLI(root / "t.db")
    code, out, err = cli("ingest", str(src))
    assert f"{len(docs)} new" in out, err
    return cli


@pytest.fixture
def cli(tmp_path: Path) -> CLI:
    return CLI(tmp_path / "t.db")


@pytest.fixture(scope="session")
def nlp():
    """The default pipeline, built once for the whole run."""
    from thoisu.pipeline import Pipeline

    return Pipeline()


def span(doc, surface: str, occ: int = 1) -> tuple[int, int]:
    """Offsets of the ``occ``-th occurrence of ``surface`` in the document's text."""
    at = -1
    for _ in range(occ):
        at = doc.text.index(surface, at + 1)
    return at, at + len(surface)
