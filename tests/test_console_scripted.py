"""`loremaster play` with stdin and stdout piped (the scripted mode): what the terminal
findings changed there, and what they must not."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import REPO
from tests.fakeopenai import NARRATIONS, FakeOpenAI
from tests.test_play_e2e import ROUND_1, posts, run_play


def _is_narration(request: dict[str, object]) -> bool:
    return "game master of a multiplayer" in str(request.get("messages"))


async def test_a_revised_narration_is_printed_once(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    replies = iter([NARRATIONS[0], NARRATIONS[0], NARRATIONS[2]])  # round 2 repeats round 1
    fake_openai.reply = lambda request: next(replies) if _is_narration(request) else "{}"
    code, out, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana",
                                    stdin="Ana: I look around.\nAna: I look again.\n")
    assert code == 0, err
    assert len(fake_openai.narration_requests()) == 3  # the repetition guard asked again
    assert out.count(NARRATIONS[0]) == 1 and out.count(NARRATIONS[2]) == 1
    assert "[revised]" not in out
    assert [p[2] for p in posts(db_path, "narration")] == [NARRATIONS[0], NARRATIONS[2]]


async def test_bare_table_talk_is_stored_and_kept_from_the_narrator(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    code, _, err = await run_play(
        fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy",
        stdin="((snacks are here))\n// is this rated PG?\n" + ROUND_1)
    assert code == 0, err
    assert "who is speaking" not in err
    assert [(p[1], p[2]) for p in posts(db_path, "ooc")] == [
        ("table", "((snacks are here))"), ("table", "// is this rated PG?")]
    prompt = fake_openai.narration_text(0)
    assert "snacks" not in prompt and "rated PG" not in prompt


async def test_an_unseated_name_is_named(fake_openai: FakeOpenAI, db_path: Path) -> None:
    code, _, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy",
                                  stdin="Zed: I sneak in.\n/help\nAna: /help\n" + ROUND_1)
    assert code == 0, err
    assert "Zed is not seated (Ana, Bo, Cy)" in err
    assert "who is speaking" not in err
    assert "(Ana: /pass and /roll are the only commands after a name" in err
    assert [p[2] for p in posts(db_path, "action")] == [
        "I raise the lantern toward the wreck.", "I check the ropes.", "I whistle at the gulls."]


async def test_an_action_over_the_limit_is_refused_with_the_numbers(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    from bot.engine.limits import MAX_ACTION_CHARS

    action = "I shout " * 2500  # 20,000 characters
    code, _, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana",
                                  stdin=f"Ana: {action}\nAna: I shout once.\n")
    assert code == 0, err
    refusal = [line for line in err.splitlines() if "limit" in line]
    assert len(refusal) == 1
    assert f"{len(action.strip())} characters" in refusal[0]
    assert str(MAX_ACTION_CHARS) in refusal[0]
    assert [p[2] for p in posts(db_path, "action")] == ["I shout once."]


async def test_resume_with_other_players_says_they_are_ignored(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    code, _, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy",
                                  stdin=ROUND_1)
    assert code == 0, err
    code, _, err = await run_play(fake_openai.base_url, db_path, "--resume",
                                  "--players", "Ana,Dee")
    assert code == 0, err
    assert ("scene 1 is seated with Ana, Bo, Cy; --players ignored (start a new scene "
            "without --resume to change seats)") in err
    code, _, err = await run_play(fake_openai.base_url, db_path, "--resume",
                                  "--players", "Cy,Ana,Bo")
    assert code == 0, err
    assert "ignored" not in err  # the same seats: nothing to say


async def test_a_card_outside_the_cards_directory_is_imported(
    fake_openai: FakeOpenAI, db_path: Path, tmp_path: Path
) -> None:
    cards = tmp_path / "cards"
    shutil.copytree(REPO / "cards", cards)
    raw = json.loads((REPO / "cards" / "narrator.json").read_text())
    raw["data"]["name"] = "The Wanderer"
    downloaded = tmp_path / "downloads" / "wanderer-card.json"
    downloaded.parent.mkdir()
    downloaded.write_text(json.dumps(raw))

    code, _, err = await run_play(
        fake_openai.base_url, db_path, "--players", "Ana", "--card", str(downloaded),
        stdin="Ana: I bow.\n", extra_env={"LOREMASTER_CARDS_DIR": str(cards)})
    assert code == 0, err
    assert f"loremaster cards import {downloaded}" in err
    assert "--card the_wanderer.json" in err
    assert (cards / "the_wanderer.json").is_file()
    assert "The Wanderer" in fake_openai.narration_text(0)


async def test_scripted_logs_go_to_the_file_too(fake_openai: FakeOpenAI, db_path: Path) -> None:
    code, out, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana",
                                    stdin="Ana: I bow.\n")
    assert code == 0, err
    assert "narration stored" in (db_path.parent / "loremaster.log").read_text()
    assert "Name: action" not in out + err  # the hint is for a terminal, not a script
