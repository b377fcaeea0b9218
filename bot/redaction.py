"""A logging filter that keeps credentials and (unless allowed) players' text out of logs.

It sits on handlers, not loggers: a logger's filters see only records logged on that
very logger, while a handler's filters see every record that reaches it, whichever
library logged it. Each record is rendered once, scrubbed, and stored back with no
args, so no formatter can render the raw values again.
"""

from __future__ import annotations

import functools
import logging
import re
import traceback
from collections.abc import Callable, Iterable
from typing import Any, Protocol
from urllib.parse import quote

REDACTED = "[redacted]"
PLAYER_TEXT = "[text withheld]"  # players' words, and any prose that may quote them
PARAMETERS = "[parameters]"
FAILED_LINE = "[log record withheld: it could not be redacted]"

# Values shorter than this are placeholders ("x", "none", "EMPTY" for a keyless local
# server), not credentials; scrubbing them would blank ordinary words in every line.
MIN_SECRET_LENGTH = 6

_MARK = "_loremaster_redacted_by"


def _keep_prefix(match: re.Match[str]) -> str:
    # A function, not a "\\1…" template: re parses a template on every call, match or not.
    return match.group(1) + REDACTED


def _quoted_after_prefix(replacement: str) -> Callable[[re.Match[str]], str]:
    return lambda match: f"{match.group(1)}'{replacement}'"


_B64URL = r"[A-Za-z0-9_\-]"
# (substring a line must hold for the pattern to be tried, pattern, replacement): a plain
# `in` test is far cheaper than a regex search that finds nothing.
_SECRET_SHAPES: tuple[tuple[str, re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # Webhook and interaction URLs carry their token as the last path part.
    ("/webhooks/", re.compile(rf"(/webhooks/\d+/){_B64URL}+"), _keep_prefix),
    ("/interactions/", re.compile(rf"(/interactions/\d+/){_B64URL}+"), _keep_prefix),
    # After "Authorization" whatever follows the scheme; elsewhere only a token-like word
    # after "Bot"/"Bearer", so that prose such as "Bot is ready" stays readable.
    ("uthorization", re.compile(
        r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?(?:(?:bot|bearer|basic)\s+)?)[^\s'\",}\]]+"
    ), _keep_prefix),
    ("Bearer", re.compile(r"(\bBearer\s+)[\w\-.~+/=]{12,}"), _keep_prefix),
    ("Bot", re.compile(r"(\bBot\s+)[\w\-.~+/=]{20,}"), _keep_prefix),
    # A Discord bot token: base64 user id, base64 timestamp, HMAC.
    (".", re.compile(rf"(?<![\w\-.]){_B64URL}{{23,}}\.{_B64URL}{{6,7}}\.{_B64URL}{{27,}}"),
     REDACTED),
    ("sk-", re.compile(r"\bsk-[A-Za-z0-9_\-]{16,}"), REDACTED),
    ("hf_", re.compile(r"\bhf_[A-Za-z0-9]{20,}"), REDACTED),
)

_QUOTED = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
# A field in a JSON body or a Python dict repr, e.g. "token": "…" or 'token': '…'.
_SECRET_FIELDS = re.compile(
    rf"""(["'](?:\w*token|password|secret|api_key|authorization)["']\s*:\s*){_QUOTED}""",
    re.IGNORECASE,
)
# Fields in which Discord payloads carry people's prose: message content, option and
# modal values, embed titles and descriptions.
_PLAYER_FIELDS = re.compile(rf"""(["'](?:content|value|description|title)["']\s*:\s*){_QUOTED}""")
_REDACTED_VALUE = _quoted_after_prefix(REDACTED)
_WITHHELD_VALUE = _quoted_after_prefix(PLAYER_TEXT)


class RedactionFilter(logging.Filter):
    """Rewrites every record it sees; never raises (an unscrubbable record becomes a fixed line)."""

    def __init__(self, secrets: Iterable[str] = (), *, allow_player_text: bool = False) -> None:
        super().__init__()
        self.allow_player_text = allow_player_text
        self._exact = _exact_pattern(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            if getattr(record, _MARK, None) is not self:  # another handler's pass did it
                self._scrub_record(record)
                setattr(record, _MARK, self)
        except Exception:  # raising here would print the raw record
            try:
                _withhold(record)
            except Exception:
                return False  # a record that cannot even be blanked is dropped
        return True

    def scrub(self, text: str) -> str:
        if self._exact is not None:
            text = self._exact.sub(REDACTED, text)
        for needle, pattern, replacement in _SECRET_SHAPES:
            if needle in text:
                text = pattern.sub(replacement, text)
        if ":" in text:
            text = _SECRET_FIELDS.sub(_REDACTED_VALUE, text)
            if not self.allow_player_text:
                text = _PLAYER_FIELDS.sub(_WITHHELD_VALUE, text)
        return text

    def _scrub_record(self, record: logging.LogRecord) -> None:
        if not self.allow_player_text and record.name.split(".", 1)[0] == "aiosqlite":
            record.args = _without_statement_parameters(record.args)
        record.msg = self.scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
        if record.exc_text:
            record.exc_text = self.scrub(record.exc_text)
        # The traceback lives on as scrubbed text; the live exception would be rendered raw.
        record.exc_info = None
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)


def install_redaction(secrets: Iterable[str], *, allow_player_text: bool = False) -> None:
    """Scrub every record on every handler that exists now (root's included).

    Handlers added later are not covered: call this again after adding one.
    """
    redaction = RedactionFilter(secrets, allow_player_text=allow_player_text)
    for handler in _all_handlers():
        for old in [f for f in handler.filters if isinstance(f, RedactionFilter)]:
            handler.removeFilter(old)
        handler.addFilter(redaction)


class SecretValue(Protocol):
    def get_secret_value(self) -> str: ...


def revealed(*secrets: SecretValue | None) -> list[str]:
    """The plain values of configured secrets (pydantic SecretStr), for install_redaction."""
    return [s.get_secret_value() for s in secrets if s is not None]


def _all_handlers() -> list[logging.Handler]:
    loggers: list[Any] = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    handlers = [h for lg in loggers if isinstance(lg, logging.Logger) for h in lg.handlers]
    if logging.lastResort is not None:  # what prints warnings when no handler is set up
        handlers.append(logging.lastResort)
    return list(dict.fromkeys(handlers))


def _exact_pattern(secrets: Iterable[str]) -> re.Pattern[str] | None:
    values = {v.strip() for v in secrets if v and len(v.strip()) >= MIN_SECRET_LENGTH}
    forms = values | {quote(v, safe="") for v in values}  # as it appears in a URL
    if not forms:
        return None
    return re.compile("|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)))


def _without_statement_parameters(args: Any) -> Any:
    """aiosqlite logs each call as a partial holding the SQL and its bound values."""
    if not isinstance(args, tuple):
        return args
    return tuple(_describe_call(a) if isinstance(a, functools.partial) else a for a in args)


def _describe_call(call: functools.partial[Any]) -> str:
    name = getattr(call.func, "__name__", "call")
    shown = [repr(a) if i == 0 and isinstance(a, str) else PARAMETERS
             for i, a in enumerate(call.args)]
    if call.keywords:
        shown.append(PARAMETERS)
    return f"{name}({', '.join(shown)})"


def _withhold(record: logging.LogRecord) -> None:
    record.msg = FAILED_LINE
    record.args = None
    record.exc_info = None
    record.exc_text = None
    record.stack_info = None
