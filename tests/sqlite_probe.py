"""Looking at a SQLite file from outside the process under test."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def write_lock_held(db_path: Path) -> bool:
    """Whether some connection holds the database's write lock right now (no waiting)."""
    db = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        db.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc):
            raise
        return True
    finally:
        db.close()
