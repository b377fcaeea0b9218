"""A wheel carries every data file the code reads: the guards' word lists and the
migrations ship beside the modules, and a non-editable install must find them."""

from __future__ import annotations

import fnmatch
import subprocess
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _tracked_data_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "bot"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if listed.returncode == 0 and listed.stdout.strip():
        names = listed.stdout.split()
    else:  # not a git checkout (an unpacked sdist): the files on disk
        names = [p.relative_to(ROOT).as_posix() for p in (ROOT / "bot").rglob("*") if p.is_file()]
    return [n for n in names if not n.endswith((".py", ".pyc")) and "__pycache__" not in n]


def test_every_data_file_under_bot_is_declared_as_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["bot"]
    data = _tracked_data_files()
    assert data, "found no data files under bot/: is the test looking in the right place?"
    undeclared = [
        name for name in data
        if not any(fnmatch.fnmatch(name.removeprefix("bot/"), pattern) for pattern in patterns)
    ]
    assert not undeclared, f"add these to [tool.setuptools.package-data] bot: {undeclared}"
