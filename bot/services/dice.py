"""Dice rolls at the table: a player's roll joins the scene's round (the narrator sees
it beside the actions); a GM's secret roll is kept as a GM note nobody else sees."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.engine import dice
from bot.engine.modifiers import expand_named, sheet_modifiers
from bot.engine.roll_requests import answers
from bot.models import Post, PostKind, Scene, SceneStatus
from bot.services.campaigns import ServiceError
from bot.services.gm import Actor, GmService
from bot.services.roll_requests import owed_requests
from bot.store import Store

_CRIT_NOTES = {"crit": " (a natural 20)", "fumble": " (a natural 1)"}


@dataclass(frozen=True)
class TableRoll:
    roll: dice.DiceRoll
    post: Post | None  # None when the roll was only shown (no scene, or not seated in it)


def roll_line(rolled: dice.DiceRoll) -> str:
    """The roll as the narrator reads it in the round: "Stealth (1d20+3): 17"."""
    return f"{rolled.label}: {rolled.total}{_CRIT_NOTES.get(rolled.crit, '')}"


class DiceService:
    def __init__(self, store: Store, gm: GmService, *, clock: Callable[[], float]) -> None:
        self.store = store
        self.gm = gm
        self.clock = clock

    async def roll(
        self, scene: Scene | None, *, player_id: str, player_name: str, text: str,
        reason: str = "", discord_message_id: int | None = None,
    ) -> TableRoll:
        """Roll `text`; in an open scene the roller sits in, store it with the round.
        A roll is not the player's action: pacing never counts it. There, a name from
        the character's sheet ("Stealth +3") rolls a d20 with that bonus."""
        seat = None
        if scene is not None and scene.status != SceneStatus.ENDED:
            seats = await self.store.seats.of_scene(scene.id)
            seat = next((s for s in seats if s.player_id == player_id), None)
        named = None
        if seat is not None and seat.character_id is not None:
            character = await self.store.characters.get(seat.character_id)
            named = expand_named(text, sheet_modifiers((character.traits, character.notes)))
        if named is not None:
            text, reason = named[0], reason or named[1]
        elif seat is not None and scene is not None:
            # A skill the narrator asked this player to roll, not on their sheet: a d20.
            for player, request in await owed_requests(self.store, scene):
                if player == player_id and answers(request, text):
                    text, reason = "1d20", reason or request.skill
                    break
        rolled = _rolled(text, reason)
        if scene is None or seat is None:
            return TableRoll(rolled, None)
        # The round as it is now, not as the caller last read it.
        scene = await self.store.scenes.get(scene.id)
        post = await self.store.posts.add(
            scene_id=scene.id, kind=PostKind.ROLL, author_id=player_id,
            author_name=player_name, content=roll_line(rolled), now=self.clock(),
            round_no=scene.round_no, character_id=seat.character_id,
            discord_message_id=discord_message_id, meta=_meta(rolled),
        )
        return TableRoll(rolled, post)

    async def roll_requested(
        self, scene: Scene, *, player_id: str, player_name: str, skill: str,
        discord_message_id: int | None = None,
    ) -> TableRoll:
        """The roll the narrator asked for: 1d20 plus the sheet's modifier for `skill`
        (none when the sheet names no such modifier), kept with the round like /roll's."""
        try:
            return await self.roll(scene, player_id=player_id, player_name=player_name,
                                   text=skill, reason=skill,
                                   discord_message_id=discord_message_id)
        except ServiceError:  # not on the sheet: a plain d20 for that skill
            return await self.roll(scene, player_id=player_id, player_name=player_name,
                                   text="1d20", reason=skill,
                                   discord_message_id=discord_message_id)

    async def gm_roll(self, scene: Scene, actor: Actor, text: str, reason: str = "") -> TableRoll:
        """A secret roll: kept for the GM as a note, never shown in the channel nor to the
        narrator (a GM note without `steer` is not direction)."""
        await self.gm.require_gm(scene.campaign_id, actor)
        rolled = _rolled(text, reason)
        post = await self.store.posts.add(
            scene_id=scene.id, kind=PostKind.GM_NOTE, author_id=actor.id,
            author_name=actor.name, content=roll_line(rolled), now=self.clock(),
            round_no=scene.round_no, meta={**_meta(rolled), "secret_roll": True},
        )
        return TableRoll(rolled, post)

    async def set_message(self, post_id: int, discord_message_id: int) -> None:
        await self.store.posts.set_message(post_id, discord_message_id)


def _rolled(text: str, reason: str) -> dice.DiceRoll:
    try:
        return dice.roll(text, reason=reason)
    except dice.DiceError as exc:
        raise ServiceError(f"Cannot roll that: {exc}.") from None


def _meta(rolled: dice.DiceRoll) -> dict[str, object]:
    return {
        "expression": rolled.expression, "reason": rolled.reason, "total": rolled.total,
        "breakdown": rolled.breakdown, "crit": rolled.crit,
    }
