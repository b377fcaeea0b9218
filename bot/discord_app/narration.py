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

import discord

from bot.discord_app.narrator import NarratorChannel, NarratorVoice
from bot.discord_app.opening import Openings
from bot.discord_app.queue_notice import NarrationStatus
from bot.discord_app.review import ReviewDesk
from bot.discord_app.roll_buttons import show_roll_requests
from bot.discord_app.swipes import SwipeDesk
from bot.discord_app.xcard import XCardDesk
from bot.llm.base import LLMError, RequestScope, current_scope
from bot.models import Campaign, Scene, SceneStatus
from bot.services.npcs import NpcService
from bot.services.pacing import PacingService
from bot.services.review import review_settings
from bot.services.scenes import SceneService
from bot.services.turns import NarrationHeld
from bot.services.usage import OncePer, QuotaReached
from bot.store import Store

log = logging.getLogger(__name__)

UNKNOWN_WEBHOOK = 10015
STUMBLED = ("The narrator stumbled (the error is in the bot's log). Every action is saved; "
            "a GM can retry with `/scene resume`.")


class NarrationRunner:
    def __init__(
        self,
        scenes: SceneService,
        pacing: PacingService,
        store: Store,
        narrator: NarratorChannel,
        desk: ReviewDesk,
        openings: Openings,
        npcs: NpcService,
        *,
        swipes: SwipeDesk | None = None,
        xcard: XCardDesk | None = None,
    ) -> None:
        self.swipes = swipes  # players' versions: an open vote holds the next round
        self.xcard = xcard  # the X-card button on each narration
        self.scenes = scenes
        self.npcs = npcs  # who, besides the narrator, gets a post of their own
        self.pacing = pacing  # whether a round is ready, in every mode
        self.store = store
        self.narrator = narrator
        self.desk = desk  # drafts and held narrations wait for a GM
        self.openings = openings
        self.accepting = True
        self._tasks: dict[int, asyncio.Task[bool]] = {}
        self._look_again: set[int] = set()  # scenes asked for while their narration ran
        self._swept: set[int] = set()  # scenes checked for posts orphaned by a crash
        self._quota_notices = OncePer()  # a scene hears of a used-up quota once a period

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
        for scene in await self.store.scenes.with_status(SceneStatus.ACTIVE):
            if scene.channel_id is not None:
                await self._finish_opening(scene)
                self.request(scene.id)

    async def _finish_opening(self, scene: Scene) -> None:
        """A `/scene start` that died after seating the scene left it without an opening,
        or with one stored but never shown: store it if need be, then show it."""
        try:
            await self.openings.show(scene, cut_short=True)
        except Exception:  # one scene's opening must not keep the others waiting
            log.exception("opening failed: scene=%d", scene.id)

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
                scene = await self.store.scenes.get(scene_id)
                if scene.status != SceneStatus.ACTIVE or scene.channel_id is None:
                    return True
                if self.swipes is not None and await self.swipes.holds(scene):
                    return True  # the players still vote on the last narration's version
                if not await self.pacing.round_ready(scene):
                    await self.store.streaming.clear(scene.id)  # they are stored posts now
                    return True
                if not await self._narrate(scene):
                    return False
            return True
        except asyncio.CancelledError:
            raise
        except Exception:  # one scene's failure must not stop the bot
            log.exception("narration failed: scene=%d", scene_id)
            scene = await self.store.scenes.get(scene_id)
            channel = await self.narrator.text_channel(scene.channel_id or 0)
            if channel is not None:
                await self.narrator.notice(channel, STUMBLED)
            return False

    async def _narrate(self, scene: Scene) -> bool:
        assert scene.channel_id is not None
        channel = await self.narrator.text_channel(scene.channel_id)
        if channel is None:
            log.warning("scene %d: channel %s is gone", scene.id, scene.channel_id)
            return False
        # The turn's one read of the campaign and its card, passed down from here.
        campaign = await self.store.campaigns.get(scene.campaign_id)
        voice = await self.narrator.voice(campaign)
        # A shared local model queues scenes fairly by guild and channel; a waiting
        # scene is shown its place in line, and a slow or rate-limiting server why.
        status = NarrationStatus(channel)
        scope = current_scope.set(RequestScope(
            str(channel.guild.id), str(channel.id),
            on_queued=status.place_in_line, on_wait=status.waiting,
        ))
        try:
            return await self._narrate_into(scene, channel, campaign, voice)
        finally:
            current_scope.reset(scope)
            await status.clear()

    async def _narrate_into(
        self, scene: Scene, channel: discord.TextChannel, campaign: Campaign,
        voice: NarratorVoice,
    ) -> bool:
        review = review_settings(campaign)
        try:
            webhook = await self.narrator.webhook_for(channel, voice.avatar)
            # Under the lock: a GM's approval may be posting this round right now, and its
            # posts are recorded as drafts until it is stored; they are not ours to withdraw.
            async with self.scenes.lock(scene.id):
                if not await self.pacing.round_ready(await self.store.scenes.get(scene.id)):
                    await self.store.streaming.clear(scene.id)  # they are stored posts now
                    return False
                await self._withdraw_drafts(scene, webhook, channel)
            if review.on and review.channel_id is not None:
                await self.desk.draft_for_review(scene, review.channel_id)
                return False  # the round waits for a GM's approval
            cast = await self.npcs.cast(campaign)
            sink = await self.narrator.narration_sink(scene, channel, voice, cast)
            post = await self.scenes.narrate(scene, sink)
            await show_roll_requests(channel, post)  # the rolls it asks for, as buttons
            if sink.message_ids and post.discord_message_id == sink.message_ids[0]:
                # NPC posts and continuations: a retcon or a new version removes them too.
                await self.store.post_parts.set(sink.message_ids[0], sink.message_ids[1:])
            if self.xcard is not None:
                await self.xcard.attach(scene, post)
            if self.swipes is not None:
                await self.swipes.attach(scene, post, channel)
        except LLMError as exc:
            log.warning("scene %d: the backend failed: %s", scene.id, exc)
            await self.narrator.notice(channel, "The narrator could not answer just now. Every "
                                       "action is saved; a GM can retry with `/scene resume`.")
            return False
        except QuotaReached as exc:
            log.info("scene %d: quota reached (%s)", scene.id, exc.period)
            if self._quota_notices.first(scene.id, exc.period):
                await self.narrator.notice(channel, str(exc))
            return False
        except NarrationHeld as exc:
            log.warning("scene %d: narration held: %s", scene.id, exc)
            await self.desk.hold(scene, exc, channel, review.channel_id)
            return False
        except discord.Forbidden:
            await self.narrator.notice(channel, "I need the Manage Webhooks permission in this "
                                       "channel to narrate.")
            return False
        except discord.NotFound as exc:
            if exc.code != UNKNOWN_WEBHOOK:
                raise
            await self.narrator.forget_webhook(channel.id)  # deleted by someone
            return True  # the loop tries again with a new webhook
        await self.store.streaming.clear(scene.id)
        return True

    async def _withdraw_drafts(
        self, scene: Scene, webhook: discord.Webhook, channel: discord.TextChannel
    ) -> None:
        for draft in await self.store.streaming.of_scene(scene.id):
            with contextlib.suppress(discord.NotFound):
                await webhook.delete_message(draft.message_id)
        await self.store.streaming.clear(scene.id)
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
        posts = await self.store.posts.of_scene(scene.id, include_deleted=True)
        known = {p.discord_message_id for p in posts if p.discord_message_id is not None}
        if not known:
            return
        async for message in channel.history(after=discord.Object(max(known)), limit=20):
            if message.webhook_id == webhook.id and message.id not in known:
                with contextlib.suppress(discord.NotFound):
                    await webhook.delete_message(message.id)
