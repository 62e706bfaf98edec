"""Loaders: files, directories, globs and stdin to `RawDocument`s, with per-file errors.

A loader never stops a batch: every input yields either documents or a `LoadError` naming the
file and the problem, and the caller decides what to report.

    >>> from thoisu.load import load_inputs
    >>> for item in load_inputs(["examples/"]):   # doctest: +SKIP
    ...     print(item.name if not isinstance(item, LoadError) else item)
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

SUPPORTED = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}


@dataclass
class RawDocument:
    """What a loader read, before normalisation."""

    name: str
    source: str
    text: str
    title: str | None = None
    published: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class LoadError:
    """A file (or a record in it) that could not be read, with the reason."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"{self.source}: {self.message}"


def load_inputs(paths: Iterable[str]) -> Iterator[RawDocument | LoadError]:
    """Expand paths (files, directories, globs, ``-``) and load each file."""
    for path in expand_paths(paths):
        if isinstance(path, LoadError):
            yield path
            continue
        yield from load_path(path)


def expand_paths(paths: Iterable[str]) -> Iterator[str | LoadError]:
    for raw in paths:
        if raw == "-":
            yield "-"
        elif os.path.isdir(raw):
            found = False
            for root, dirs, files in os.walk(raw):
                dirs.sort()
                for f in sorted(files):
                    if Path(f).suffix.lower() in SUPPORTED:
                        found = True
                        yield os.path.join(root, f)
            if not found:
                yield LoadError(raw, "directory holds no .txt, .html, .htm or .jsonl file")
        elif os.path.exists(raw):
            yield raw
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield LoadError(raw, "pattern matches no file")
            yield from (m for m in matches if os.path.isfile(m))
        else:
            yield LoadError(raw, "no such file or directory")


def load_path(path: str) -> Iterator[RawDocument | LoadError]:
    """Load one file (or stdin for ``-``)."""
    if path == "-":
        data = sys.stdin.buffer.read()
        kind, name = "text", "stdin"
        stripped = data.lstrip()
        if stripped.startswith(b"{"):
            kind = "jsonl"
        elif stripped[:15].lower().startswith((b"<!doctype", b"<html")):
            kind = "html"
    else:
        suffix = Path(path).suffix.lower()
        kind = SUPPORTED.get(suffix)
        name = Path(path).stem
        if kind is None:
            yield LoadError(
                path, f"unsupported file type {suffix or '(none)'}; use .txt, .html, .htm or .jsonl"
            )
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            yield LoadError(path, f"cannot read: {exc.strerror or exc}")
            return
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        yield LoadError(path, str(exc))
        return
    if not text.strip():
        yield LoadError(path, "file is empty")
        return
    if kind == "jsonl":
        yield from _load_jsonl(text, path)
    elif kind == "html":
        yield _load_html(text, path, name, encoding)
    else:
        yield _load_text(text, path, name, encoding)


# --- decoding ----------------------------------------------------------------------------------
def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes to text, returning ``(text, encoding)``; raise ValueError when unsure.

    UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they are; anything else is
    tried as a legacy Vietnamese encoding (Windows-1258, TCVN3, VNI) and accepted only when
    that is certain.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise ValueError("binary data (NUL bytes) and no UTF-16 byte-order mark: not a text file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_error = exc
    from thoisu.text.legacy import LegacyEncodingError, decode_legacy

    try:
        return decode_legacy(data)
    except LegacyEncodingError as exc:
        raise ValueError(
            f"not valid UTF-8 (byte 0x{data[first_error.start]:02x} at offset {first_error.start}) "
            f"and not certainly a legacy Vietnamese encoding: {exc}"
        ) from None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ValueError(f"invalid {encoding} at byte {exc.start}: {exc.reason}") from None


# --- plain text --------------------------------------------------------------------------------
_META_LINE = re.compile(r"^#\s*([A-Za-z_][\w-]*)\s*[=:]\s*(.*?)\s*$")


def _load_text(text: str, path: str, name: str, encoding: str) -> RawDocument:
    """Plain text; leading ``# key = value`` lines are metadata (doc_id, url, date, title)."""
    meta: dict[str, Any] = {"encoding": encoding}
    lines = text.split("\n")
    body_start = 0
    for i, line in enumerate(lines):
        m = _META_LINE.match(line.lstrip("\ufeff"))
        if not m:
            break
        meta[m.group(1).lower()] = m.group(2)
        body_start = i + 1
    body = "\n".join(lines[body_start:]) if body_start else text
    published = parse_published(meta.get("date") or meta.get("published"))
    return RawDocument(
        name=name,
        source=meta.get("url") or os.path.abspath(path) if path != "-" else meta.get("url", "stdin"),
        text=body,
        title=meta.get("title"),
        published=published,
        meta=meta,
    )


def parse_published(value: Any) -> str | None:
    """Parse a publication date from metadata into ISO (``2020-10-30`` or ``2020-10-30T11:21``)."""
    if value is None or value == "":
        return None
    s = str(value).strip()
    for fmt, out in (
        ("%Y%m%d", "%Y-%m-%d"),
        ("%Y-%m-%d", "%Y-%m-%d"),
        ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S"),
        ("%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M"),
        ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"),
        ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M"),
        ("%d/%m/%Y", "%Y-%m-%d"),
        ("%d/%m/%Y %H:%M", "%Y-%m-%dT%H:%M"),
        ("%H:%M %d/%m/%Y", "%Y-%m-%dT%H:%M"),
    ):
        try:
            return datetime.strptime(s, fmt).strftime(out)
        except ValueError:
            continue
    try:
        return (
            datetime.fromisoformat(s.replace("Z", "+00:00"))
            .replace(tzinfo=None)
            .isoformat(timespec="minutes")
        )
    except ValueError:
        return None


# --- JSONL -------------------------------------------------------------------------------------
def _load_jsonl(text: str, path: str) -> Iterator[RawDocument | LoadError]:
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(where, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(rec, dict):
            yield LoadError(where, "each line must be a JSON object with at least a 'text' field")
            continue
        body = rec.get("text")
        if not isinstance(body, str) or not body.strip():
            yield LoadError(where, "record has no non-empty 'text' string")
            continue
        name = str(rec.get("id") or f"{Path(path).stem}-{lineno}")
        published = parse_published(rec.get("published"))
        if rec.get("published") and published is None:
            yield LoadError(where, f"unreadable 'published' value {rec.get('published')!r}; use ISO 8601")
            continue
        yield RawDocument(
            name=name,
            source=str(rec.get("url") or where),
            text=body,
            title=rec.get("title"),
            published=published,
            meta={k: v for k, v in rec.items() if k not in {"text"}},
        )


# --- HTML --------------------------------------------------------------------------------------
def _load_html(text: str, path: str, name: str, encoding: str) -> RawDocument | LoadError:
    """Main text with trafilatura; title and date from its metadata (meta tags, JSON-LD)."""
    import trafilatura

    result = trafilatura.bare_extraction(
        text, include_comments=False, include_tables=False, with_metadata=True, favor_precision=True
    )
    body = getattr(result, "text", None) if result is not None else None
    if not body or not body.strip():
        return LoadError(path, "HTML page has no extractable main text")
    title = getattr(result, "title", None)
    date = getattr(result, "date", None)
    url = getattr(result, "url", None)
    return RawDocument(
        name=name,
        source=url or os.path.abspath(path),
        text=body,
        title=title,
        published=parse_published(date),
        meta={"encoding": encoding, "format": "html"},
    )
