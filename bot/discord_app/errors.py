"""One short ephemeral sentence for every failed command; details go to the log only."""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import TypeVar

import discord
from discord import app_commands

from bot.discord_app.permissions import PERMISSION_NAMES, BotLacksPermission, NotPermitted
from bot.llm.base import LLMError
from bot.services.campaigns import ServiceError
from bot.services.gm import GmError, NotAGm
from bot.services.usage import QuotaReached

log = logging.getLogger(__name__)
T = TypeVar("T")


def sentence(refusal: BaseException | str) -> str:
    """A service's refusal ("not your turn") as the sentence a user reads ("Not your turn.")."""
    text = str(refusal)
    return text[:1].upper() + text[1:] + "."


async def guarded(call: Awaitable[T]) -> T:
    """Service refusals as the short ephemeral sentences the error handler shows."""
    try:
        return await call
    except NotAGm as exc:
        raise NotPermitted(sentence(exc)) from None
    except GmError as exc:
        raise ServiceError(sentence(exc)) from None


def describe(error: BaseException) -> str:
    """The sentence a user sees for `error`."""
    original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
    if isinstance(original, ServiceError | NotPermitted | BotLacksPermission | QuotaReached):
        return str(original)
    if isinstance(original, app_commands.BotMissingPermissions):
        names = " and ".join(PERMISSION_NAMES.get(p, p) for p in original.missing_permissions)
        return f"I need the {names} permission here for that."
    if isinstance(original, app_commands.MissingPermissions):
        names = " and ".join(PERMISSION_NAMES.get(p, p) for p in original.missing_permissions)
        return f"You need the {names} permission for that."
    if isinstance(original, app_commands.NoPrivateMessage):
        return "That only works in a server."
    if isinstance(original, app_commands.CheckFailure):
        return "You can't use that command here."
    if isinstance(original, discord.Forbidden):
        return "Discord refused: I'm missing a permission here (Send Messages, Manage Channels " \
            "or Manage Webhooks)."
    if isinstance(original, LLMError):
        return "The narrator is unavailable right now; try again in a moment."
    log.error("command failed", exc_info=original)
    return "Something went wrong; the error was logged."


async def on_app_command_error(
    interaction: discord.Interaction, error: app_commands.AppCommandError
) -> None:
    await report_error(interaction, error)


async def report_error(interaction: discord.Interaction, error: BaseException) -> None:
    """Tell the user who clicked or typed what failed, in one ephemeral sentence."""
    message = describe(error)
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True)
        else:
            await interaction.response.send_message(message, ephemeral=True)
    except discord.HTTPException:  # the interaction expired; the log has the cause
        log.warning("could not report a command error: %s", message)
