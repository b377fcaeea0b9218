"""Small modules: no source file in bot/ or cogs/ grows past 400 lines (issue 16)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 400


def test_no_module_in_bot_or_cogs_is_over_the_limit() -> None:
    sizes = {
        path.relative_to(ROOT).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
        for folder in ("bot", "cogs")
        for path in (ROOT / folder).rglob("*.py")
    }
    assert sizes, "found no modules: is the test looking in the right place?"
    too_long = {name: lines for name, lines in sizes.items() if lines > LIMIT}
    assert not too_long, f"modules over {LIMIT} lines (split them by job): {too_long}"
