"""Render records for the terminal: ``table`` (rich), ``json`` (one array) or ``jsonl`` (a line each).

Every listing command goes through `emit`, so all of them accept the same ``--format`` values and
print the same JSON the HTTP API returns.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any

FORMATS = ("table", "json", "jsonl")


def to_json(value: Any, indent: int | None = 2) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, default=str)


def emit(
    records: Sequence[dict[str, Any]] | dict[str, Any],
    fmt: str,
    columns: Sequence[str] | None = None,
    title: str | None = None,
    empty: str = "nothing found",
) -> None:
    """Print records in the chosen format; a dict is printed as one record."""
    if fmt == "json":
        sys.stdout.write(to_json(records) + "\n")
        return
    rows = [records] if isinstance(records, dict) else list(records)
    if fmt == "jsonl":
        for row in rows:
            sys.stdout.write(to_json(row, indent=None) + "\n")
        return
    if not rows:
        sys.stderr.write(empty + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    cols = list(columns or rows[0].keys())
    table = Table(title=title, show_lines=False, expand=False)
    for c in cols:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in cols))
    console = Console(soft_wrap=False)
    if not console.is_terminal:
        console = Console(soft_wrap=False, width=max(console.width, 160))  # piped: don't squeeze to 80
    console.print(table)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return to_json(value, indent=None)
    return str(value)
