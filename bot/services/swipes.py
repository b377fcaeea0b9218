"""Players choose: with the campaign's `player_swipes` on, seated players may ask for
another version of the last narration (a few times a round), browse the versions, and
vote for the one that stays canon.

Everything lives in the narration post's meta, changed one statement at a time:
`alternatives` (every version), `swipes_used`, `vote_open`, `votes` (player → version),
`gm_vote`, `shown` and `vote_deadline`. While a vote is open the next round is not
narrated (`holds`); the chosen version becomes the post's content, so the next prompt
carries it alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.campaign_settings import settings_of
from bot.engine.votes import Ballot, decide
from bot.models import Post, Scene
from bot.services.gm import Actor, GmError, GmService, NotAGm, is_gm
from bot.services.scenes import NarrationSink

SWIPES_ON = "player_swipes"
SWIPES_LIMIT = "player_swipe_limit"
DEFAULT_LIMIT = 2
DEFAULT_VOTE_S = 120.0


@dataclass(frozen=True)
class SwipeSettings:
    on: bool = False
    limit: int = DEFAULT_LIMIT


@dataclass(frozen=True)
class VoteState:
    post: Post
    chosen: int | None  # set once the vote is settled


def versions_of(post: Post) -> list[str]:
    return list(post.meta.get("alternatives") or [post.content])


def shown_of(post: Post) -> int:
    return int(post.meta.get("shown", post.meta.get("chosen", len(versions_of(post)) - 1)))


class SwipeService:
    def __init__(self, gm: GmService) -> None:
        self.gm = gm
        self.store = gm.store
        self._making: set[int] = set()  # scenes with a player's new version on its way

    async def settings(self, campaign_id: int) -> SwipeSettings:
        typed = settings_of(await self.store.campaigns.get(campaign_id))
        return SwipeSettings(on=typed.player_swipes, limit=typed.player_swipe_limit)

    async def configure(
        self, campaign_id: int, actor: Actor, *, on: bool, limit: int | None = None
    ) -> SwipeSettings:
        await self.gm.require_gm(campaign_id, actor)
        if limit is not None and not 0 <= limit <= 10:
            raise GmError("the limit is a number from 0 to 10")
        changes: dict[str, bool | int] = {SWIPES_ON: on}
        if limit is not None:
            changes[SWIPES_LIMIT] = limit
        await self.store.campaigns.patch_settings(campaign_id, changes)
        await self.gm.audit(campaign_id, None, actor, "swipes", on=on, limit=limit)
        return await self.settings(campaign_id)

    async def current(self, scene_id: int, message_id: int) -> tuple[Scene, Post]:
        """The scene and its last narration, if that is still the message's narration."""
        scene = await self.store.scenes.get(scene_id)
        last = await self.store.canon.last_narration(scene_id)
        if last is None or last.discord_message_id != message_id:
            raise GmError("the story has moved on; that narration is settled")
        return scene, last

    async def _seated(self, scene: Scene) -> set[str]:
        return {p.player_id for p in await self.store.seats.of_scene(scene.id)}

    async def may_regenerate(
        self, scene_id: int, message_id: int, actor: Actor
    ) -> tuple[Scene, Post, int]:
        """Refuse (NotAGm / GmError) unless `actor` may swipe now; the versions used."""
        scene, last = await self.current(scene_id, message_id)
        settings = await self.settings(scene.campaign_id)
        if not settings.on:
            raise NotAGm("players' regenerate is off in this campaign")
        if actor.id not in await self._seated(scene):
            raise NotAGm("only players seated in this scene can do that")
        used = int(last.meta.get("swipes_used", 0))
        if used >= settings.limit:
            raise GmError(f"this round's {settings.limit} new versions are used up")
        return scene, last, used

    async def regenerate(
        self, scene_id: int, message_id: int, actor: Actor, sink: NarrationSink
    ) -> Post:
        """A seated player's new version; opens (or reopens) the vote."""
        scene, last, used = await self.may_regenerate(scene_id, message_id, actor)
        if scene_id in self._making:  # two at once would retract each other's version
            raise GmError("a new version is already on its way")
        self._making.add(scene_id)
        try:
            fresh = await self.gm.new_version(scene, actor, sink, "player_regenerate")
        finally:
            self._making.discard(scene_id)
        versions = versions_of(fresh)
        deadline = scene.settings.round_deadline or DEFAULT_VOTE_S
        await self.store.posts.set_message(fresh.id, message_id)
        merged = await self.store.posts.merge_meta(fresh.id, {
            "swipes_used": used + 1, "vote_open": 1, "votes": {}, "shown": len(versions) - 1,
            "vote_deadline": self.gm.now() + deadline,
            "swipe_message": last.meta.get("swipe_message"),
        })
        return merged or fresh

    async def browse(self, scene_id: int, message_id: int, index: int) -> Post:
        """Show version `index` (canon changes only by the vote)."""
        _scene, last = await self.current(scene_id, message_id)
        if not 0 <= index < len(versions_of(last)):
            raise GmError(f"there is no version {index + 1}")
        return await self.store.posts.merge_meta(last.id, {"shown": index}) or last

    async def vote(self, scene_id: int, message_id: int, actor: Actor, index: int) -> VoteState:
        scene, last = await self.current(scene_id, message_id)
        if not 0 <= index < len(versions_of(last)):
            raise GmError(f"there is no version {index + 1}")
        campaign = await self.store.campaigns.get(scene.campaign_id)
        seated = await self._seated(scene)
        if actor.id in seated:
            voted = await self.store.posts.cast_vote(last.id, actor.id, index)
        elif is_gm(campaign, actor):
            voted = await self.store.posts.merge_meta(last.id, {"gm_vote": index}) \
                if last.meta.get("vote_open") else None
        else:
            raise NotAGm("only players seated in this scene can vote")
        if voted is None:
            raise GmError("there is no vote open on that narration")
        return await self._settle(voted, seated, deadline_passed=False)

    async def holds(self, scene: Scene) -> bool:
        """Whether an open vote holds the next narration back (settling it when due)."""
        last = await self.open_vote(scene.id)
        if last is None:
            return False
        due = self.gm.now() >= float(last.meta.get("vote_deadline", 0))
        state = await self._settle(last, await self._seated(scene), deadline_passed=due)
        return state.chosen is None

    async def open_vote(self, scene_id: int) -> Post | None:
        last = await self.store.canon.last_narration(scene_id)
        return last if last is not None and last.meta.get("vote_open") else None

    async def _settle(self, post: Post, seated: set[str], *, deadline_passed: bool) -> VoteState:
        gm_vote = post.meta.get("gm_vote")
        ballot = Ballot(
            votes={str(k): int(v) for k, v in (post.meta.get("votes") or {}).items()},
            seated=seated, versions=len(versions_of(post)), shown=shown_of(post),
            gm_vote=int(gm_vote) if gm_vote is not None else None,
        )
        chosen = decide(ballot, deadline_passed=deadline_passed)
        if chosen is None:
            return VoteState(post, None)
        settled = await self.store.posts.settle_vote(post.id, chosen, self.gm.now())
        if settled is None:  # settled by someone else meanwhile
            settled = await self.store.posts.get(post.id)
            chosen = int(settled.meta.get("chosen", chosen))
        return VoteState(settled, chosen)
