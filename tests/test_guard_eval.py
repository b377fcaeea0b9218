"""`loremaster eval guards` end to end, as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", "eval", "guards", *args],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )


@pytest.mark.parametrize("name", ["guards.jsonl", "guards_holdout.jsonl"])
def test_labeled_sets_meet_targets(name: str) -> None:
    result = run_cli(str(DATA / name), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert set(scores) == {"impersonation", "assistant_voice", "repetition"}
    for guard, s in scores.items():
        assert s["recall"] >= 0.95, (guard, s)
        assert s["false_alarm_rate"] <= 0.05, (guard, s)


def test_labeled_set_is_big_and_varied() -> None:
    cases = [json.loads(line) for line in (DATA / "guards.jsonl").read_text().splitlines()]
    assert len(cases) >= 150
    for label in ("impersonation", "assistant_voice", "repetition"):
        assert sum(label in c["labels"] for c in cases) >= 15
    assert all(2 <= len(c["players"]) <= 4 for c in cases)
    holdout = (DATA / "guards_holdout.jsonl").read_text().splitlines()
    assert len(holdout) >= 40


def test_table_output(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        json.dumps({"id": 1, "text": "Cy thinks about home.", "players": ["Cy", "Di"],
                    "labels": ["impersonation"], "extra": "ignored"}) + "\n"
        + json.dumps({"id": 2, "text": "The rain falls.", "players": ["Cy", "Di"],
                      "previous": [], "labels": []}) + "\n"
    )
    result = run_cli(str(cases))
    assert result.returncode == 0, result.stderr
    row = next(line for line in result.stdout.splitlines() if line.startswith("impersonation"))
    assert row.split()[1:] == ["1.000", "1.000", "0.000", "1", "0", "0", "1"]


def test_malformed_file_gives_one_clear_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "ok", "players": ["A", "B"], "labels": []}\n{oops\n')
    result = run_cli(str(bad), "--json")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert f"{bad}:2" in lines[0] and "JSON" in lines[0]
    assert result.stdout == ""


def test_unknown_label_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "labels.jsonl"
    bad.write_text('{"text": "x", "players": ["A", "B"], "labels": ["spelling"]}\n')
    result = run_cli(str(bad))
    assert result.returncode != 0 and "unknown label" in result.stderr
    missing = run_cli(str(tmp_path / "nope.jsonl"))
    assert missing.returncode != 0 and "cannot read" in missing.stderr


def _by_cases(tmp_path: Path) -> Path:
    cases = tmp_path / "by.jsonl"
    rows = [
        {"id": 1, "text": "Cy thinks about home.", "players": ["Cy", "Di"],
         "labels": ["impersonation"], "language": "en", "note": "inner_state"},
        {"id": 2, "text": "The rain falls.", "players": ["Cy", "Di"], "labels": [],
         "language": "en", "note": "clean"},
        {"id": 3, "text": "Cy sits down.", "players": ["Cy", "Di"],
         "labels": ["impersonation"], "language": "de", "note": "named_actor"},
        {"id": 4, "text": "Die Tür knarrt.", "players": ["Cy", "Di"], "labels": []},
    ]
    cases.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return cases


def test_by_language_json_keeps_schema_and_adds_groups(tmp_path: Path) -> None:
    result = run_cli(str(_by_cases(tmp_path)), "--json", "--by", "language")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    plain = json.loads(run_cli(str(_by_cases(tmp_path)), "--json").stdout)
    assert {k: v for k, v in payload.items() if k != "by"} == plain
    groups = payload["by"]["language"]
    assert set(groups) == {"en", "de", "?"}  # the case with no language is grouped under "?"
    assert set(groups["en"]) == {"impersonation", "assistant_voice", "repetition"}
    assert set(groups["en"]["impersonation"]) == {"precision", "recall", "false_alarm_rate"}
    assert groups["en"]["impersonation"]["recall"] == 1.0
    assert groups["?"]["impersonation"]["false_alarm_rate"] == 0.0


def test_by_note_table_prints_each_group_with_its_size(tmp_path: Path) -> None:
    result = run_cli(str(_by_cases(tmp_path)), "--by", "note")
    assert result.returncode == 0, result.stderr
    for header in ("note = inner_state (1 cases)", "note = clean (1 cases)",
                   "note = named_actor (1 cases)", "note = ? (1 cases)"):
        assert header in result.stdout
    block = result.stdout.split("note = clean (1 cases)")[1]
    row = next(line for line in block.splitlines() if line.startswith("impersonation"))
    assert row.split()[-4:] == ["0", "0", "0", "1"]
