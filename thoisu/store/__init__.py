"""The store: one interface, SQLite by default (PostgreSQL behind the same methods).

>>> from thoisu.store import open_store
>>> store = open_store(":memory:")
>>> store.stats()["documents"]
0
"""

from __future__ import annotations

import os

from thoisu.store.base import AmbiguousDocument, DocumentNotFound, Store, StoreError
from thoisu.store.sqlite import SQLiteStore

DEFAULT_DB = "thoisu.db"


def resolve_db(path: str | None) -> str:
    """``--db`` first, then ``THOISU_DB``, then ``./thoisu.db``."""
    return path or os.environ.get("THOISU_DB") or DEFAULT_DB


def open_store(path: str | None = None) -> Store:
    target = resolve_db(path)
    if target.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL stores are not available in this version; use a SQLite file path")
    return SQLiteStore(target)


__all__ = ["AmbiguousDocument", "DocumentNotFound", "Store", "StoreError", "open_store", "resolve_db"]
