"""JSON Lines files read for the command line: one object per line, and an error that
names the file and line of the first that isn't one."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def jsonl_objects(path: Path, error: type[ValueError]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(`file:line`, object) for each non-blank line, in order (so a caller's own check of
    one line comes before the next line is parsed); `error` for an unreadable file, a line
    that is not JSON, or one that is not a JSON object."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise error(f"{path}: cannot read: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{where}: not valid JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise error(f"{where}: expected a JSON object")
        yield where, record
