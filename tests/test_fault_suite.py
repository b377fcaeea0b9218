"""Every fault the loopback server can play, met through the console and through Discord.

For one round the server misbehaves on every narration request; then it is well again.
Whatever the fault: nothing half-made is stored or left posted, the players read one
clear line (and, for a rate limit or a silent server, why the narrator waits, once),
nothing crashes, and `/retry` (`/scene resume` in Discord) narrates the round exactly
once. A narration cut at the token limit is kept up to its last full sentence, marked.
"""

from __future__ import annotations

import io
import logging
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.console.parsing import Seat
from bot.console.sink import ERASE_ROWS, TerminalSink, settled_rows, wrap_rows
from bot.console.table import Table as ConsoleTable
from bot.llm.factory import make_backend
from bot.llm.openai_compat import NOTICE_AFTER_S, OpenAICompatBackend
from bot.models import Post, PostKind
from bot.services.pacing import PacingService
from bot.services.scenes import SceneService
from bot.services.wiring import scene_service
from bot.store import NewSeat, Store
from tests.conftest import REPO
from tests.discord_fixtures import PLAYER_NAMES
from tests.discord_fixtures import Table as DiscordTable
from tests.fakediscord.state import FakeMessage
from tests.fakeopenai import FAULTS, NARRATIONS, FakeOpenAI
from tests.waiting import HANG_GUARD_S, within

# Short limits, so that each silent server costs about a second; the narrations that
# must succeed meanwhile come from loopback at once, far inside them.
TIMING: dict[str, Any] = {"first_byte_timeout": 1.5, "request_timeout": 1.5, "max_retries": 1}
RETRY_AFTER_S = 1.0  # the 429's Retry-After: long enough to be worth a notice
# Modes in which the players must hear that the narrator waits: why, and for how long.
ANNOUNCED = {
    "429": f"HTTP 429: fake 429; it is rate-limiting us; trying again in {RETRY_AFTER_S:.0f} s",
    "stall_before_headers":
        f"to start answering (giving up after {TIMING['first_byte_timeout']:g} s)",
}
NOTICE_AFTER_TEST_S = 0.3
# More than one failed round can use (scene attempts × backend tries): the fault
# lasts the whole round, and is cleared afterwards.
FAULTS_PER_ROUND = 12
CONSOLE_FAILED = "(the narrator is unavailable: "
CONSOLE_WAITING = "(the narrator is waiting: "
DISCORD_FAILED = "The narrator could not answer just now"
DISCORD_WAITING = "The narrator is waiting"


def arm(fake: FakeOpenAI, backend: object, mode: str) -> None:
    """Every narration request of the coming round meets `mode`."""
    fake.faults = [mode] * FAULTS_PER_ROUND
    fake.retry_after = RETRY_AFTER_S
    fake.stall_s = HANG_GUARD_S  # the fake ends its stalls when it stops
    backend = getattr(backend, "inner", backend)  # under the usage meter
    assert isinstance(backend, OpenAICompatBackend)
    # Only the announced modes wait long enough to be worth a notice; in the others a
    # notice would be noise, and the default threshold keeps it away.
    backend.notice_after = NOTICE_AFTER_TEST_S if mode in ANNOUNCED else NOTICE_AFTER_S


def disarm(fake: FakeOpenAI) -> None:
    fake.faults.clear()


def narrations(posts: list[Post]) -> list[Post]:
    return [p for p in posts if p.kind == PostKind.NARRATION]


def assert_cut_at_a_sentence(post: Post) -> None:
    """`length`: the half the server sent, kept up to its last full sentence, marked."""
    assert post.meta.get("cut_at_token_limit") is True, post.meta
    assert post.content.endswith((".", "!", "?")), post.content
    assert any(text.startswith(post.content) and text != post.content for text in NARRATIONS)


def no_traceback_logged(caplog: pytest.LogCaptureFixture) -> None:
    crashed = [r.getMessage() for r in caplog.records if r.exc_info]
    assert not crashed, f"logged with a traceback: {crashed}"


# -- the console --------------------------------------------------------------------------


@dataclass
class Console:
    service: SceneService
    table: ConsoleTable
    scene_id: int

    async def play(self, line: str) -> None:
        """Type one line and wait until the narration it started (if any) is over; a crash
        in the narration is raised here, as the play loop would."""
        await self.table.handle(line)
        await within(self.table.narration_done(), f"the narration after {line!r}")

    async def narrations(self) -> list[Post]:
        return narrations(await self.service.store.posts.of_scene(self.scene_id))


@pytest.fixture
async def console(fake_openai: FakeOpenAI, tmp_path: Path) -> AsyncIterator[Console]:
    """The console's table for one seat, Ana, with the opening shown: the play loop
    (`bot.console.play`) hands it each typed line, as this fixture's `play` does."""
    settings = Settings(_env_file=None, db=tmp_path / "loremaster.db",  # type: ignore[call-arg]
                        openai_base_url=fake_openai.base_url, cards_dir=REPO / "cards",
                        **TIMING)
    store = await Store.open(settings.db)
    backend = await make_backend(settings)
    service = scene_service(store, backend, settings, time.time)
    scene = await store.scenes.create_with_seats(
        campaign={"title": "Faults", "premise": "A storm coast.",
                  "narrator_card": settings.narrator_card, "settings": {}},
        seats=[NewSeat("console:Ana", "Ana", character_name="Ana")], now=time.time(),
        title="Faults",
    )
    await service.open_if_unopened(scene)
    table = ConsoleTable(service, PacingService(service), scene.id, [Seat("Ana", "Ana")],
                         live=False)
    try:
        yield Console(service, table, scene.id)
    finally:
        await table.stop_narration()
        await service.aclose()
        await backend.aclose()
        await store.close()


@pytest.mark.parametrize("mode", FAULTS)
async def test_console_fault_stores_nothing_and_retry_narrates(
    mode: str, console: Console, fake_openai: FakeOpenAI,
    capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture,
) -> None:
    arm(fake_openai, console.service.backend, mode)
    await console.play("Ana: I light the lamp.")
    out, err = capsys.readouterr()
    waits = [line for line in err.splitlines() if line.startswith(CONSOLE_WAITING)]
    if mode in ANNOUNCED:
        assert len([w for w in waits if ANNOUNCED[mode] in w]) == 1, err
    else:
        assert waits == [], err
    stored = await console.narrations()

    if mode == "length":
        (cut,) = stored
        assert_cut_at_a_sentence(cut)
        assert cut.content in out and CONSOLE_FAILED not in err
        disarm(fake_openai)
        await console.play("Ana: I wade in.")  # the next round
        assert [p.round_no for p in await console.narrations()] == [1, 2]
        assert (await console.narrations())[1].content in NARRATIONS
        no_traceback_logged(caplog)
        return

    assert stored == [], f"{mode}: stored {stored}"
    failed = [line for line in err.splitlines() if line.startswith(CONSOLE_FAILED)]
    assert len(failed) == 1, err
    assert "/retry" in failed[0]
    assert console.table.pending
    assert not any(text[:30] in out for text in NARRATIONS), "a failed narration was shown"

    disarm(fake_openai)
    await console.play("/retry")
    out, err = capsys.readouterr()
    (narration,) = await console.narrations()
    assert narration.round_no == 1 and narration.content in NARRATIONS
    assert narration.content in out and CONSOLE_FAILED not in err
    assert not console.table.pending
    no_traceback_logged(caplog)


# Faults a server shows once and then recovers from: the round retries them itself.
PASSING = ("early_end", "empty_stream", "html_200", "malformed_chunk", "error_event", "drop")


@pytest.mark.parametrize("mode", PASSING)
async def test_one_bad_attempt_is_retried_within_the_round(
    mode: str, console: Console, fake_openai: FakeOpenAI, capsys: pytest.CaptureFixture[str],
) -> None:
    arm(fake_openai, console.service.backend, mode)
    fake_openai.faults = [mode]  # this attempt only
    await console.play("Ana: I light the lamp.")
    _out, err = capsys.readouterr()
    (narration,) = await console.narrations()
    assert narration.round_no == 1 and narration.content in NARRATIONS
    assert CONSOLE_FAILED not in err and not console.table.pending


async def test_a_wait_after_a_failed_attempt_erases_its_rows_first(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On a terminal the sink counts the rows it drew to erase them: a wait line printed
    among them would be erased instead of the narration's top row, and that row left."""
    screen = io.StringIO()  # one stream, as on a terminal: the order is what shows
    monkeypatch.setattr(sys, "stdout", screen)
    monkeypatch.setattr(sys, "stderr", screen)
    sink = TerminalSink("The Chronicler", live=True, width=40)
    half = NARRATIONS[0][: len(NARRATIONS[0]) // 2]
    await sink.update(half)  # an attempt that broke off
    reason = "waiting for the server to start answering"
    sink.waiting(reason)
    sink.waiting(reason)  # the next try waits for the same reason: said once
    await sink.update(NARRATIONS[1])
    await sink.finish(NARRATIONS[1])

    drawn = settled_rows(half, 40)
    assert drawn, "the broken attempt drew no rows: nothing to erase"
    assert screen.getvalue() == (
        "\n— The Chronicler —\n"
        + "".join(row + "\n" for row in drawn)
        + ERASE_ROWS.format(len(drawn))
        + f"(the narrator is waiting: {reason})\n"
        + "".join(row + "\n" for row in wrap_rows(NARRATIONS[1], 40))
        + "\n"
    )


# -- Discord --------------------------------------------------------------------------------


@pytest.fixture
def bot_overrides() -> dict[str, Any]:
    return dict(TIMING)


def notices(table: DiscordTable, channel_id: int, text: str) -> list[FakeMessage]:
    """The bot's own messages (not the narrator's) holding `text`, deleted ones included."""
    return [m for m in table.fake.messages_in(channel_id, include_deleted=True)
            if m.webhook_id is None and any(text in said for said in [m.content, *m.history])]


async def stored_narrations(table: DiscordTable, scene_id: int) -> list[Post]:
    return narrations(await table.store.posts.of_scene(scene_id))


@pytest.mark.parametrize("mode", FAULTS)
async def test_discord_fault_posts_nothing_and_resume_narrates(
    mode: str, table: DiscordTable, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    channel, scene = await table.ready_scene()
    (opening,) = table.webhook_posts(channel)
    arm(table.openai, table.bot.services.scenes.backend, mode)
    for player in PLAYER_NAMES:
        await table.fake.user_says(channel.id, table.players[player].id, "I light a lamp.")

    if mode == "length":
        (cut_post,) = await table.wait_narrations(channel, 1)
        (cut,) = await stored_narrations(table, scene.id)
        assert_cut_at_a_sentence(cut)
        assert cut_post.content == cut.content
        disarm(table.openai)
        for player in PLAYER_NAMES:  # the next round
            await table.fake.user_says(channel.id, table.players[player].id, "I wade in.")
        await table.wait_narrations(channel, 2)
        assert [p.round_no for p in await stored_narrations(table, scene.id)] == [1, 2]
        assert notices(table, channel.id, DISCORD_FAILED) == []
        no_traceback_logged(caplog)
        return

    await table.fake.wait_for(lambda: notices(table, channel.id, DISCORD_FAILED),
                              what=f"the failure notice ({mode})")
    await table.settle()
    waits = notices(table, channel.id, DISCORD_WAITING)
    if mode in ANNOUNCED:
        (wait,) = waits
        assert ANNOUNCED[mode] in " ".join(wait.history)
        assert table.openai.base_url not in " ".join(wait.history)  # no server address
        assert wait.allowed_mentions is not None and wait.allowed_mentions.get("parse") == []
        assert wait.deleted, "the wait notice outlived the narration"
    else:
        assert waits == []
    assert len(notices(table, channel.id, DISCORD_FAILED)) == 1
    assert table.webhook_posts(channel) == [opening], "a failed narration is still posted"
    assert await stored_narrations(table, scene.id) == []

    disarm(table.openai)
    reply = await table.slash(table.admin, "scene resume", channel)
    assert "Retrying" in reply.content, reply.content
    (posted,) = await table.wait_narrations(channel, 1)
    (narration,) = await stored_narrations(table, scene.id)
    assert narration.round_no == 1 and narration.content in NARRATIONS
    assert posted.content == narration.content
    assert len(notices(table, channel.id, DISCORD_FAILED)) == 1
    no_traceback_logged(caplog)
