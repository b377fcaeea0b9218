"""`loremaster cards …` run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NARRATOR = REPO / "cards" / "narrator.json"


def cli(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "cards", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_validate_a_good_card() -> None:
    result = cli("validate", NARRATOR)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok: card 'The Chronicler'")
    assert len(result.stdout.strip().splitlines()) == 1


def test_validate_a_lorebook(tmp_path: Path) -> None:
    world = tmp_path / "world.json"
    world.write_text(json.dumps({"entries": {"0": {"uid": 0, "key": ["a"], "content": "b"}}}))
    result = cli("validate", world)
    assert result.returncode == 0, result.stderr
    assert "1 entries" in result.stdout


def test_validate_a_bad_file_exits_1_with_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = cli("validate", bad)
    assert result.returncode == 1
    assert "truncated PNG" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_import_writes_normalized_json(tmp_path: Path) -> None:
    png = tmp_path / "wren.png"
    assert cli("export", NARRATOR, "--format", "png", "-o", png).returncode == 0
    result = cli("import", png, "--into", tmp_path / "cards")
    assert result.returncode == 0, result.stderr
    stored = tmp_path / "cards" / "the_chronicler.json"
    assert json.loads(stored.read_text()) == json.loads(NARRATOR.read_text())
    assert (tmp_path / "cards" / "the_chronicler.png").read_bytes() == png.read_bytes()


def test_import_of_a_bad_file_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"spec": "chara_card_v2", "data": {"name": 3}}')
    target = tmp_path / "cards"
    result = cli("import", bad, "--into", target)
    assert result.returncode == 1
    assert "wrong type" in result.stderr
    assert not target.exists()


def test_export_charx_then_validate(tmp_path: Path) -> None:
    out = tmp_path / "narrator.charx"
    assert cli("export", NARRATOR, "--format", "charx", "-o", out).returncode == 0
    result = cli("validate", out)
    assert result.returncode == 0, result.stderr
    assert "(charx)" in result.stdout
