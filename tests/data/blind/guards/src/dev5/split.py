"""Rebuild dev5a.jsonl and the dev5b split from the writers' sources, and check them.

    python tests/data/blind/guards/src/dev5/split.py

dev5b was split once: its cases grouped by `note`, each group in id order, assigned
alternately to tune and hold (first to tune), so both halves hold every category.
"""

from __future__ import annotations

import collections
import json
import pathlib
import runpy
import shutil
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parents[1]


def build(source: str, name: str) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(HERE / source, pathlib.Path(tmp) / "src.py")
        cwd = pathlib.Path.cwd()
        try:
            import os
            os.chdir(tmp)
            runpy.run_path(str(pathlib.Path(tmp) / "src.py"), run_name="__main__")
        finally:
            os.chdir(cwd)
        return (pathlib.Path(tmp) / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()


def split(lines: list[str]) -> tuple[list[str], list[str]]:
    groups: dict[str, list[str]] = collections.defaultdict(list)
    for line in lines:
        groups[json.loads(line)["note"]].append(line)
    tune, hold = [], []
    turn = 0
    for note in sorted(groups):
        for line in sorted(groups[note], key=lambda item: json.loads(item)["id"]):
            (tune if turn % 2 == 0 else hold).append(line)
            turn += 1
    by_id = lambda item: json.loads(item)["id"]  # noqa: E731
    return sorted(tune, key=by_id), sorted(hold, key=by_id)


def main() -> int:
    expected = {
        "dev5a.jsonl": build("dev5a_src.py", "dev5a"),
    }
    expected["dev5b-tune.jsonl"], expected["dev5b-hold.jsonl"] = split(
        build("dev5b_src.py", "dev5b"))
    bad = [name for name, lines in expected.items()
           if (DATA / name).read_text(encoding="utf-8").splitlines() != lines]
    print("mismatch: " + ", ".join(bad) if bad else "all three files rebuilt byte for byte")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
