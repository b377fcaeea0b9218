"""A scene waiting for a shared model is shown its place in line, then the notice goes."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from bot.llm.base import ChatMessage, LLMBackend, SamplingSettings, current_scope
from bot.llm.fair_queue import FairQueue
from tests.discord_fixtures import PLAYER_NAMES, Table


class QueuedBackend:
    """The local backend's fair queue in front of the loopback model (one slot)."""

    name = "queued"

    def __init__(self, inner: LLMBackend) -> None:
        self.inner = inner
        self.context_window = inner.context_window
        self.queue = FairQueue(1)

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        scope = current_scope.get()
        async with self.queue.slot(scope.guild, scope.channel, scope.on_queued):
            async for chunk in self.inner.stream(messages, sampling):
                yield chunk

    async def aclose(self) -> None:
        return None


async def test_a_queued_scene_sees_its_place_in_line(table: Table) -> None:
    table.openai.chunk_delay = 0.05  # the first scene holds the model for a while
    first, _ = await table.ready_scene()
    second, _ = await table.start_scene("Lighthouse stairs")
    await table.fake.wait_for(lambda: table.webhook_posts(second), what="the second opening")
    table.bot.scenes.backend = QueuedBackend(table.bot.scenes.backend)

    for channel in (first, second):
        for player in PLAYER_NAMES:
            await table.fake.user_says(channel.id, table.players[player].id,
                                       f"{player} lights a lamp.")
    notice = await table.fake.wait_for(
        lambda: next((m for m in table.fake.messages_in(second.id)
                      if "in line" in m.content), None),
        what="the place-in-line notice",
    )
    assert "#1 in line" in notice.content
    await table.wait_narrations(first, 1)
    await table.wait_narrations(second, 1)
    await table.fake.wait_for(lambda: notice.deleted or None, what="the notice removed")
    assert not any("in line" in m.content for m in table.fake.messages_in(first.id))
