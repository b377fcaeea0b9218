"""SwipeService on real SQLite and the real OpenAI client against the loopback fake:
the vote lives in the narration's meta, so a restarted process settles it at its
deadline; a GM who is not seated breaks a tie."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.services.gm import Actor, NotAGm
from bot.services.swipes import DEFAULT_VOTE_S
from bot.services.wiring import build_services
from bot.store import Store
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, Table, settings, table
from tests.test_gm import ADMIN, Narrator, play_round

MESSAGE = 4242
ANA, BO = Actor("ana", "Ana"), Actor("bo", "Bo")


@pytest.fixture
async def narrator_fake() -> AsyncIterator[tuple[FakeOpenAI, Narrator]]:
    narrator = Narrator()
    fake = await FakeOpenAI(reply=narrator).start()
    yield fake, narrator
    await fake.stop()


async def two_versions(t: Table, narrator: Narrator) -> list[str]:
    await t.services.swipes.configure(t.scene.campaign_id, ADMIN, on=True)
    narrator.next_text += ["The quay lamps burn green tonight.", "Rain hammers the quay."]
    await play_round(t)
    last = await t.store.canon.last_narration(t.scene.id)
    assert last is not None
    await t.store.posts.set_message(last.id, MESSAGE)
    fresh = await t.services.swipes.regenerate(t.scene.id, MESSAGE, ANA, RecordingSink())
    assert fresh.meta["vote_open"] and fresh.discord_message_id == MESSAGE
    return list(fresh.meta["alternatives"])


async def test_a_restarted_process_settles_the_vote_at_its_deadline(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    fake, narrator = narrator_fake
    async with table(db_path, fake) as t:
        versions = await two_versions(t, narrator)
        # One vote of two for the first version: no majority yet; the second is shown.
        state = await t.services.swipes.vote(t.scene.id, MESSAGE, ANA, 0)
        assert state.chosen is None
        with pytest.raises(NotAGm):
            await t.services.swipes.vote(t.scene.id, MESSAGE, Actor("zed", "Zed"), 1)
        t.clock.advance(DEFAULT_VOTE_S - 1)
        assert await t.services.swipes.holds(await t.fresh_scene())
        t.clock.advance(2)
        # Another process over the same file: the vote is in the post's meta.
        store = await Store.open(db_path)
        try:
            again = build_services(store, t.backend, settings(), t.clock).swipes
            assert not await again.holds(await store.scenes.get(t.scene.id))
            settled = await store.canon.last_narration(t.scene.id)
        finally:
            await store.close()
    assert settled is not None and settled.content == versions[0]
    assert settled.meta["alternatives"] == versions and settled.meta["chosen"] == 0


async def test_a_tie_waits_for_the_gm_whose_vote_breaks_it(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    fake, narrator = narrator_fake
    async with table(db_path, fake) as t:
        versions = await two_versions(t, narrator)
        swipes = t.services.swipes
        assert (await swipes.vote(t.scene.id, MESSAGE, ANA, 0)).chosen is None
        assert (await swipes.vote(t.scene.id, MESSAGE, BO, 1)).chosen is None
        assert await swipes.holds(await t.fresh_scene())
        state = await swipes.vote(t.scene.id, MESSAGE, ADMIN, 0)
        assert state.chosen == 0 and state.post.content == versions[0]
        assert not await swipes.holds(await t.fresh_scene())


async def test_a_gm_pick_settles_the_players_vote(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator]
) -> None:
    fake, narrator = narrator_fake
    async with table(db_path, fake) as t:
        versions = await two_versions(t, narrator)
        assert await t.services.swipes.holds(await t.fresh_scene())
        last = await t.store.canon.last_narration(t.scene.id)
        assert last is not None
        picked = await t.services.gm.pick(last.id, ADMIN, 0)
        assert picked.content == versions[0]
        assert not await t.services.swipes.holds(await t.fresh_scene())
