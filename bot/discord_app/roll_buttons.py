"""The rolls a narration asks for, as buttons under it: the named player presses one,
the bot rolls 1d20 plus their sheet's modifier, and the round that waited may close.

A button names the narration post and the request's place in it, so it keeps working
after a restart (registered once with `add_dynamic_items`).
"""

from __future__ import annotations

import logging
import re
from typing import Any, Protocol, cast

import discord

from bot.discord_app.dice_text import shown
from bot.engine.roll_requests import RollRequest, from_meta
from bot.models import Post
from bot.services.roll_requests import owed_rolls
from bot.services.wiring import Services

log = logging.getLogger(__name__)
QUIET = discord.AllowedMentions.none()


class _Narrations(Protocol):
    def request(self, scene_id: int) -> None: ...


class _Table(Protocol):
    services: Services
    narrations: _Narrations


def asked_line(request: RollRequest) -> str:
    dc = f" (DC {request.dc})" if request.dc is not None else ""
    who, skill = (discord.utils.escape_markdown(t) for t in (request.character, request.skill))
    return f"🎲 The narrator asks **{who}** to roll **{skill}**{dc}."


class RollButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=r"rollreq:(?P<post>\d+):(?P<index>\d+)",
):
    def __init__(self, post_id: int, index: int, label: str = "Roll") -> None:
        super().__init__(discord.ui.Button(
            label=label[:80], style=discord.ButtonStyle.primary, emoji="🎲",
            custom_id=f"rollreq:{post_id}:{index}",
        ))
        self.post_id, self.index = post_id, index

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any],
        match: re.Match[str], /,
    ) -> RollButton:
        return cls(int(match["post"]), int(match["index"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        table = cast(_Table, interaction.client)
        refusal = await _press(table, interaction, self.post_id, self.index)
        if refusal is not None:
            await interaction.response.send_message(refusal, ephemeral=True,
                                                    allowed_mentions=QUIET)


async def _press(
    table: _Table, interaction: discord.Interaction[Any], post_id: int, index: int
) -> str | None:
    """Roll for the named player; the refusal to show the presser, if any."""
    store = table.services.store
    post = await store.posts.get(post_id)
    asked = from_meta(post.meta)
    if index >= len(asked):
        return "This roll request is gone."
    player, request = asked[index]
    if str(interaction.user.id) != player:
        return f"This roll is {request.character}'s to make."
    scene = await store.scenes.get(post.scene_id)
    if post.deleted or scene.round_no != post.round_no + 1 or (
            player not in await owed_rolls(store, scene)):
        return "This roll is no longer awaited."
    outcome = await table.services.dice.roll_requested(
        scene, player_id=player, player_name=interaction.user.display_name, skill=request.skill)
    who = request.character
    if outcome.post is not None and outcome.post.character_id is not None:
        who = (await store.characters.get(outcome.post.character_id)).name
    await interaction.response.send_message(shown(who, outcome.roll), allowed_mentions=QUIET)
    if outcome.post is not None:
        try:
            message = await interaction.original_response()
        except discord.HTTPException:
            log.warning("requested roll posted but its message is unknown: post=%d",
                        outcome.post.id)
        else:
            await table.services.dice.set_message(outcome.post.id, message.id)
    table.narrations.request(scene.id)  # the round may have waited only for this roll
    return None


async def show_roll_requests(channel: discord.abc.Messageable, post: Post) -> None:
    """One message under the narration: each request it makes, with its button."""
    asked = from_meta(post.meta)
    if not asked:
        return
    view = discord.ui.View(timeout=None)
    for index, (_, request) in enumerate(asked):
        view.add_item(RollButton(post.id, index, f"{request.character}: {request.skill}"))
    content = "\n".join(asked_line(request) for _, request in asked)
    await channel.send(content[:2000], view=view, allowed_mentions=QUIET)
