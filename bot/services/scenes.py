"""Playing a scene: actions in, narrations out, everything stored first.

Order of durability: a player's post is written before anything reacts to it;
a narration is written only once complete, in the same transaction that opens
the next round. A crash therefore loses neither, and never stores half a
narration as canon: on restart the round is simply still waiting for its
narration.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from bot.engine.narrator import Action, render_round, standing_rules, turn_instruction
from bot.engine.pacing import Acted, Decision, Passed, RoundsPolicy, RoundState
from bot.engine.prompt import Budgets, HistoryItem, PromptInputs, assemble
from bot.engine.window import next_window_start
from bot.llm.base import ChatMessage, LLMBackend, SamplingSettings
from bot.models import (
    NARRATOR_KINDS,
    STORY_KINDS,
    Campaign,
    Participant,
    Post,
    PostKind,
    Scene,
)
from bot.services.persona import card_sampling, narrator_card, persona_from_card
from bot.store import Store

log = logging.getLogger(__name__)

# Most posts a prompt's history can hold; bounds the read on a scene of any length.
MAX_WINDOW_POSTS = 400


class NarrationSink(Protocol):
    """Where a narration streams to (a Discord message, the terminal, a test)."""

    async def update(self, text: str) -> None:
        """The whole text so far."""

    async def finish(self, text: str) -> int | None:
        """The final text; returns the Discord message id, if any."""

    async def abort(self) -> None:
        """Generation failed or was cancelled: withdraw anything partial."""


@dataclass(frozen=True)
class ActionOutcome:
    post: Post | None
    decision: Decision
    round_ready: bool


@dataclass(frozen=True)
class TurnPrompt:
    messages: list[ChatMessage]
    sampling: SamplingSettings
    round_no: int


class SceneService:
    def __init__(
        self,
        store: Store,
        backend: LLMBackend,
        *,
        cards_dir: Path,
        clock: Callable[[], float],
        budgets: Budgets | None = None,
    ) -> None:
        self.store = store
        self.backend = backend
        self.cards_dir = cards_dir
        self.clock = clock
        self.budgets = budgets or Budgets()
        self.policy = RoundsPolicy()
        self._locks: dict[int, asyncio.Lock] = {}

    def lock(self, scene_id: int) -> asyncio.Lock:
        """One narration at a time per scene."""
        return self._locks.setdefault(scene_id, asyncio.Lock())

    # -- starting ------------------------------------------------------------

    async def opening_text(self, campaign: Campaign, players: Sequence[str]) -> str:
        card = narrator_card(self.cards_dir, campaign.narrator_card)
        data = card.data
        greetings = data.group_only_greetings if len(players) > 1 else []
        text = (greetings[0] if greetings else "") or data.first_mes or campaign.premise
        party = ", ".join(players) if players else "the party"
        return text.replace("{{char}}", data.nickname or data.name).replace("{{user}}", party)

    async def post_opening(self, scene: Scene, text: str) -> Post:
        campaign = await self.store.get_campaign(scene.campaign_id)
        card = narrator_card(self.cards_dir, campaign.narrator_card)
        return await self.store.store_narration(
            scene=scene, content=text, now=self.clock(), author_name=card.data.name,
            kind=PostKind.OPENING, close_round=False, round_no=scene.round_no - 1,
        )

    # -- rounds --------------------------------------------------------------

    async def round_state(self, scene: Scene) -> RoundState:
        participants = await self.store.participants(scene.id)
        posts = await self.store.round_posts(scene.id, scene.round_no)
        acted = frozenset(
            p.author_id for p in posts if p.kind in (PostKind.ACTION, PostKind.PASS)
        )
        closed = any(p.kind in NARRATOR_KINDS and p.kind != PostKind.OPENING for p in posts)
        return RoundState(
            round_no=scene.round_no,
            active=tuple(p.player_id for p in participants),
            acted=acted,
            opened_at=scene.round_opened_at,
            closed=closed,
            paused=scene.status == "paused",
        )

    async def submit(
        self,
        scene: Scene,
        *,
        player_id: str,
        player_name: str,
        text: str,
        kind: PostKind = PostKind.ACTION,
        discord_message_id: int | None = None,
    ) -> ActionOutcome:
        """Store a player's action (or pass) and say whether the round is ready to narrate."""
        state = await self.round_state(scene)
        event = Passed(player_id) if kind == PostKind.PASS else Acted(player_id)
        decision = self.policy.on_event(state, event, self.clock())
        if decision.refused:
            return ActionOutcome(None, decision, round_ready=False)
        character = await self.store.active_character(scene.campaign_id, player_id)
        post = await self.store.add_post(
            scene_id=scene.id, kind=kind, author_id=player_id, author_name=player_name,
            content=text, now=self.clock(), round_no=scene.round_no,
            character_id=character.id if character else None,
            discord_message_id=discord_message_id,
        )
        return ActionOutcome(post, decision, round_ready=decision.close_round)

    async def close_at_deadline(self, scene: Scene) -> bool:
        """Record passes for the missing players; True if the round is now ready."""
        state = await self.round_state(scene)
        if state.closed or not state.active:
            return False
        for player_id in state.missing:
            participant = await self._participant(scene.id, player_id)
            await self.store.add_post(
                scene_id=scene.id, kind=PostKind.PASS, author_id=player_id,
                author_name=participant.player_name if participant else player_id,
                content="(passes)", now=self.clock(), round_no=scene.round_no,
                meta={"auto": True},
            )
        return True

    async def round_ready(self, scene: Scene) -> bool:
        state = await self.round_state(scene)
        return state.complete and not state.closed

    async def _participant(self, scene_id: int, player_id: str) -> Participant | None:
        for participant in await self.store.participants(scene_id, active_only=False):
            if participant.player_id == player_id:
                return participant
        return None

    # -- the prompt ----------------------------------------------------------

    async def build_prompt(self, scene: Scene) -> TurnPrompt:
        campaign = await self.store.get_campaign(scene.campaign_id)
        card = narrator_card(self.cards_dir, campaign.narrator_card)
        persona = persona_from_card(card)
        participants = await self.store.participants(scene.id, active_only=False)
        names = {p.player_id: p.character_name or p.player_name for p in participants}
        active_names = [names[p.player_id] for p in participants if p.status == "active"]

        history = await self._history(scene, names)
        round_posts = await self.store.round_posts(scene.id, scene.round_no)
        actions = [
            Action(
                character=names.get(p.author_id, p.author_name),
                player=p.author_name,
                text=p.content,
                passed=p.kind == PostKind.PASS,
            )
            for p in round_posts
            if p.kind in (PostKind.ACTION, PostKind.PASS)
        ]
        rules = standing_rules(
            narrator_name=persona.name,
            player_characters=active_names,
            content_rating=campaign.content_rating,
            lines_veils=campaign.lines_veils,
            card_system_prompt=persona.system_prompt,
        )
        inputs = PromptInputs(
            persona=persona,
            rules=rules,
            premise=campaign.premise,
            history=history,
            current=render_round(scene.round_no, actions),
            instruction=turn_instruction(
                actions, post_history_instructions=persona.post_history_instructions
            ),
        )
        sampling = card_sampling(card, campaign.settings.get("sampling"))
        stops = [f"\n{name}:" for name in active_names]
        sampling = sampling.model_copy(update={"stop": [*sampling.stop, *stops]})
        messages = assemble(
            inputs,
            count_tokens=self.backend.count_tokens,
            context_window=self.backend.context_window,
            reply_tokens=sampling.max_tokens or 400,
            budgets=self.budgets,
        )
        return TurnPrompt(messages, sampling, scene.round_no)

    async def _history(self, scene: Scene, names: dict[str, str]) -> list[HistoryItem]:
        """Story posts before this round, from the block-aligned window start."""
        recent = await self.store.recent_posts(
            scene.id, MAX_WINDOW_POSTS, STORY_KINDS, before_round=scene.round_no
        )
        count = self.backend.count_tokens
        start = int(scene.settings.get("window_start", 0))
        sized = [(p.seq, count(p.content) + 8) for p in recent]
        new_start = next_window_start(sized, start, self.budgets.history)
        if new_start != start:
            settings = {**scene.settings, "window_start": new_start}
            await self.store.update_scene(scene.id, settings=settings)
        return [
            HistoryItem(
                speaker=_speaker(p, names),
                text=p.content,
                narrator=p.kind in NARRATOR_KINDS,
            )
            for p in recent
            if p.seq >= new_start
        ]

    # -- narrating -----------------------------------------------------------

    async def narrate(self, scene: Scene, sink: NarrationSink) -> Post:
        """Generate, stream and store the narration that closes the current round.

        Raises LLMError when the backend fails; nothing is stored then and the
        round stays ready, so a later call narrates it.
        """
        async with self.lock(scene.id):
            scene = await self.store.get_scene(scene.id)
            prompt = await self.build_prompt(scene)
            campaign = await self.store.get_campaign(scene.campaign_id)
            card = narrator_card(self.cards_dir, campaign.narrator_card)
            text = ""
            try:
                async for chunk in self.backend.stream(prompt.messages, prompt.sampling):
                    text += chunk
                    await sink.update(text)
            except BaseException:
                await _quietly(sink.abort())
                raise
            text = text.strip()
            message_id = await sink.finish(text)
            post = await self.store.store_narration(
                scene=scene, content=text, now=self.clock(), author_name=card.data.name,
                discord_message_id=message_id,
            )
            log.info("narration stored: scene=%d round=%d chars=%d",
                     scene.id, scene.round_no, len(text))
            return post


def _speaker(post: Post, names: dict[str, str]) -> str:
    if post.kind in NARRATOR_KINDS:
        return post.author_name
    character = names.get(post.author_id, post.author_name)
    return character if character == post.author_name else f"{character} ({post.author_name})"


async def _quietly(awaitable: object) -> None:
    try:
        await awaitable  # type: ignore[misc]
    except Exception:  # the original error matters more than a failed clean-up
        log.exception("sink clean-up failed")
