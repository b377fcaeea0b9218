"""A misbehaving server met by `loremaster play` itself, in a real terminal (under tmux)
and piped: the players read why the narrator waits and why it failed, each once (above
the line being typed, with no log warning saying it again), and the round is narrated
afterwards."""

from __future__ import annotations

from pathlib import Path

from bot.console.play import EXIT_PENDING
from bot.llm.openai_compat import NOTICE_AFTER_S
from tests.fakeopenai import NARRATIONS, FakeOpenAI
from tests.test_console_terminal import (  # noqa: F401  (the tmux fixture)
    Terminal,
    flat,
    play_env,
    posts,
    terminal,
)
from tests.test_play_e2e import posts as played_posts
from tests.test_play_e2e import run_play

FAILED = "type /retry to try again"


def lines_with(screen: str, text: str) -> list[str]:
    return [line for line in screen.splitlines() if text in line]


def last_line(screen: str) -> str:
    return [line for line in screen.splitlines() if line.strip()][-1].rstrip()


async def test_waits_and_failures_are_said_once_above_the_prompt(
    terminal: Terminal, fake_openai: FakeOpenAI, tmp_path: Path  # noqa: F811
) -> None:
    db = tmp_path / "game.db"
    await terminal.start(play_env(fake_openai, db), "--players", "Ana", width=250)
    await terminal.wait_for_text("waiting for Ana]>")

    # A rate limit: the subprocess keeps the default notice threshold, so a Retry-After
    # just past it; two tries (LOREMASTER_MAX_RETRIES=1), then the round fails.
    retry_after = NOTICE_AFTER_S + 0.4
    fake_openai.faults, fake_openai.retry_after = ["429"] * 2, retry_after
    await terminal.type("Ana: I light the lamp.")
    await terminal.type("Ana: I wait", enter=False)  # typed while the narrator waits
    screen = await terminal.wait_for_text(FAILED)
    (wait,) = lines_with(screen, "the narrator is waiting")
    assert "HTTP 429" in wait and f"trying again in {retry_after:.0f} s" in wait
    assert len(lines_with(screen, "HTTP 429")) == 2, screen  # the wait, then the failure
    named = [line for line in lines_with(screen, fake_openai.base_url)
             if not line.startswith("(narrating with")]  # the start-up line names it too
    assert len(named) == 2, screen
    assert last_line(screen).endswith("]> Ana: I wait"), screen
    for _ in "Ana: I wait":
        await terminal.key("BSpace")

    # A stream that stops early, three attempts: one line for all of them.
    fake_openai.faults = ["early_end"] * 3
    await terminal.type("/retry")
    screen = await terminal.wait_for("the second failure",
                                     lambda s: len(lines_with(s, FAILED)) == 2)
    assert len(lines_with(screen, "ended before the narration did")) == 1, screen
    said_again = [line for line in lines_with(screen, "(warning:") if fake_openai.base_url in line]
    assert said_again == [], screen
    assert posts(db, "narration") == []

    await terminal.type("/retry")
    screen = await terminal.wait_for_text("[round 2 · waiting for Ana]>")
    (narration,) = posts(db, "narration")
    assert narration[1] in NARRATIONS and flat(screen).count(flat(narration[1])) == 1
    assert len(lines_with(screen, FAILED)) == 2


async def test_piped_play_says_one_line_and_resume_narrates(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    """An error event mid-stream crashed `loremaster play` with a traceback (so did a
    malformed chunk; both are played in process in test_fault_suite.py): the scripted mode
    ends saying the round waits, and `--resume` narrates it."""
    fake_openai.faults = ["error_event"] * 3  # every attempt of the round
    code, out, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana",
                                    stdin="Ana: I light the lamp.\n")
    assert code == EXIT_PENDING, err
    assert "Traceback" not in out + err
    (failed,) = lines_with(err, FAILED)
    assert "fake overload mid-stream" in failed  # what the server said
    assert played_posts(db_path, "narration") == []

    fake_openai.faults.clear()
    code, out, err = await run_play(fake_openai.base_url, db_path, "--resume")
    assert code == 0, err
    ((round_no, _, text),) = played_posts(db_path, "narration")
    assert round_no == 1 and text in NARRATIONS and text in out
