"""Logs never carry secrets: tokens, keys and players' text are scrubbed at every level."""

from __future__ import annotations

import base64
import functools
import io
import logging
import secrets
import sqlite3
import string
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from bot.config import Settings
from bot.logs import _CHATTY, configure
from bot.redaction import (
    FAILED_LINE,
    PARAMETERS,
    PLAYER_TEXT,
    REDACTED,
    RedactionFilter,
    install_redaction,
    revealed,
)
from tests.discord_fixtures import PLAYER_NAMES, BotProcess, Table
from tests.fakediscord import FakeDiscord
from tests.fakediscord.fixtures import serving_fake_discord
from tests.test_discord_process import process_table  # noqa: F401  (a bot run as a process)


def discord_shaped_token() -> str:
    user_id = base64.urlsafe_b64encode(str(10**18 + secrets.randbelow(10**17)).encode())
    hmac = secrets.token_urlsafe(30)[:38]
    return f"{user_id.decode().rstrip('=')}.{secrets.token_urlsafe(5)[:6]}.{hmac}"


def openai_shaped_key() -> str:
    return "sk-proj-" + secrets.token_urlsafe(36)


def hf_shaped_token() -> str:
    letters = string.ascii_letters
    return "hf_" + "".join(secrets.choice(letters) for _ in range(34))


def logged(text: str, *args: object, redaction: RedactionFilter | None = None,
           exc: BaseException | None = None, name: str = "somelib") -> str:
    """`text % args` as a handler with the filter writes it."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(redaction or RedactionFilter())
    record = logging.getLogger(name).makeRecord(
        name, logging.DEBUG, __file__, 1, text, args,
        (type(exc), exc, exc.__traceback__) if exc else None,
    )
    handler.handle(record)
    return stream.getvalue()


# --- each secret shape ---------------------------------------------------------------


def test_a_discord_bot_token_is_redacted_by_its_shape() -> None:
    token = discord_shaped_token()
    line = logged("login with %s failed", token)
    assert token not in line and REDACTED in line
    assert token.split(".")[2] not in line


def test_webhook_and_interaction_urls_lose_their_tokens_but_keep_their_ids() -> None:
    hook, itoken = secrets.token_urlsafe(50), "aW50ZXJhY3Rpb24" + secrets.token_urlsafe(48)
    line = logged("POST https://discord.com/api/v10/webhooks/123/%s?wait=1 and "
                  "/interactions/456/%s/callback", hook, itoken)
    assert hook not in line and itoken not in line
    assert f"/webhooks/123/{REDACTED}?wait=1" in line
    assert f"/interactions/456/{REDACTED}/callback" in line


def test_authorization_headers_are_redacted_in_any_spelling() -> None:
    bearer = secrets.token_urlsafe(24)
    for header in (f"Authorization: Bot {bearer}", f"{{'Authorization': 'Bearer {bearer}'}}",
                   f'"authorization": "{bearer}"', f"sent with Bearer {bearer}"):
        line = logged("headers %s", header)
        assert bearer not in line and REDACTED in line, line


def test_prose_mentioning_bot_or_bearer_stays_readable() -> None:
    line = logged("Bot is ready; the bearer of bad news waits")
    assert line == "Bot is ready; the bearer of bad news waits\n"


def test_openai_and_hf_keys_are_redacted_by_their_shape() -> None:
    key, hf = openai_shaped_key(), hf_shaped_token()
    line = logged("keys %s and %s", key, hf)
    assert key not in line and hf not in line and line.count(REDACTED) == 2


def test_registered_secret_values_are_redacted_whatever_their_shape() -> None:
    value = "plain-old-password-" + secrets.token_hex(4)
    redaction = RedactionFilter([value, "", "x"])
    line = logged("connecting with %s", value, redaction=redaction)
    assert line == f"connecting with {REDACTED}\n"
    # too short to be a credential: scrubbing "x" would blank every x in the logs
    assert logged("x marks the spot", redaction=redaction) == "x marks the spot\n"


def test_url_encoded_secret_values_are_redacted() -> None:
    value = "p@ss/word+" + secrets.token_hex(4)
    line = logged("GET /x?key=%s", quote(value, safe=""), redaction=RedactionFilter([value]))
    assert quote(value, safe="") not in line and REDACTED in line


def test_token_fields_in_payload_dumps_are_redacted() -> None:
    token = secrets.token_urlsafe(40)
    line = logged("received %s", {"id": "1", "token": token, "access_token": token})
    assert token not in line and line.count(REDACTED) == 2


def test_message_contents_and_option_values_are_withheld_unless_allowed() -> None:
    said = "I whisper the \"secret\" word to Tove, it's 'moonrise'"
    payload = {"t": "INTERACTION_CREATE", "d": {"content": said, "data": {
        "options": [{"name": "action", "type": 3, "value": said}]}}}
    line = logged("WebSocket Event: %s", payload)
    assert "moonrise" not in line and line.count(PLAYER_TEXT) == 2
    assert "'name': 'action'" in line  # the shape of the payload stays for debugging
    json_body = '{"content": "I open the \\"door\\"", "tts": false}'
    assert "door" not in logged("POST with %s has returned 200", json_body)
    allowed = RedactionFilter(allow_player_text=True)
    assert "moonrise" in logged("WebSocket Event: %s", payload, redaction=allowed)


def test_aiosqlite_statements_keep_their_sql_and_lose_their_parameters() -> None:
    conn = sqlite3.connect(":memory:")
    call = functools.partial(conn.execute, "INSERT INTO posts VALUES (?, ?)", (1, "I draw"))
    line = logged("executing %s", call, name="aiosqlite")
    assert line.endswith(f"execute('INSERT INTO posts VALUES (?, ?)', {PARAMETERS})\n"), line
    allowed = RedactionFilter(allow_player_text=True)
    assert "I draw" in logged("executing %s", call, name="aiosqlite", redaction=allowed)
    conn.close()


def test_exception_text_is_scrubbed_too() -> None:
    key = openai_shaped_key()
    try:
        raise RuntimeError(f"401: Incorrect API key provided: {key}")
    except RuntimeError as exc:
        line = logged("request failed", exc=exc)
    assert key not in line and "Traceback" in line and "RuntimeError" in line


class Unprintable:
    def __str__(self) -> str:
        raise ValueError("cannot render " + "sk-" + "a" * 30)


def test_a_record_that_cannot_be_rendered_becomes_a_fixed_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for args in ((Unprintable(),), ("not a number sk-" + "b" * 30,)):
        text = "value %s" if isinstance(args[0], Unprintable) else "value %d"
        assert logged(text, *args) == FAILED_LINE + "\n"
    # the handler's own error report would have printed the raw arguments
    assert "Logging error" not in capsys.readouterr().err


def test_install_reaches_every_existing_handler_and_is_idempotent() -> None:
    written = io.StringIO()
    own = logging.StreamHandler(written)
    library = logging.getLogger("tests.redaction.library")
    library.addHandler(own)
    try:
        install_redaction(["first-secret-value"])
        install_redaction(["second-secret-value"])
        filters = [f for f in own.filters if isinstance(f, RedactionFilter)]
        assert len(filters) == 1
        library.warning("using %s", "second-secret-value")
        assert written.getvalue() == f"using {REDACTED}\n"
    finally:
        library.removeHandler(own)
        _uninstall()


def _uninstall() -> None:
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    handlers = [h for lg in loggers if isinstance(lg, logging.Logger) for h in lg.handlers]
    for handler in [*handlers, logging.lastResort]:
        if handler is None:
            continue
        for f in [f for f in handler.filters if isinstance(f, RedactionFilter)]:
            handler.removeFilter(f)


# --- a whole Discord scene at DEBUG ----------------------------------------------------


@dataclass
class DebugLog:
    path: Path
    settings: Settings

    def text(self) -> str:
        for handler in logging.getLogger().handlers:
            handler.flush()
        return self.path.read_text(encoding="utf-8")


@pytest.fixture
def debug_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[DebugLog]:
    """`configure("DEBUG", secrets=…)` as `loremaster run` calls it, its stderr in a file."""
    monkeypatch.setenv("DISCORD_TOKEN", discord_shaped_token())
    monkeypatch.setenv("OPENAI_API_KEY", openai_shaped_key())
    monkeypatch.setenv("HF_TOKEN", hf_shaped_token())
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    root = logging.getLogger()
    kept_handlers, kept_level = root.handlers[:], root.level
    quieted = {name: logging.getLogger(name).level for name in (*_CHATTY, "aiosqlite")}
    for handler in kept_handlers:  # basicConfig does nothing while root has handlers
        root.removeHandler(handler)
    for name in quieted:  # an earlier configure("INFO") in this process quiets these
        logging.getLogger(name).setLevel(logging.NOTSET)
    path = tmp_path / "debug.log"
    # The log file gets every record, as `loremaster play` writes it.
    configure("DEBUG", log_file=path, console_level="CRITICAL", secrets=revealed(
        settings.discord_token, settings.openai_api_key, settings.hf_token))
    ours = root.handlers[:]
    try:
        yield DebugLog(path, settings)
    finally:
        for handler in ours:
            root.removeHandler(handler)
        _uninstall()
        for handler in kept_handlers:
            root.addHandler(handler)
        root.setLevel(kept_level)
        for name, level in quieted.items():
            logging.getLogger(name).setLevel(level)


@pytest.fixture
async def fake_discord(debug_log: DebugLog) -> AsyncIterator[FakeDiscord]:
    """The fake, taking the Discord-shaped DISCORD_TOKEN; logging is set up before it starts."""
    assert debug_log.settings.discord_token is not None
    async with serving_fake_discord(debug_log.settings.discord_token.get_secret_value()) as fake:
        yield fake


PLAYER_LINES = {
    "alice": "I pry the lid off the crate marked with a heron, muttering \"easy now\".",
    "bob": "I lean on the bollard and ask the harbourmaster about the heron's cargo.",
}
CY_ACTION = "I light a storm lantern and swing it three times toward the heron ship."
CY_NOTE = "Tove secretly signals her brother on the heron ship"
OOC_LINE = "((brb, the kettle is screaming at me))"


async def test_a_debug_scene_logs_no_token_key_or_player_line(
    debug_log: DebugLog, table: Table
) -> None:
    fake = table.fake
    channel, _ = await table.ready_scene()
    cy = table.players[PLAYER_NAMES[2]].id
    await fake.user_says(channel.id, table.players["alice"].id, OOC_LINE)
    for player, line in PLAYER_LINES.items():
        await fake.user_says(channel.id, table.players[player].id, line)
    act = await fake.invoke_slash(table.guild.id, channel.id, cy, "act",
                                  options={"action": CY_ACTION, "note": CY_NOTE})
    assert CY_ACTION in ((await act.wait_response()).content or "")
    await table.wait_narrations(channel, 1)
    # A library that puts credentials into an error, on a logger made after install.
    settings = debug_log.settings
    assert settings.hf_token is not None
    try:
        raise ConnectionError(f"retry refused for {settings.openai_api_key.get_secret_value()}")
    except ConnectionError:
        logging.getLogger("a.library.made.later").debug(
            "auth failed with %s", settings.hf_token.get_secret_value(), exc_info=True)
    logging.getLogger("a.library.made.later").debug(
        "tokens %s", revealed(settings.hf_token, settings.openai_api_key))
    await table.bot.narrations.drain(5)
    await table.bot.close()  # everything the bot logs is written before the log is read

    log = debug_log.text()
    for source in ("discord.http", "discord.webhook.async_", "discord.gateway", "aiosqlite",
                   "openai"):
        assert f" {source}" in log, f"no DEBUG line from {source}: is DEBUG logging on?"
    secrets_issued = {
        "the bot token": fake.token,
        "the OpenAI key": settings.openai_api_key.get_secret_value(),
        "the HF token": settings.hf_token.get_secret_value(),
    }
    for hook in fake.state.webhooks.values():
        secrets_issued[f"webhook {hook.id}'s token"] = hook.token
    for interaction in fake.state.interactions.values():
        secrets_issued[f"interaction {interaction.id}'s token"] = interaction.token
    assert len(fake.state.webhooks) >= 1 and len(fake.state.interactions) >= 3
    leaked = [what for what, value in secrets_issued.items() if value and value in log]
    said = [*PLAYER_LINES.values(), CY_ACTION, CY_NOTE, OOC_LINE]
    leaked += [f"a player's line: {line!r}" for line in said if _fragment(line) in log]
    assert not leaked, f"the DEBUG log carries {leaked}"
    assert f"/webhooks/{next(iter(fake.state.webhooks))}/{REDACTED}" in log
    assert PLAYER_TEXT in log and PARAMETERS in log


def _fragment(line: str) -> str:
    """A stretch of the line with no quote characters, which repr/JSON would escape."""
    return max(line.replace('"', "'").split("'"), key=len)


async def test_loremaster_run_at_debug_keeps_tokens_and_players_lines_out_of_its_log(
    debug_log: DebugLog,
    process_table: tuple[Table, BotProcess],  # noqa: F811
) -> None:
    """The entry point installs the filter: the same scene, the bot run as `loremaster run`."""
    table, bot = process_table
    fake = table.fake
    key = debug_log.settings.openai_api_key.get_secret_value()
    await bot.stop()  # started at INFO by the fixture: restart it at DEBUG, with a key
    bot.env.update(LOREMASTER_LOG_LEVEL="DEBUG", OPENAI_API_KEY=key)
    assert bot.env["HF_TOKEN"] and bot.env["LOREMASTER_DISCORD_TOKEN"] == fake.token
    await bot.start()
    channel, _ = await table.ready_scene()
    for player, line in PLAYER_LINES.items():
        await fake.user_says(channel.id, table.players[player].id, line)
    await fake.user_says(channel.id, table.players["cy"].id, CY_ACTION)
    await fake.wait_for(lambda: len(table.webhook_posts(channel)) == 2, timeout_s=20,
                        what="the round's narration")
    assert await bot.terminate() == 0

    log = bot.log.read_text(encoding="utf-8")
    for source in ("discord.http", "discord.webhook.async_", "aiosqlite"):
        assert f" {source}: " in log, f"no DEBUG line from {source}: is DEBUG logging on?"
    tokens = [fake.token, key, bot.env["HF_TOKEN"]]
    tokens += [h.token for h in fake.state.webhooks.values()]
    tokens += [i.token for i in fake.state.interactions.values()]
    assert len(tokens) > 4 and not [t for t in tokens if t in log], "a token or key is logged"
    said = [*PLAYER_LINES.values(), CY_ACTION]
    assert not [line for line in said if _fragment(line) in log]
