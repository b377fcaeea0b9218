"""Running narrations in Discord: one at a time per scene, restart-safe, drained on shutdown.

Nothing is posted twice: each post of a narration being streamed is recorded
as a draft the moment it exists. The narration itself is stored (and the
round closed) only once complete, so after a crash a round that is still
ready has its drafts withdrawn before it is narrated again, and a round that
closed keeps its posts (the drafts were the real thing).

With draft review on, or when a check holds a narration back, the text goes to
the GMs' review channel instead and waits for approval (`bot.discord_app.review`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from typing import TYPE_CHECKING

import discord

from bot.discord_app.queue_notice import NarrationStatus
from bot.discord_app.review import ReviewDesk
from bot.discord_app.sink import NO_MENTIONS, WebhookSink
from bot.discord_app.splitting import split_message
from bot.llm.base import LLMError, RequestScope, current_scope
from bot.models import Campaign, Scene, SceneStatus
from bot.services.campaigns import Avatar, narrator_avatar_async
from bot.services.persona import narrator_card_async
from bot.services.review import review_settings
from bot.services.turns import NarrationHeld

if TYPE_CHECKING:
    from bot.discord_app.client import LoremasterBot

log = logging.getLogger(__name__)

RECENT_POSTS_SEARCHED = 50  # an opening cut short is among the channel's latest posts

WEBHOOK_NAME = "Loremaster narrator"
UNKNOWN_WEBHOOK = 10015
STUMBLED = ("The narrator stumbled (the error is in the bot's log). Every action is saved; "
            "a GM can retry with `/scene resume`.")


def webhook_username(name: str) -> str:
    """Discord refuses webhook names containing "discord" or "clyde", and over 80 chars."""
    cleaned = re.sub(r"(?i)discord|clyde", lambda m: m.group(0)[0] + "\u200b" + m.group(0)[1:],
                     name).strip()
    return (cleaned or "Narrator")[:80]


class NarrationRunner:
    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self.accepting = True
        self._tasks: dict[int, asyncio.Task[bool]] = {}
        self._look_again: set[int] = set()  # scenes asked for while their narration ran
        self._swept: set[int] = set()  # scenes checked for posts orphaned by a crash
        self.review = ReviewDesk(bot, self)  # drafts and held narrations wait for a GM

    @property
    def in_flight(self) -> int:
        return sum(1 for t in self._tasks.values() if not t.done())

    def request(self, scene_id: int) -> None:
        """Narrate the scene's round if it is ready (now, or after the running narration)."""
        if not self.accepting:
            return
        running = self._tasks.get(scene_id)
        if running is not None and not running.done():
            # One more look afterwards answers every request made meanwhile.
            if scene_id not in self._look_again:
                self._look_again.add(scene_id)
                running.add_done_callback(lambda task: self._after(scene_id, task))
            return
        self._tasks[scene_id] = asyncio.create_task(
            self._run(scene_id), name=f"narrate-scene-{scene_id}"
        )

    def _after(self, scene_id: int, finished: asyncio.Task[bool]) -> None:
        self._look_again.discard(scene_id)
        # A round left unnarrated (the backend failed, a GM must look) was asked for by
        # those requests too: trying it again at once would fail and say so again.
        if not finished.cancelled() and finished.exception() is None and finished.result():
            self.request(scene_id)

    async def catch_up(self) -> None:
        """After a (re)start: finish openings cut short, and narrate every round that
        became ready while we were away."""
        for scene in await self.bot.store.scenes.with_status(SceneStatus.ACTIVE):
            if scene.channel_id is not None:
                await self._finish_opening(scene)
                self.request(scene.id)

    async def _finish_opening(self, scene: Scene) -> None:
        """A `/scene start` that died after seating the scene left it without an opening,
        or with one stored but never shown: store it if need be, then show it."""
        try:
            # Under the scene's lock: an opening being shown right now is not "never shown".
            async with self.bot.scenes.lock(scene.id):
                await self.bot.scenes.open_if_unopened(scene)
                opening = await self.bot.store.canon.opening(scene.id)
                if opening is None or opening.discord_message_id is not None:
                    return
                channel = await self.text_channel(scene.channel_id or 0)
                if channel is None:
                    return
                shown = await self._shown_already(channel, opening.content)
                if shown is None:
                    campaign = await self.bot.store.campaigns.get(scene.campaign_id)
                    ids = await self.post_as_narrator(channel, campaign.narrator_card,
                                                      opening.content)
                    shown = ids[0]
                await self.bot.store.posts.set_message(opening.id, shown)
        except Exception:  # one scene's opening must not keep the others waiting
            log.exception("opening failed: scene=%d", scene.id)

    async def _shown_already(self, channel: discord.TextChannel, text: str) -> int | None:
        """The id of our recent webhook post that begins with `text`: a process killed
        between posting and recording it left it there."""
        first = split_message(text.strip() or "…")[0]
        try:
            async for message in channel.history(limit=RECENT_POSTS_SEARCHED):
                if message.webhook_id is not None and message.content == first:
                    return message.id
        except discord.HTTPException:  # no Read Message History: post it (rarely twice)
            log.warning("cannot read the history of channel %d", channel.id)
        return None

    async def drain(self, timeout_s: float) -> None:
        """Stop starting narrations; let running ones finish within `timeout_s`, then cancel
        (a cancelled one withdraws its partial post and stores nothing)."""
        self.accepting = False
        pending = [t for t in self._tasks.values() if not t.done()]
        if not pending:
            return
        log.info("waiting for %d narration(s) to finish", len(pending))
        _done, late = await asyncio.wait(pending, timeout=timeout_s)
        for task in late:
            task.cancel()
        if late:
            await asyncio.wait(late, timeout=5)

    async def _run(self, scene_id: int) -> bool:
        """Narrate while a round is ready; False when one is left unnarrated."""
        try:
            while self.accepting:
                scene = await self.bot.store.scenes.get(scene_id)
                if scene.status != SceneStatus.ACTIVE or scene.channel_id is None:
                    return True
                if not await self.bot.scenes.round_ready(scene):
                    await self.bot.store.streaming.clear(scene.id)  # they are stored posts now
                    return True
                if not await self._narrate(scene):
                    return False
            return True
        except asyncio.CancelledError:
            raise
        except Exception:  # one scene's failure must not stop the bot
            log.exception("narration failed: scene=%d", scene_id)
            scene = await self.bot.store.scenes.get(scene_id)
            channel = await self.text_channel(scene.channel_id or 0)
            if channel is not None:
                await self.notice(channel, STUMBLED)
            return False

    async def _narrate(self, scene: Scene) -> bool:
        assert scene.channel_id is not None
        channel = await self.text_channel(scene.channel_id)
        if channel is None:
            log.warning("scene %d: channel %s is gone", scene.id, scene.channel_id)
            return False
        campaign = await self.bot.store.campaigns.get(scene.campaign_id)
        avatar = await narrator_avatar_async(self.bot.settings.card_shelf, campaign.narrator_card)
        # A shared local model queues scenes fairly by guild and channel; a waiting
        # scene is shown its place in line, and a slow or rate-limiting server why.
        status = NarrationStatus(channel)
        scope = current_scope.set(RequestScope(
            str(channel.guild.id), str(channel.id),
            on_queued=status.place_in_line, on_wait=status.waiting,
        ))
        try:
            return await self._narrate_into(scene, channel, campaign, avatar)
        finally:
            current_scope.reset(scope)
            await status.clear()

    async def _narrate_into(
        self, scene: Scene, channel: discord.TextChannel, campaign: Campaign, avatar: Avatar
    ) -> bool:
        try:
            webhook = await self.webhook_for(channel, avatar)
            # Under the lock: a GM's approval may be posting this round right now, and its
            # posts are recorded as drafts until it is stored; they are not ours to withdraw.
            async with self.bot.scenes.lock(scene.id):
                if not await self.bot.scenes.round_ready(await self.bot.store.scenes.get(scene.id)):
                    await self.bot.store.streaming.clear(scene.id)  # they are stored posts now
                    return False
                await self._withdraw_drafts(scene, webhook, channel)
            review = review_settings(campaign)
            if review.on and review.channel_id is not None:
                await self.review.draft_for_review(scene, review.channel_id)
                return False  # the round waits for a GM's approval
            await self.bot.scenes.narrate(scene, await self.narrator_sink(scene, channel))
        except LLMError as exc:
            log.warning("scene %d: the backend failed: %s", scene.id, exc)
            await self.notice(channel, "The narrator could not answer just now. Every action "
                               "is saved; a GM can retry with `/scene resume`.")
            return False
        except NarrationHeld as exc:
            log.warning("scene %d: narration held: %s", scene.id, exc)
            await self.review.hold(scene, exc, channel)
            return False
        except discord.Forbidden:
            await self.notice(channel, "I need the Manage Webhooks permission in this channel "
                               "to narrate.")
            return False
        except discord.NotFound as exc:
            if exc.code != UNKNOWN_WEBHOOK:
                raise
            await self.bot.store.webhooks.forget(channel.id)  # deleted by someone
            return True  # the loop tries again with a new webhook
        await self.bot.store.streaming.clear(scene.id)
        return True

    async def narrator_sink(self, scene: Scene, channel: discord.TextChannel) -> WebhookSink:
        """A sink posting as the narrator in the scene's channel; each post is recorded
        as a draft the moment it exists (withdrawn if the narration is never stored)."""
        campaign = await self.bot.store.campaigns.get(scene.campaign_id)
        cards_dir = self.bot.settings.card_shelf
        card = await narrator_card_async(cards_dir, campaign.narrator_card)
        avatar = await narrator_avatar_async(cards_dir, campaign.narrator_card)
        return WebhookSink(
            webhook=await self.webhook_for(channel, avatar),
            channel=channel,
            username=webhook_username(card.data.nickname or card.data.name),
            avatar_url=avatar.url,
            on_posted=lambda part, message_id: self.bot.store.streaming.add(
                scene_id=scene.id, round_no=scene.round_no, part=part,
                channel_id=channel.id, message_id=message_id, now=self.bot.clock(),
            ),
            min_interval=self.bot.settings.stream_edit_interval,
        )

    async def _withdraw_drafts(
        self, scene: Scene, webhook: discord.Webhook, channel: discord.TextChannel
    ) -> None:
        for draft in await self.bot.store.streaming.of_scene(scene.id):
            with contextlib.suppress(discord.NotFound):
                await webhook.delete_message(draft.message_id)
        await self.bot.store.streaming.clear(scene.id)
        if scene.id not in self._swept:
            self._swept.add(scene.id)
            await self._withdraw_orphans(scene, webhook, channel)

    async def _withdraw_orphans(
        self, scene: Scene, webhook: discord.Webhook, channel: discord.TextChannel
    ) -> None:
        """Once per scene per process: a crash between Discord creating a post and the
        draft being recorded leaves a post no row names; the channel history still does."""
        if not channel.permissions_for(channel.guild.me).read_message_history:
            return
        posts = await self.bot.store.posts.of_scene(scene.id, include_deleted=True)
        known = {p.discord_message_id for p in posts if p.discord_message_id is not None}
        if not known:
            return
        async for message in channel.history(after=discord.Object(max(known)), limit=20):
            if message.webhook_id == webhook.id and message.id not in known:
                with contextlib.suppress(discord.NotFound):
                    await webhook.delete_message(message.id)

    async def webhook_for(self, channel: discord.TextChannel, avatar: Avatar) -> discord.Webhook:
        """The channel's narrator webhook, created (with the card's image) on first use."""
        known = await self.bot.store.webhooks.get(channel.id)
        if known is not None:
            return discord.Webhook.partial(known[0], known[1], client=self.bot)
        webhook = await channel.create_webhook(
            name=WEBHOOK_NAME, avatar=avatar.image, reason="Loremaster narrator"
        )
        assert webhook.token is not None
        await self.bot.store.webhooks.set(
            channel.id, webhook.id, webhook.token, self.bot.clock()
        )
        return webhook

    async def replace_webhook(self, channel: discord.TextChannel, avatar: Avatar) -> None:
        """A new narrator card: recreate the webhook so its avatar is the card's image."""
        known = await self.bot.store.webhooks.get(channel.id)
        if known is not None:
            old = discord.Webhook.partial(
                known[0], known[1], client=self.bot, bot_token=self.bot.http.token
            )
            with contextlib.suppress(discord.NotFound):
                await old.delete(reason="new narrator card")
            await self.bot.store.webhooks.forget(channel.id)
        await self.webhook_for(channel, avatar)

    async def post_as_narrator(
        self, channel: discord.TextChannel, narrator_card_name: str, text: str
    ) -> list[int]:
        """Post a finished text (the opening) under the narrator's name; the message ids."""
        cards_dir = self.bot.settings.card_shelf
        card = await narrator_card_async(cards_dir, narrator_card_name)
        avatar = await narrator_avatar_async(cards_dir, narrator_card_name)
        webhook = await self.webhook_for(channel, avatar)
        ids = []
        for piece in split_message(text.strip() or "…"):
            message = await webhook.send(
                piece, username=webhook_username(card.data.nickname or card.data.name),
                avatar_url=avatar.url or discord.utils.MISSING,
                allowed_mentions=NO_MENTIONS, wait=True,
            )
            ids.append(message.id)
        return ids

    async def text_channel(self, channel_id: int) -> discord.TextChannel | None:
        channel = self.bot.get_channel(channel_id)
        if channel is None:
            with contextlib.suppress(discord.NotFound, discord.Forbidden):
                fetched = await self.bot.fetch_channel(channel_id)
                channel = fetched
        return channel if isinstance(channel, discord.TextChannel) else None

    async def notice(self, channel: discord.TextChannel, text: str) -> None:
        with contextlib.suppress(discord.HTTPException):
            await channel.send(text, allowed_mentions=NO_MENTIONS)
