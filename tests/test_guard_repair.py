"""Repair before regenerate: the offending sentences go, every other sentence stays,
and players see one post; an unrepairable draft is regenerated with a steering note."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from bot.engine.guards import GuardContext, check_narration
from bot.engine.guards.text import sentences
from tests.fakeopenai import FakeOpenAI
from tests.test_play_e2e import run_play

GOOD = [
    "Rain needles the harbour lanterns as the tide turns.",
    "The dockmaster squints at the newcomers, lantern raised, and the gulls go quiet.",
    "Somewhere below the pier, a bell tolls twice.",
    "A rope creaks against the bollard where the skiff is tied.",
]
OFFENDING = "Bo grabs the dockmaster by the collar and demands the ledger."
CLOSER = "Let me know if you want me to continue the story!"


def test_repair_keeps_every_sentence_that_did_not_offend() -> None:
    text = " ".join([GOOD[0], GOOD[1], OFFENDING, GOOD[2], GOOD[3]]) + "\n\n" + CLOSER
    report = check_narration(text, GuardContext(["Ana", "Bo", "Cy"],
                                                declared_actions={"Ana": "I look around."}))
    assert report.failed_guards() == {"impersonation", "assistant_voice"}
    assert report.trimmed is not None
    kept = [s.text for s in sentences(report.trimmed)]
    assert kept == GOOD  # every good sentence, verbatim and in order; nothing else
    assert [(c.guard, c.text) for c in report.cuts] == [
        ("impersonation", OFFENDING), ("assistant_voice", CLOSER)]
    assert all(c.reason for c in report.cuts)


def test_repair_takes_the_pronoun_that_carries_the_cut_character_on() -> None:
    text = " ".join([GOOD[0], GOOD[1], OFFENDING, "Then he slams him against a crate.",
                     GOOD[2], GOOD[3]])
    report = check_narration(text, GuardContext(["Ana", "Bo", "Cy"]))
    assert report.trimmed is not None
    assert [s.text for s in sentences(report.trimmed)] == GOOD
    assert [c.text for c in report.cuts] == [OFFENDING, "Then he slams him against a crate."]


def test_nothing_left_to_keep_means_no_repair() -> None:
    text = f"{GOOD[0]} {OFFENDING} Bo then kicks the door in and tells everyone to run."
    assert check_narration(text, GuardContext(["Ana", "Bo", "Cy"])).trimmed is None


def _narration_posts(db: Path) -> list[tuple[str, dict[str, object]]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT content, meta FROM posts WHERE kind = 'narration' ORDER BY seq").fetchall()
    return [(content, json.loads(meta)) for content, meta in rows]


def _is_narration(request: dict[str, object]) -> bool:
    return "game master of a multiplayer" in str(request.get("messages"))


async def test_players_see_one_repaired_post_and_the_log_says_what_was_cut(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    draft = " ".join([GOOD[0], GOOD[1], OFFENDING, GOOD[2], GOOD[3]])
    fake_openai.reply = lambda request: draft if _is_narration(request) else "{}"
    code, out, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo",
                                    stdin="Ana: I look around.\nBo: I wait.\n")
    assert code == 0, err
    assert len(fake_openai.narration_requests()) == 1  # repaired, not regenerated
    repaired = " ".join(GOOD)
    assert out.count(GOOD[0]) == 1 and out.count(GOOD[3]) == 1
    assert OFFENDING not in out and "[revised]" not in out
    [(content, meta)] = _narration_posts(db_path)
    assert content == repaired
    assert meta["guard_repairs"] == [
        {"guard": "impersonation", "reason": "acts for Bo", "cut": OFFENDING}]


async def test_an_unrepairable_draft_is_regenerated_with_a_note_naming_the_character(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    bad = f"{OFFENDING} Bo then kicks the door in and tells everyone to run."
    replies = iter([bad, " ".join(GOOD)])
    fake_openai.reply = lambda request: next(replies) if _is_narration(request) else "{}"
    code, out, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo",
                                    stdin="Ana: I look around.\nBo: I wait.\n")
    assert code == 0, err
    requests = fake_openai.narration_requests()
    assert len(requests) == 2
    first, second = (str(r["messages"][-1]["content"]) for r in requests)  # type: ignore[index]
    assert "spoke or acted for Bo" not in first
    assert "spoke or acted for Bo" in second
    assert [content for content, _ in _narration_posts(db_path)] == [" ".join(GOOD)]
    assert bad not in out
