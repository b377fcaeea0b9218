"""Telling one player something about their plain message, where only they read it.

A message cannot get an ephemeral answer: the notice goes by direct message, and only
when the player takes none, as a reply in the channel that pings only them.
"""

from __future__ import annotations

import logging

import discord

log = logging.getLogger(__name__)


async def tell_privately(message: discord.Message, text: str) -> None:
    try:
        await message.author.send(f"{text}\n(About your message in {message.jump_url}.)"[:2000])
        return
    except discord.HTTPException as exc:  # DMs closed (50007) or refused
        log.info("no direct message to user=%s (%s); replying in the channel",
                 message.author.id, exc.status)
    try:
        await message.reply(
            text[:2000], mention_author=True,
            allowed_mentions=discord.AllowedMentions(users=[message.author], replied_user=True))
    except discord.HTTPException as exc:
        log.warning("could not tell user=%s about a refused message (%s)",
                    message.author.id, exc.status)
