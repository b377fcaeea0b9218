"""A loopback fake of Discord's REST v10 API and gateway for the real discord.py client."""

from .core import FakeDiscordError
from .fixtures import point_discord_py_at, reset_discord_py, running_bot
from .httpkit import RecordedCall
from .invocations import InteractionHandle, Upload
from .server import DEFAULT_TOKEN, FakeDiscord, VisibleMessage
from .state import FakeChannel, FakeGuild, FakeMessage, FakeRole, FakeUser

__all__ = [
    "DEFAULT_TOKEN",
    "FakeChannel",
    "FakeDiscord",
    "FakeDiscordError",
    "FakeGuild",
    "FakeMessage",
    "FakeRole",
    "FakeUser",
    "InteractionHandle",
    "RecordedCall",
    "Upload",
    "VisibleMessage",
    "point_discord_py_at",
    "reset_discord_py",
    "running_bot",
]
