"""The action ontology (extract/data/actions.yaml), loaded once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=1)
def ontology() -> dict[str, dict[str, Any]]:
    raw = resources.files("thoisu.extract.data").joinpath("actions.yaml").read_text("utf-8")
    return yaml.safe_load(raw)


def action_names() -> set[str]:
    return set(ontology())
