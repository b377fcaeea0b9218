"""/campaign settings|guards|sampling and /scene pacing: every per-campaign and per-scene
setting a GM may change, and one look at all of them. Attached to the campaign and
scene cogs' groups on load.

Option names are the settings' own field names (bot.campaign_settings, SceneSettings):
tests walk the models and the registered commands to see that each is reachable.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.campaign_settings import CampaignSampling
from bot.discord_app.client import LoremasterBot
from bot.discord_app.context import campaign_for, scene_here
from bot.discord_app.errors import guarded
from bot.discord_app.permissions import actor_of, require_gm
from bot.discord_app.settings_embed import settings_embed
from bot.models import SceneSettings

ALL = "all"


def _choices(names: list[str]) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=n, value=n) for n in names]


def _given(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def guards_command(bot: LoremasterBot) -> app_commands.Command[Any, Any, None]:
    @app_commands.command(name="guards", description="Switch the narration guards (GMs)")
    @app_commands.describe(
        impersonation="Refuse narrations that act or speak for a player's character",
        assistant_voice="Refuse narrations that sound like an assistant, not a narrator",
        repetition="Refuse narrations that repeat earlier ones",
        model_judge="Also ask the model whether a narration speaks for a player (slower)",
    )
    async def guards(
        interaction: discord.Interaction,
        impersonation: bool | None = None,
        assistant_voice: bool | None = None,
        repetition: bool | None = None,
        model_judge: bool | None = None,
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        given = _given({"impersonation": impersonation, "assistant_voice": assistant_voice,
                        "repetition": repetition, "model_judge": model_judge})
        settings = await guarded(bot.services.settings.set_campaign(
            found.id, actor_of(interaction.user), {f"guards.{k}": v for k, v in given.items()}))
        states = ", ".join(f"{name.replace('_', ' ')} {'on' if on else 'off'}"
                           for name, on in settings.guards.model_dump().items())
        await interaction.response.send_message(f"Guards: {states}.", ephemeral=True)

    return guards


def sampling_command(bot: LoremasterBot) -> app_commands.Command[Any, Any, None]:
    @app_commands.command(name="sampling", description="How the narrator's model samples (GMs)")
    @app_commands.describe(
        temperature="0 to 2: higher is more surprising",
        top_p="0.01 to 1: sample from the likeliest tokens holding this much probability",
        min_p="0 to 1: drop tokens less likely than this share of the likeliest (local servers)",
        top_k="Sample among this many likeliest tokens (local servers)",
        repetition_penalty="Above 1 discourages repeating tokens (local servers)",
        presence_penalty="-2 to 2: above 0 favours new topics",
        frequency_penalty="-2 to 2: above 0 discourages repeated words",
        max_tokens="Longest narration, in tokens",
        reset="Put one knob (or all) back to the narrator card's value",
    )
    @app_commands.choices(reset=_choices([*CampaignSampling.model_fields, ALL]))
    async def sampling(
        interaction: discord.Interaction,
        temperature: app_commands.Range[float, 0.0, 2.0] | None = None,
        top_p: app_commands.Range[float, 0.01, 1.0] | None = None,
        min_p: app_commands.Range[float, 0.0, 1.0] | None = None,
        top_k: app_commands.Range[int, 1, 1000] | None = None,
        repetition_penalty: app_commands.Range[float, 0.01, 2.0] | None = None,
        presence_penalty: app_commands.Range[float, -2.0, 2.0] | None = None,
        frequency_penalty: app_commands.Range[float, -2.0, 2.0] | None = None,
        max_tokens: app_commands.Range[int, 1, 32768] | None = None,
        reset: str | None = None,
        campaign: str | None = None,
    ) -> None:
        found = await campaign_for(interaction, campaign)
        updates: dict[str, Any] = {}
        if reset is not None:
            names = list(CampaignSampling.model_fields) if reset == ALL else [reset]
            updates |= {f"sampling.{name}": None for name in names}
        given = _given({
            "temperature": temperature, "top_p": top_p, "min_p": min_p, "top_k": top_k,
            "repetition_penalty": repetition_penalty, "presence_penalty": presence_penalty,
            "frequency_penalty": frequency_penalty, "max_tokens": max_tokens,
        })
        updates |= {f"sampling.{k}": v for k, v in given.items()}
        settings = await guarded(bot.services.settings.set_campaign(
            found.id, actor_of(interaction.user), updates))
        chosen = settings.sampling.model_dump(exclude_none=True)
        text = ", ".join(f"{k} {v:g}" for k, v in chosen.items()) or "the narrator card's"
        await interaction.response.send_message(f"Sampling: {text}.", ephemeral=True)

    return sampling


def pacing_command(bot: LoremasterBot) -> app_commands.Command[Any, Any, None]:
    @app_commands.command(name="pacing", description="This scene's timing (GMs)")
    @app_commands.describe(
        round_deadline="Seconds a round waits before passing for the missing (0: no limit)",
        nudge_fraction="Share of the deadline after which the missing are nudged (0: never)",
        turn_timeout="Spotlight: seconds a turn may last (0: no limit)",
        quiet_window="Free play: seconds of quiet before the narrator answers",
        min_interval="Free play: least seconds between two narrations",
        idle_after="Seconds of silence before a reminder in the channel (0: none)",
        reset="Put one setting back to its default",
    )
    @app_commands.choices(reset=_choices(list(SceneSettings.model_fields)))
    async def pacing(
        interaction: discord.Interaction,
        round_deadline: app_commands.Range[float, 0.0] | None = None,
        nudge_fraction: app_commands.Range[float, 0.0, 0.99] | None = None,
        turn_timeout: app_commands.Range[float, 0.0] | None = None,
        quiet_window: app_commands.Range[float, 0.0] | None = None,
        min_interval: app_commands.Range[float, 0.0] | None = None,
        idle_after: app_commands.Range[float, 0.0] | None = None,
        reset: str | None = None,
    ) -> None:
        scene, campaign = await scene_here(interaction)
        require_gm(interaction, campaign)
        given = _given({
            "round_deadline": round_deadline, "nudge_fraction": nudge_fraction,
            "turn_timeout": turn_timeout, "quiet_window": quiet_window,
            "min_interval": min_interval, "idle_after": idle_after,
        })
        # 0 switches off what may be off (no deadline, no nudge, no reminder).
        values = {k: None if v == 0 and _may_be_off(k) else v for k, v in given.items()}
        updated = await guarded(bot.services.settings.set_scene(
            scene, actor_of(interaction.user), values, (reset,) if reset else ()))
        shown = ", ".join(f"{k} {'off' if v is None else f'{v:g}'}"
                          for k, v in updated.settings.model_dump().items())
        await interaction.response.send_message(f"Pacing: {shown}.", ephemeral=True)

    return pacing


def _may_be_off(name: str) -> bool:
    try:
        SceneSettings.model_validate({name: None})
    except ValueError:  # pydantic's ValidationError
        return False
    return True


def show_command(bot: LoremasterBot) -> app_commands.Command[Any, Any, None]:
    @app_commands.command(name="settings", description="Every setting of a campaign (GMs)")
    async def show(interaction: discord.Interaction, campaign: str | None = None) -> None:
        found = await campaign_for(interaction, campaign)
        require_gm(interaction, found)
        embed = await settings_embed(bot, found, interaction.channel_id)
        await interaction.response.send_message(embed=embed, ephemeral=True)

    return show


class SettingsCog(commands.Cog):
    def __init__(self, bot: LoremasterBot) -> None:
        self.bot = bot
        self._attached: list[tuple[app_commands.Group, str]] = []

    async def cog_load(self) -> None:
        for parent_name, child in (
            ("campaign", show_command(self.bot)),
            ("campaign", guards_command(self.bot)),
            ("campaign", sampling_command(self.bot)),
            ("scene", pacing_command(self.bot)),
        ):
            parent = self.bot.tree.get_command(parent_name)
            if isinstance(parent, app_commands.Group):
                parent.add_command(child)
                self._attached.append((parent, child.name))

    async def cog_unload(self) -> None:
        for parent, name in self._attached:
            parent.remove_command(name)


async def setup(bot: commands.Bot) -> None:
    assert isinstance(bot, LoremasterBot)
    await bot.add_cog(SettingsCog(bot))

