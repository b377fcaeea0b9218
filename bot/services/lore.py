"""Lore for the prompt: the narrator card's book, the campaign's book, and GM-added entries.

Constant entries are fixed for the campaign and go into the system message;
triggered entries change with the story and go after the history.
"""

from __future__ import annotations

import copy
import logging
import random
from typing import Any

from bot.campaign_settings import settings_of
from bot.cards import CardError, CharacterCard
from bot.cards.lorebook_io import lorebook_from_card, lorebook_from_dict
from bot.engine.lorebook import Lorebook, activate
from bot.engine.prompt import CountTokens
from bot.services.turns import Contribution, TurnContext
from bot.store import Store

log = logging.getLogger(__name__)

# How many recent story posts the keys are scanned in (entries may set their own depth).
DEFAULT_SCAN_DEPTH = 4


class LoreContributor:
    def __init__(self, store: Store, count_tokens: CountTokens, budget_tokens: int = 800) -> None:
        self.store = store
        self.count_tokens = count_tokens
        self.budget_tokens = budget_tokens
        self._card_books: dict[int, tuple[CharacterCard, Lorebook | None]] = {}
        # (campaign, source) -> the raw book and its compiled form: a book is compiled (and
        # its keys indexed) once per version, not on every turn.
        self._raw_books: dict[tuple[int, str], tuple[dict[str, Any], Lorebook]] = {}

    async def books(self, ctx: TurnContext) -> list[Lorebook]:
        books: list[Lorebook] = []
        # Cards are cached objects; compiling their book once saves it on every turn.
        key = id(ctx.card)
        if key not in self._card_books or self._card_books[key][0] is not ctx.card:
            self._card_books[key] = (ctx.card, lorebook_from_card(ctx.card))
        card_book = self._card_books[key][1]
        if card_book is not None:
            books.append(card_book)
        campaign_book = settings_of(ctx.campaign).lorebook
        campaign_id = ctx.campaign.id
        gm_entries = [e.book_entry() for e in await ctx.reads.once(
            ("lore", campaign_id), lambda: self.store.lore.of_campaign(campaign_id))]
        for source, raw in (("campaign", campaign_book),
                            ("gm", {"entries": gm_entries} if gm_entries else None)):
            if not raw:
                continue
            try:
                books.append(self._compiled(ctx.campaign.id, source, raw))
            except CardError as exc:  # a broken book must not stop the story
                log.warning("campaign lorebook skipped: campaign=%d error=%s",
                            ctx.campaign.id, exc)
        return books

    def _compiled(self, campaign_id: int, source: str, raw: dict[str, Any]) -> Lorebook:
        cached = self._raw_books.get((campaign_id, source))
        # Comparing the freshly read dicts is far cheaper than parsing and compiling them.
        if cached is not None and cached[0] == raw:
            return cached[1]
        book = lorebook_from_dict(raw)
        # A copy: the caller's dict may be changed in place later.
        self._raw_books[campaign_id, source] = (copy.deepcopy(raw), book)
        return book

    async def contribute(self, ctx: TurnContext) -> Contribution:
        history = [p.content for p in ctx.history] + [
            p.content for p in ctx.round_posts if p.kind == "action"
        ]
        rng = random.Random(f"{ctx.scene.id}:{ctx.scene.round_no}")
        contribution = Contribution()
        for book in await self.books(ctx):
            for hit in activate(
                book, history, turn=ctx.narrations_so_far, rng=rng,
                count_tokens=self.count_tokens, budget_tokens=self.budget_tokens,
            ):
                if hit.entry.constant:
                    contribution.constant_lore.append(hit.content)
                else:
                    contribution.dynamic.append(hit.content)
        return contribution
