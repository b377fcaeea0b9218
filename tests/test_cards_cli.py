"""`loremaster cards …` run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def _charx(tmp_path: Path, members: dict[str, bytes]) -> Path:
    """A .charx holding the narrator card and `members` as they are named."""
    from bot.cards.charx import write_charx

    path = tmp_path / "packed.charx"
    path.write_bytes(write_charx(json.loads(NARRATOR.read_text()), members))
    return path


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every path under `root` (hidden ones included) with a file's bytes."""
    if not root.exists():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes() if p.is_file() else None
        for p in sorted(root.rglob("*"))
    }


def _refused_alike(packed: Path, target: Path, reason: str) -> None:
    """`validate` and `import` refuse the archive with the same line; nothing is written."""
    checked = cli("validate", packed)
    assert checked.returncode == 1, checked.stdout
    assert reason in checked.stderr
    imported = cli("import", packed, "--into", target)
    assert imported.returncode == 1
    assert imported.stderr == checked.stderr
    assert _tree(target) == {}


def test_charx_with_a_file_and_a_folder_of_one_name_is_refused_whole(tmp_path: Path) -> None:
    packed = _charx(tmp_path, {"assets/x": b"file", "assets/x/y": b"inside"})
    _refused_alike(packed, tmp_path / "cards", "both a file and a folder")


@pytest.mark.parametrize(
    "member",
    ["../escape.txt", "assets/../../escape.txt", "/tmp/absolute.txt", "assets\\..\\x.txt",
     "C:x.txt", "C:/windows/x.txt", "assets/./x.txt", "assets//x.txt", "assets/ctl\x01.txt"],
)
def test_validate_refuses_every_archive_name_that_import_refuses(
    tmp_path: Path, member: str
) -> None:
    packed = _charx(tmp_path, {"assets/ok.txt": b"fine", member: b"payload"})
    _refused_alike(packed, tmp_path / "cards", "unsafe file name in the archive")
    assert not (tmp_path / "escape.txt").exists()


def test_a_failed_import_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    """The card JSON would be written first; the image then cannot be, as a folder
    holds its name: the earlier card JSON must stay as it was, nothing added."""
    png = tmp_path / "wren.png"
    assert cli("export", NARRATOR, "--format", "png", "-o", png).returncode == 0
    target = tmp_path / "cards"
    (target / "the_chronicler.png").mkdir(parents=True)
    (target / "the_chronicler.png" / "keep.txt").write_text("mine")
    (target / "the_chronicler.json").write_text("earlier import")
    before = _tree(target)
    result = cli("import", png, "--into", target)
    assert result.returncode == 1
    assert result.stderr.startswith(f"cannot write into {target}: ")
    assert _tree(target) == before


def test_reimporting_a_charx_replaces_its_assets_and_leaves_no_scratch(tmp_path: Path) -> None:
    target = tmp_path / "cards"
    first = _charx(tmp_path, {"assets/icon/old.png": b"old", "assets/x/y.txt": b"1"})
    assert cli("import", first, "--into", target).returncode == 0
    second = _charx(tmp_path, {"assets/icon/new.png": b"new"})
    result = cli("import", second, "--into", target)
    assert result.returncode == 0, result.stderr
    assets = "the_chronicler.assets"
    assert _tree(target) == {
        "the_chronicler.json": (target / "the_chronicler.json").read_bytes(),
        assets: None,
        f"{assets}/assets": None,
        f"{assets}/assets/icon": None,
        f"{assets}/assets/icon/new.png": b"new",
    }


def test_import_a_lorebook_into_its_folder(tmp_path: Path) -> None:
    world = tmp_path / "Ember Coast.json"
    world.write_text(json.dumps({"entries": {"0": {"uid": 0, "key": ["a"], "content": "b"}}}))
    target = tmp_path / "cards"
    result = cli("import", world, "--into", target)
    assert result.returncode == 0, result.stderr
    assert _tree(target) == {"lorebooks": None, "lorebooks/ember_coast.json": world.read_bytes()}
