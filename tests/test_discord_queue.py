"""A scene waiting for a shared model is shown its place in line, then the notice goes."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Sequence

from bot.llm.base import LLMBackend, RequestScope, SamplingSettings, current_scope
from bot.llm.fair_queue import FairQueue
from bot.models import ChatMessage
from tests.discord_fixtures import PLAYER_NAMES, Table
from tests.fakediscord.state import FakeMessage
from tests.waiting import within


class QueuedBackend:
    """The local backend's fair queue in front of the loopback model (one slot).

    The first narration to get the slot keeps it until another narration has
    queued behind it, so some scene always waits, whichever one asked first.
    """

    name = "queued"

    def __init__(self, inner: LLMBackend) -> None:
        self.inner = inner
        self.context_window = inner.context_window
        self.queue = FairQueue(1)
        self.someone_queued = asyncio.Event()
        self.holding_for_a_queue = True

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        scope = current_scope.get()
        async with self.queue.slot(scope.guild, scope.channel, self._heard(scope)):
            if self.holding_for_a_queue:
                self.holding_for_a_queue = False
                await within(self.someone_queued.wait(),
                             "a second narration to queue behind the first")
            async for chunk in self.inner.stream(messages, sampling):
                yield chunk

    def _heard(self, scope: RequestScope) -> Callable[[int], None]:
        def on_queued(place: int) -> None:
            self.someone_queued.set()
            if scope.on_queued is not None:
                scope.on_queued(place)

        return on_queued

    async def aclose(self) -> None:
        return None


def place_notices(table: Table, channel_id: int) -> list[FakeMessage]:
    """Place-in-line notices ever posted in a channel, deleted ones included."""
    return [
        m for m in table.fake.messages_in(channel_id, include_deleted=True)
        if "in line" in m.content
    ]


async def test_a_queued_scene_sees_its_place_in_line(table: Table) -> None:
    first, _ = await table.ready_scene()
    second, _ = await table.start_scene("Lighthouse stairs")
    await table.fake.wait_for(lambda: table.webhook_posts(second), what="the second opening")
    table.bot.services.scenes.backend = QueuedBackend(table.bot.services.scenes.backend)

    for channel in (first, second):
        for player in PLAYER_NAMES:
            await table.fake.user_says(channel.id, table.players[player].id,
                                       f"{player} lights a lamp.")
    # Whichever scene asked for the model second is the one that waits.
    notice = await table.fake.wait_for(
        lambda: next(iter(place_notices(table, first.id) + place_notices(table, second.id)),
                     None),
        what="a place-in-line notice in either scene",
    )
    waiting, served = (first, second) if notice.channel_id == first.id else (second, first)
    assert "#1 in line" in notice.content
    await table.wait_narrations(served, 1)
    await table.wait_narrations(waiting, 1)
    await table.fake.wait_for(lambda: notice.deleted or None, what="the notice removed")
    assert place_notices(table, waiting.id) == [notice]
    assert place_notices(table, served.id) == [], "the scene served first was told to wait"
