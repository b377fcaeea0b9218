"""Every setting is reachable: the campaign and scene models are walked field by field,
and each one is either internal state (with a reason) or set by a slash command the real
bot registered with Discord (the fake keeps what was synced). Fields of a section whose
command takes them by name are also set through that command, and read back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from bot.campaign_settings import CampaignSettings, settings_of
from bot.models import Campaign, SceneSettings
from tests.discord_fixtures import Table

pytest_plugins = ["tests.discord_fixtures"]

SUB_COMMAND, SUB_COMMAND_GROUP, INTEGER, BOOLEAN, NUMBER = 1, 2, 4, 5, 10


@dataclass(frozen=True)
class Reach:
    setting: str  # "campaign.title", "settings.sampling.min_p", "scene.quiet_window"
    command: str | None = None
    option: str | None = None
    internal: str = ""
    by_name: bool = False  # the option is the field's own name, in its section's command


def _extra(model: type[BaseModel], name: str | None = None) -> dict[str, Any]:
    extra = model.model_fields[name].json_schema_extra if name else \
        model.model_config.get("json_schema_extra")
    return dict(extra) if isinstance(extra, dict) else {}


def _walk(model: type[BaseModel], prefix: str) -> list[Reach]:
    section_command = _extra(model).get("command")
    found: list[Reach] = []
    for name, field in model.model_fields.items():
        setting = f"{prefix}.{name}"
        kind = field.annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            found += _walk(kind, setting)
            continue
        extra = _extra(model, name)
        if "internal" in extra:
            found.append(Reach(setting, internal=str(extra["internal"])))
        elif "command" in extra:
            found.append(Reach(setting, extra["command"], extra.get("option")))
        elif section_command:
            found.append(Reach(setting, section_command, name, by_name=True))
        else:
            found.append(Reach(setting))
    return found


def every_setting() -> list[Reach]:
    campaign = [r for r in _walk(Campaign, "campaign") if r.setting != "campaign.settings"]
    return [*campaign, *_walk(CampaignSettings, "settings"), *_walk(SceneSettings, "scene")]


def registered_commands(table: Table) -> dict[str, dict[str, dict[str, Any]]]:
    """Each slash command path the bot synced → its options by name."""
    state = table.fake.state
    synced = [*state.global_commands.values(),
              *state.guild_commands.get(table.guild.id, {}).values()]
    paths: dict[str, dict[str, dict[str, Any]]] = {}

    def visit(path: str, node: dict[str, Any]) -> None:
        options = node.get("options") or []
        subs = [o for o in options if o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)]
        if not subs:
            paths[path] = {o["name"]: o for o in options}
        for sub in subs:
            visit(f"{path} {sub['name']}", sub)

    for command in synced:
        if int(command.get("type", 1)) == 1:
            visit(command["name"], command)
    return paths


def sample_value(option: dict[str, Any], default: Any) -> Any:
    """A value the option allows that differs from the default (and is not 0, which
    switches some settings off)."""
    if option["type"] == BOOLEAN:
        return not default
    low = option.get("min_value", 0)
    high = option.get("max_value", low + 100)
    value = low + (high - low) * 0.37
    return round(value) if option["type"] == INTEGER else round(value, 2)


async def test_every_setting_is_internal_or_set_by_a_registered_command(table: Table) -> None:
    commands = registered_commands(table)
    settings = every_setting()
    assert {"settings.sampling.min_p", "settings.guards.repetition", "scene.idle_after",
            "settings.lorebook", "campaign.title"} <= {r.setting for r in settings}
    unreachable = []
    for reach in settings:
        if reach.internal:
            continue
        if reach.command is None:
            unreachable.append(f"{reach.setting}: no command and not marked internal")
        elif reach.command not in commands:
            unreachable.append(f"{reach.setting}: /{reach.command} is not registered")
        elif reach.option is not None and reach.option not in commands[reach.command]:
            unreachable.append(f"{reach.setting}: /{reach.command} has no option "
                               f"{reach.option!r}")
    assert not unreachable, "\n".join(unreachable)


async def test_each_setting_taken_by_name_is_written_by_its_command(table: Table) -> None:
    commands = registered_commands(table)
    channel, scene = await table.ready_scene()
    by_name = [r for r in every_setting() if r.by_name]
    assert len(by_name) >= 18  # guards, sampling knobs, scene pacing
    for reach in by_name:
        assert reach.command is not None and reach.option is not None
        option = commands[reach.command][reach.option]
        level, path = reach.setting.split(".", 1)
        if level == "settings":
            default = CampaignSettings().value(path)
        else:
            default = SceneSettings.model_fields[path].default
        value = sample_value(option, default)
        reply = await table.slash(table.admin, reach.command, channel, **{reach.option: value})
        assert reply.ephemeral, (reach, reply.content)
        if level == "settings":
            campaign = await table.store.campaigns.get(scene.campaign_id)
            stored = settings_of(campaign).value(path)
        else:
            stored = getattr((await table.store.scenes.get(scene.id)).settings, path)
        assert stored == value, (reach.setting, value, stored, reply.content)
