"""Rolls the narrator calls for: asked for in the prompt, read out of the narration,
and owed by the named players until they roll (or the round's deadline passes)."""

from __future__ import annotations

import logging
from typing import Any

from bot.engine.roll_requests import (
    RollRequest,
    answers,
    from_meta,
    request_instruction,
    split_requests,
)
from bot.models import PostKind, Scene
from bot.services.turns import Contribution, TurnContext
from bot.store import Store

log = logging.getLogger(__name__)


class RollRequestContributor:
    """Tells the narrator how to ask the seated characters for a roll. In the system
    message's fixed part (it changes only with the seating), where a prefix cache keeps it."""

    async def contribute(self, ctx: TurnContext) -> Contribution:
        seated = [ctx.names[p.player_id] for p in ctx.participants if p.player_id in ctx.names]
        if not seated:
            return Contribution()
        return Contribution(constant_lore=["# Rolls\n" + request_instruction(seated)])


def take_requests(text: str, ctx: TurnContext) -> tuple[str, list[dict[str, Any]]]:
    """The narration without its request lines, and the requests (for the post's meta)
    that name a seated character; others are dropped (and logged)."""
    prose, requests = split_requests(text)
    seated = {p.player_id: ctx.names.get(p.player_id, p.character_name or p.player_name)
              for p in ctx.participants}
    kept = []
    for request in requests:
        player = _player_named(request.character, seated)
        if player is None:
            log.info("roll request for someone not seated dropped: scene=%d name=%r",
                     ctx.scene.id, request.character)
            continue
        kept.append(request.as_meta(player))
    return prose, kept


def _player_named(name: str, seated: dict[str, str]) -> str | None:
    key = " ".join(name.split()).casefold()
    exact = [p for p, n in seated.items() if n.casefold() == key]
    if exact:
        return exact[0]
    # "Mira" for "Mira Vale", when only one seated character is called that.
    first = [p for p, n in seated.items() if n.split() and n.split()[0].casefold() == key]
    return first[0] if len(first) == 1 else None


async def owed_requests(store: Store, scene: Scene) -> list[tuple[str, RollRequest]]:
    """(player, request) of each roll the narration that opened this round asked for
    and nobody has rolled yet."""
    if scene.round_no < 1:
        return []
    before = await store.posts.of_round(scene.id, scene.round_no - 1)
    asked = [r for p in before if p.kind == PostKind.NARRATION for r in from_meta(p.meta)]
    if not asked:
        return []
    rolls = [p for p in await store.posts.of_round(scene.id, scene.round_no)
             if p.kind == PostKind.ROLL]
    return [(player, request) for player, request in asked
            if not any(r.author_id == player and answers(request, str(r.meta.get("reason", "")))
                       for r in rolls)]


async def owed_rolls(store: Store, scene: Scene) -> tuple[str, ...]:
    """Players who still owe a roll the narration that opened this round asked for."""
    return tuple(dict.fromkeys(player for player, _ in await owed_requests(store, scene)))
