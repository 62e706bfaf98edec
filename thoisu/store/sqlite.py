"""SQLite backend: the embedded default store.

WAL journal so readers (the web page, ``thoisu search``) don't block an ingest; foreign keys
on; every batch inside ``BEGIN IMMEDIATE`` so a failure rolls back the whole batch.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from thoisu.store.base import Store, StoreError


class SQLiteStore(Store):
    dialect = "sqlite"
    placeholder = "?"

    def __init__(self, path: str):
        self.path = path
        super().__init__()

    def connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            if self.path != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a usable SQLite database ({exc})") from None
        return _AutoTx(conn)

    def begin(self, cur: Any) -> None:
        cur.execute("BEGIN IMMEDIATE")


class _AutoTx:
    """Wrap a connection in autocommit mode so BEGIN/COMMIT are explicit and predictable."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def cursor(self) -> sqlite3.Cursor:
        return self._conn.cursor()

    def commit(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")

    def rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def close(self) -> None:
        self._conn.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)
