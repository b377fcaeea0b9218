"""`loremaster run` as a process: token errors, a kill mid-round, SIGTERM mid-narration."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.models import PostKind
from bot.store import Store
from tests.conftest import REPO, cli_command, cli_env
from tests.discord_fixtures import PLAYER_NAMES, BotProcess, Table
from tests.fakediscord import FakeDiscord, FakeMessage
from tests.fakeopenai import FakeOpenAI
from tests.waiting import eventually, within

LONG_NARRATION = " ".join(
    f"Wave {n} breaks over the mole and the lanterns gutter." for n in range(1, 13)
)


async def _run_cli(env: dict[str, str]) -> tuple[int, list[str]]:
    process = await asyncio.create_subprocess_exec(
        *cli_command("run"), env=env, cwd=REPO,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    _out, err = await within(process.communicate(), "`loremaster run` to exit")
    assert process.returncode is not None
    return process.returncode, err.decode().strip().splitlines()


async def test_run_without_a_token_says_so_in_one_line(tmp_path: Path) -> None:
    env = cli_env(LOREMASTER_DB=str(tmp_path / "x.db"))
    env.pop("DISCORD_TOKEN", None)
    code, lines = await _run_cli(env)
    assert code == 2
    assert lines == ["loremaster: DISCORD_TOKEN is not set; put the bot token in the "
                     "environment or .env"]


async def test_run_with_a_bad_token_says_so_in_one_line(
    fake_discord: FakeDiscord, tmp_path: Path
) -> None:
    env = cli_env(**fake_discord.env(), LOREMASTER_DB=str(tmp_path / "x.db"))
    env.pop("DISCORD_TOKEN", None)
    env["LOREMASTER_DISCORD_TOKEN"] = "not.the.token"
    code, lines = await _run_cli(env)
    assert code == 2
    assert lines == ["loremaster: Discord rejected the bot token (DISCORD_TOKEN): check it in "
                     "the Developer Portal"]
    assert fake_discord.calls_to("GET", r"^/users/@me$")[0].status == 401


@pytest.fixture
async def process_table(
    fake_discord: FakeDiscord, fake_openai: FakeOpenAI, tmp_path: Path
) -> AsyncIterator[tuple[Table, BotProcess]]:
    """A table whose bot is a subprocess; `Table.bot` is unused, `Table.store` reads the DB."""
    fake = fake_discord
    admin = fake.create_user("gm_gwen", global_name="Gwen")
    guild = fake.create_guild("Realm", owner=admin)
    lobby = fake.create_channel(guild.id, "lobby")
    players = {}
    for name in PLAYER_NAMES:
        players[name] = fake.create_user(name, global_name=name.title())
        fake.add_member(guild.id, players[name])
    bot = BotProcess(fake, fake_openai, tmp_path)
    await bot.start()
    store = await Store.open(bot.db)
    table = Table(fake, fake_openai, None, store, guild, admin, players, lobby,  # type: ignore[arg-type]
                  None)  # type: ignore[arg-type]
    try:
        yield table, bot
    finally:
        await bot.stop()
        await store.close()


async def _posts_stored(table: Table, scene_id: int, kind: PostKind, count: int) -> None:
    async def enough() -> bool:
        posts = await table.store.posts.of_scene(scene_id)
        return sum(1 for p in posts if p.kind == kind) >= count

    await eventually(enough, f"{count} {kind} post(s) stored in scene {scene_id}")


async def test_a_kill_mid_round_loses_no_action_and_posts_nothing_twice(
    process_table: tuple[Table, BotProcess],
) -> None:
    table, bot = process_table
    fake = table.fake
    channel, scene = await table.ready_scene()
    alice, bob, cy = (table.players[p].id for p in PLAYER_NAMES)
    await fake.user_says(channel.id, alice, "I bar the door.")
    await fake.user_says(channel.id, bob, "I count the coins.")
    await _posts_stored(table, scene.id, PostKind.ACTION, 2)
    await bot.kill()
    await bot.start()
    await fake.user_says(channel.id, cy, "I blow out the candle.")
    await _posts_stored(table, scene.id, PostKind.NARRATION, 1)
    (prompt,) = table.narration_prompts()
    for action in ("I bar the door.", "I count the coins.", "I blow out the candle."):
        assert action in prompt
    assert len(table.narration_prompts()) == 1
    try:
        await fake.wait_for(lambda: len(table.webhook_posts(channel)) == 2, what="the narration")
    except TimeoutError:
        shown = [m.content[:60] for m in table.webhook_posts(channel)]
        raise AssertionError(f"webhook posts: {shown}") from None

    async def round_settled() -> bool:  # the runner's last step clears the round's drafts
        return not await table.store.streaming.of_scene(scene.id)

    await eventually(round_settled, "the narrated round's drafts cleared")
    assert len(table.webhook_posts(channel)) == 2  # one opening, one narration


async def test_a_kill_mid_narration_withdraws_the_draft_on_restart(
    process_table: tuple[Table, BotProcess],
) -> None:
    table, bot = process_table
    fake = table.fake
    table.openai.reply = lambda _request: LONG_NARRATION
    table.openai.chunk_delay = 0.05
    channel, scene = await table.ready_scene()
    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, "I brace for the wave.")

    def streaming() -> FakeMessage | None:
        posts = table.webhook_posts(channel)
        return posts[1] if len(posts) == 2 else None

    draft = await fake.wait_for(streaming, what="a narration being streamed")
    await bot.kill()
    assert draft.content != LONG_NARRATION  # killed mid-stream
    table.openai.chunk_delay = 0.0
    await bot.start()
    await _posts_stored(table, scene.id, PostKind.NARRATION, 1)
    await fake.wait_for(lambda: fake.state.messages[draft.id].deleted, what="the draft withdrawn")
    posts = table.webhook_posts(channel)
    assert [m.content for m in posts[1:]] == [LONG_NARRATION]
    stored = await table.store.posts.of_scene(scene.id)
    narrations = [p for p in stored if p.kind == PostKind.NARRATION]
    assert len(narrations) == 1 and narrations[0].discord_message_id == posts[1].id


async def test_sigterm_mid_narration_finishes_and_stores_it(
    process_table: tuple[Table, BotProcess],
) -> None:
    table, bot = process_table
    fake = table.fake
    table.openai.reply = lambda _request: LONG_NARRATION
    table.openai.chunk_delay = 0.04
    channel, scene = await table.ready_scene()
    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, "I brace for the wave.")
    await fake.wait_for(lambda: len(table.webhook_posts(channel)) == 2, what="streaming")
    assert await bot.terminate() == 0
    (narration,) = table.webhook_posts(channel)[1:]
    assert narration.content == LONG_NARRATION
    stored = [p for p in await table.store.posts.of_scene(scene.id) if p.kind == PostKind.NARRATION]
    assert [p.content for p in stored] == [LONG_NARRATION]
    assert await table.store.streaming.of_scene(scene.id) == []
