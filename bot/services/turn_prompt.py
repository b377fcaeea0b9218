"""A turn's prompt: read the scene's window, let the contributors add to it, assemble.

The history window's start only moves forward (a fold), so consecutive prompts share
their longest possible prefix and a prefix-caching backend reuses it.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.campaign_settings import settings_of
from bot.cards.shelf import CardShelf
from bot.engine.guards import stop_strings
from bot.engine.macros import expand, party_name
from bot.engine.narrator import Action, render_round_block, standing_rules, turn_instruction
from bot.engine.prompt import (
    Budgets,
    HistoryItem,
    Persona,
    PromptInputs,
    PromptSection,
    assemble_prompt,
    history_item_tokens,
)
from bot.engine.prompt_report import PromptRecord
from bot.engine.window import next_window_start
from bot.llm.base import ChatMessage, LLMBackend, SamplingSettings
from bot.models import NARRATOR_KINDS, STORY_KINDS, Post, PostKind, Scene
from bot.services.persona import card_sampling, narrator_card_async, persona_from_card
from bot.services.recent_posts import RecentPosts
from bot.services.turns import Contribution, PromptContributor, TurnContext
from bot.store import Store

log = logging.getLogger(__name__)

# Most posts a prompt's history can hold; bounds the read on a scene of any length.
MAX_WINDOW_POSTS = 400
# What the history window shows: the story, and who passed or rolled (as the round showed it).
WINDOW_KINDS = STORY_KINDS | {PostKind.PASS, PostKind.ROLL}
# Reply room assumed when sizing the window before the card's sampling is known.
DEFAULT_REPLY_TOKENS = 400
# Chat-template overhead of the system and final messages, and a margin for estimates.
TEMPLATE_MARGIN = 8 * 3 + 64


@dataclass(frozen=True)
class TurnPrompt:
    messages: list[ChatMessage]
    sampling: SamplingSettings
    round_no: int
    context: list[str] = field(default_factory=list)  # lore shown with the round, kept with it
    sections: list[PromptSection] = field(default_factory=list)  # for the prompt inspector


class TurnPromptBuilder:
    """What the narrator is sent for a scene's current round."""

    def __init__(
        self,
        store: Store,
        backend: LLMBackend,
        *,
        cards_dir: CardShelf | Path,
        clock: Callable[[], float],
        budgets: Budgets | None = None,
        contributors: Sequence[PromptContributor] = (),
    ) -> None:
        self.store = store
        self.backend = backend
        self.cards_dir = cards_dir
        self.clock = clock
        # The history budget follows the backend's context window (see Budgets.fitted_to).
        self.budgets = (budgets or Budgets()).fitted_to(
            backend.context_window - DEFAULT_REPLY_TOKENS - TEMPLATE_MARGIN
        )
        self.contributors = list(contributors)
        # Per scene, the history room the last prompt's stable head left (see assemble_prompt).
        self._history_budget: dict[int, int] = {}
        # The window and the round, with room for the round's own posts and asides.
        self.recent_posts = RecentPosts(store, limit=2 * MAX_WINDOW_POSTS)
        # Per scene, the window's posts as last sized: (token counter, id → (post, credit,
        # tokens)); only the window's posts are kept, so it stays as small as the window.
        self._sized: dict[int, tuple[Callable[[str], int], dict[int, tuple[Post, str, int]]]] = {}

    async def turn_context(self, scene: Scene) -> TurnContext:
        start = scene.runtime.window_start
        # Independent reads, queued together: the store's thread runs them back to back.
        campaign, everyone, (posts, cut) = await asyncio.gather(
            self.store.campaigns.get(scene.campaign_id),
            self.store.seats.of_scene(scene.id, active_only=False),
            # Only the window is read: its start moves forward, never back.
            self.recent_posts.since(scene, start),
        )
        card = await narrator_card_async(self.cards_dir, campaign.narrator_card)
        names = {p.player_id: p.character_name or p.player_name for p in everyone}
        earlier = [p for p in posts if p.round_no < scene.round_no and p.kind in WINDOW_KINDS]
        scene, history = await self._window(scene, earlier, names, overflow=cut)
        return TurnContext(
            scene=scene,
            campaign=campaign,
            card=card,
            participants=[p for p in everyone if p.status == "active"],
            names=names,
            history=history,
            round_posts=[p for p in posts if p.round_no == scene.round_no],
            narrations_so_far=sum(1 for p in history if p.kind in NARRATOR_KINDS),
        )

    async def build(self, ctx: TurnContext) -> TurnPrompt:
        scene, campaign = ctx.scene, ctx.campaign
        active_names = [ctx.names[p.player_id] for p in ctx.participants]
        rng = random.Random(f"{scene.id}:{scene.round_no}")
        persona = expand_persona(
            persona_from_card(ctx.card), user=party_name(active_names), rng=rng
        )
        actions = round_actions(ctx.round_posts, ctx.names)
        merged = await self._contributions(ctx)
        # Lore and memories already beside an earlier round in the window are not repeated.
        shown = {c for p in ctx.history for c in p.meta.get("context", ())}
        context = list(dict.fromkeys(c for c in merged.dynamic if c not in shown))
        rules = standing_rules(
            narrator_name=persona.name,
            player_characters=active_names,
            content_rating=campaign.content_rating,
            lines_veils=campaign.lines_veils,
            card_system_prompt=persona.system_prompt,
        )
        instruction = turn_instruction(
            actions,
            next_player=merged.next_player,
            spotlight=merged.spotlight,
            post_history_instructions=persona.post_history_instructions,
        )
        instruction_text = "\n".join([instruction, *merged.instructions])
        # The round shares its budget with the instruction; when both do not fit, the least
        # relevant lore goes first, never the players' actions.
        count = self.backend.count_tokens
        room = self.budgets.current - count(instruction_text)
        while context and count(render_round_block(scene.round_no, actions, context)) > room:
            context.pop()
        inputs = PromptInputs(
            persona=persona,
            rules=rules,
            premise=campaign.premise,
            constant_lore=merged.constant_lore,
            memory="\n\n".join(merged.memory),
            ledger="\n\n".join(merged.ledger),
            history=history_items(ctx.history, ctx.names),
            current=render_round_block(scene.round_no, actions, context),
            this_turn=merged.this_turn,
            instruction=instruction_text,
        )
        overrides = settings_of(campaign).sampling.model_dump(exclude_none=True)
        sampling = card_sampling(ctx.card, overrides)
        sampling = sampling.model_copy(
            update={"stop": [*sampling.stop, *stop_strings(active_names)]}
        )
        assembled = assemble_prompt(
            inputs,
            count_tokens=count,
            context_window=self.backend.context_window,
            reply_tokens=sampling.max_tokens or DEFAULT_REPLY_TOKENS,
            budgets=self.budgets,
        )
        self._history_budget[scene.id] = assembled.history_budget
        return TurnPrompt(assembled.messages, sampling, scene.round_no, context,
                          assembled.sections)

    async def keep(self, scene_id: int, prompt: TurnPrompt) -> None:
        """Keep `prompt` as the scene's latest, for `/gm prompt`: kept before each attempt
        runs, so a GM asking "why did it forget?" after a failure sees the prompt that failed."""
        await self.store.prompts.save(PromptRecord(
            scene_id=scene_id, round_no=prompt.round_no,
            context_window=self.backend.context_window,
            reply_tokens=prompt.sampling.max_tokens or DEFAULT_REPLY_TOKENS,
            sections=prompt.sections, created_at=self.clock(),
        ))

    async def _contributions(self, ctx: TurnContext) -> Contribution:
        merged = Contribution()
        for part in await asyncio.gather(*(c.contribute(ctx) for c in self.contributors)):
            merged.memory += part.memory
            merged.constant_lore += part.constant_lore
            merged.ledger += part.ledger
            merged.dynamic += part.dynamic
            merged.this_turn += part.this_turn
            merged.instructions += part.instructions
            merged.spotlight = part.spotlight or merged.spotlight
            merged.next_player = part.next_player or merged.next_player
        return merged

    def _sizes(
        self, scene_id: int, posts: list[Post], names: dict[str, str]
    ) -> list[tuple[int, int]]:
        """(seq, tokens) of each post as the window shows it. Kept from the last turn for
        the posts it saw (the same objects: an edited post is read afresh, see RecentPosts)
        with the same credit, so a turn sizes only the posts added since."""
        count = self.backend.count_tokens
        counter, before = self._sized.get(scene_id, (count, {}))
        if counter != count:  # another backend (or tokenizer): every size afresh
            before = {}
        now: dict[int, tuple[Post, str, int]] = {}
        sized = []
        for p in posts:
            credited = _credited_as(p, names)
            hit = before.get(p.id)
            if hit is not None and hit[0] is p and hit[1] == credited:
                tokens = hit[2]
            else:
                tokens = history_item_tokens(p.content, credited, count) + sum(
                    count(c) for c in p.meta.get("context", ()))
            now[p.id] = (p, credited, tokens)
            sized.append((p.seq, tokens))
        self._sized.pop(scene_id, None)
        self._sized[scene_id] = (count, now)  # the most recent scene last
        while len(self._sized) > self.recent_posts.max_scenes:
            del self._sized[next(iter(self._sized))]
        return sized

    async def _window(
        self, scene: Scene, earlier: list[Post], names: dict[str, str], *, overflow: bool
    ) -> tuple[Scene, list[Post]]:
        """Story posts before this round, from the block-aligned window start, given those
        from the stored start on (the start moves on when they overflow the budget, or when
        `overflow` says some were too many to read); with the scene as it is after a fold."""
        start = scene.runtime.window_start
        overflow = overflow or len(earlier) > MAX_WINDOW_POSTS
        recent = earlier[-MAX_WINDOW_POSTS:]
        sized = self._sizes(scene.id, recent, names)
        if overflow and recent:
            # More posts than a window holds: fold as if over budget, to half of them.
            new_start = recent[len(recent) // 2].seq
        else:
            budget = self._history_budget.get(scene.id, self.budgets.history)
            new_start = next_window_start(sized, start, budget)
        if new_start != start:
            await self.store.scene_state.set_runtime(scene.id, {"window_start": new_start})
            log.info("history window folded: scene=%d start=%d->%d", scene.id, start, new_start)
            runtime = scene.runtime.model_copy(update={"window_start": new_start})
            scene = scene.model_copy(update={"runtime": runtime})
        return scene, [p for p in recent if p.seq >= new_start]


def expand_persona(persona: Persona, *, user: str, rng: random.Random) -> Persona:
    def fill(text: str) -> str:
        return expand(text, char=persona.name, user=user, rng=rng) if text else text

    return Persona(
        name=persona.name,
        description=fill(persona.description),
        personality=fill(persona.personality),
        scenario=fill(persona.scenario),
        system_prompt=fill(persona.system_prompt),
        post_history_instructions=fill(persona.post_history_instructions),
        example_dialogue=fill(persona.example_dialogue),
    )


def round_actions(posts: Sequence[Post], names: dict[str, str]) -> list[Action]:
    """The actions, passes and rolls among `posts`, credited to their characters."""
    return [
        Action(
            character=names.get(p.author_id, p.author_name),
            player=p.author_name,
            text=p.content,
            passed=p.kind == PostKind.PASS,
            rolled=p.kind == PostKind.ROLL,
        )
        for p in posts
        if p.kind in (PostKind.ACTION, PostKind.PASS, PostKind.ROLL)
    ]


def history_items(posts: Sequence[Post], names: dict[str, str]) -> list[HistoryItem]:
    """The window as prompt turns: narrations as they were, and each round's actions
    rendered exactly as they were when that round was narrated (with its context)."""
    context = {
        p.round_no: p.meta.get("context", []) for p in posts if p.kind == PostKind.NARRATION
    }
    items: list[HistoryItem] = []
    round_posts: list[Post] = []

    def flush() -> None:
        if round_posts:
            round_no = round_posts[0].round_no
            block = render_round_block(
                round_no, round_actions(round_posts, names), context.get(round_no, [])
            )
            items.append(HistoryItem("", block, narrator=False))
            round_posts.clear()

    for post in posts:
        if post.kind in NARRATOR_KINDS:
            flush()
            items.append(HistoryItem(post.author_name, post.content, narrator=True))
        else:
            if round_posts and round_posts[0].round_no != post.round_no:
                flush()
            round_posts.append(post)
    flush()
    return items


def _credited_as(post: Post, names: dict[str, str]) -> str:
    """Who a post is credited to in the prompt: the narrator's name, or the character
    with its player ("Mira (ana)") as the round block renders an action; used to size
    the window before the blocks are rendered."""
    if post.kind in NARRATOR_KINDS:
        return post.author_name
    character = names.get(post.author_id, post.author_name)
    return character if character == post.author_name else f"{character} ({post.author_name})"
