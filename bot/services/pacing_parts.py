"""What pacing plugs into a turn: fairness and whose turn comes next in the prompt, and
moving pacing on once a round is narrated."""

from __future__ import annotations

from bot.engine.pacing import policy_for
from bot.engine.spotlight import advise, attention, brief_instruction
from bot.models import Post, PostKind
from bot.services.pacing_state import after_narration, snapshot_of_posts
from bot.services.secrets import SecretsContributor
from bot.services.steer import SteerContributor, SteerObserver
from bot.services.turns import (
    Contribution,
    NarrationObserver,
    PromptContributor,
    TurnContext,
)
from bot.store import Store

# How many recent narrations the fairness tally looks at.
FAIRNESS_WINDOW = 60


class SpotlightContributor:
    """Fairness (whom to bring forward, whom to keep brief) and, in modes with turns,
    whose turn comes after this narration."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def contribute(self, ctx: TurnContext) -> Contribution:
        contribution = Contribution()
        names = [ctx.names[p.player_id] for p in ctx.participants]
        narrations = await self.store.posts.recent_texts(
            ctx.scene.id, FAIRNESS_WINDOW, [PostKind.NARRATION, PostKind.GM_NARRATION]
        )
        advice = advise(attention(narrations, names))
        contribution.spotlight = advice.bring_forward
        brief = brief_instruction(advice)
        if brief:
            contribution.instructions.append(brief)
        policy = policy_for(ctx.scene.pacing_mode)
        seats = [p.player_id for p in ctx.participants]
        state = policy.state_from(snapshot_of_posts(ctx.scene, seats, ctx.round_posts))
        following = policy.holder(policy.after_narration(state, 0.0))
        if following is not None:
            contribution.next_player = ctx.names.get(following, following)
        return contribution


class SpotlightObserver:
    """After a round is narrated, pacing moves on (in spotlight, to the next seat)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    async def narrated(self, ctx: TurnContext, post: Post) -> None:
        await after_narration(self.store, ctx.scene.id, post, policy_for(ctx.scene.pacing_mode))


def pacing_contributors(store: Store) -> list[PromptContributor]:
    return [SecretsContributor(store), SpotlightContributor(store), SteerContributor(store)]


def pacing_observers(store: Store) -> list[NarrationObserver]:
    return [SteerObserver(store), SpotlightObserver(store)]
