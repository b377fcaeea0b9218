"""Token usage: what each generation cost, whom it is charged to, and the daily quotas.

Every generation goes through a `MeteredBackend`, which counts the prompt and the
text with the backend's own `count_tokens` (the local model's tokenizer, or the
estimate for servers) and charges them to the `UsageScope` of the task: the
narration sets one for its campaign and the players who acted, and the memory upkeep
it starts inherits it (contextvars follow the tasks it creates). A generation with no
scope (console checks) is charged to no guild.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TypeVar

from bot.llm.base import LLMBackend, SamplingSettings
from bot.models import Campaign, ChatMessage
from bot.store import Store
from bot.store.usage import UsageRow

log = logging.getLogger(__name__)
K = TypeVar("K", int, str)


@dataclass(frozen=True)
class UsageScope:
    """Whom the generations of the current task are charged to."""

    guild_id: int | None
    campaign_id: int | None
    player_ids: tuple[str, ...] = ()  # split evenly among them; none: the campaign only


usage_scope: ContextVar[UsageScope | None] = ContextVar("usage_scope", default=None)


@contextmanager
def charged_to(scope: UsageScope) -> Iterator[None]:
    token = usage_scope.set(scope)
    try:
        yield
    finally:
        usage_scope.reset(token)


def scope_of(campaign: Campaign, player_ids: Sequence[str] = ()) -> UsageScope:
    return UsageScope(campaign.guild_id, campaign.id, tuple(sorted(set(player_ids))))


def utc_day(now: float) -> str:
    return datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%d")


def day_start(now: float) -> float:
    """The epoch second the UTC day of `now` began."""
    moment = datetime.fromtimestamp(now, UTC)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def last_days(now: float, days: int) -> list[str]:
    """The `days` UTC days up to today, oldest first."""
    today = datetime.fromtimestamp(now, UTC).date()
    return [(today - timedelta(days=n)).isoformat() for n in range(days - 1, -1, -1)]


def split_tokens(total: int, parts: int) -> list[int]:
    """`total` in `parts` shares that differ by at most one and add up to `total`."""
    if parts <= 0:
        return []
    share, rest = divmod(total, parts)
    return [share + (1 if n < rest else 0) for n in range(parts)]


def backend_label(backend: LLMBackend) -> str:
    """The backend as usage names it: its kind and, for a server, the model it asks for."""
    model = getattr(backend, "model", None)
    return f"{backend.name}:{model}" if isinstance(model, str) and model else backend.name


class QuotaReached(Exception):
    """A guild's daily quota stops generation; the message is shown in the scene as is.

    `period` names the quota and its day, so the scene hears it once per period."""

    def __init__(self, message: str, period: str) -> None:
        super().__init__(message)
        self.period = period


class OncePer:
    """Says yes the first time a subject comes up in a period (notices worth one post)."""

    def __init__(self) -> None:
        self._told: dict[Hashable, Hashable] = {}

    def first(self, subject: Hashable, period: Hashable) -> bool:
        if self._told.get(subject) == period:
            return False
        self._told[subject] = period
        return True


@dataclass(frozen=True)
class UsageTotals:
    tokens_in: int = 0
    tokens_out: int = 0

    @property
    def total(self) -> int:
        return self.tokens_in + self.tokens_out

    def plus(self, row: UsageRow) -> UsageTotals:
        return UsageTotals(self.tokens_in + row.tokens_in, self.tokens_out + row.tokens_out)


@dataclass(frozen=True)
class UsageReport:
    """One guild's usage over some days: per day (every day, zeros included) and, over the
    whole period, per campaign, player and backend, each largest first."""

    days: list[tuple[str, UsageTotals]]
    campaigns: list[tuple[int, UsageTotals]]
    players: list[tuple[str, UsageTotals]]
    backends: list[tuple[str, UsageTotals]]

    @property
    def total(self) -> UsageTotals:
        return sum_totals(t for _, t in self.days)


def sum_totals(totals: Iterator[UsageTotals] | list[UsageTotals]) -> UsageTotals:
    tokens_in = tokens_out = 0
    for t in totals:
        tokens_in, tokens_out = tokens_in + t.tokens_in, tokens_out + t.tokens_out
    return UsageTotals(tokens_in, tokens_out)


def _largest(table: dict[K, UsageTotals]) -> list[tuple[K, UsageTotals]]:
    return sorted(table.items(), key=lambda item: -item[1].total)


def usage_report(rows: Sequence[UsageRow], days: Sequence[str]) -> UsageReport:
    per_day = {day: UsageTotals() for day in days}
    campaigns: dict[int, UsageTotals] = {}
    players: dict[str, UsageTotals] = {}
    backends: dict[str, UsageTotals] = {}
    for row in rows:
        if row.day not in per_day:
            continue
        per_day[row.day] = per_day[row.day].plus(row)
        backends[row.backend] = backends.get(row.backend, UsageTotals()).plus(row)
        if row.campaign_id:
            campaigns[row.campaign_id] = campaigns.get(row.campaign_id, UsageTotals()).plus(row)
        if row.player_id:
            players[row.player_id] = players.get(row.player_id, UsageTotals()).plus(row)

    return UsageReport(list(per_day.items()), _largest(campaigns), _largest(players),
                       _largest(backends))


class UsageService:
    def __init__(self, store: Store, *, clock: Callable[[], float]) -> None:
        self.store = store
        self.clock = clock

    async def record(self, backend: str, tokens_in: int, tokens_out: int) -> None:
        """Charge one generation to the current scope, split evenly among its players."""
        scope = usage_scope.get() or UsageScope(None, None)
        players = scope.player_ids or ("",)
        shares = zip(players, split_tokens(tokens_in, len(players)),
                     split_tokens(tokens_out, len(players)), strict=True)
        day = utc_day(self.clock())
        await self.store.usage.add([
            UsageRow(day=day, guild_id=scope.guild_id or 0, campaign_id=scope.campaign_id or 0,
                     player_id=player, backend=backend, tokens_in=share_in,
                     tokens_out=share_out)
            for player, share_in, share_out in shares])

    async def report(self, guild_id: int, days: int) -> UsageReport:
        span = last_days(self.clock(), days)
        return usage_report(await self.store.usage.of_guild(guild_id, span[0]), span)

    async def quota_refusal(self, campaign: Campaign) -> QuotaReached | None:
        """Why the campaign's guild may not generate now (a daily quota is used up)."""
        if campaign.guild_id is None:
            return None
        config = await self.store.guilds.config(campaign.guild_id)
        now = self.clock()
        day = utc_day(now)
        after = ("Every action is saved; the narrator answers again after midnight UTC, or "
                 "once an admin raises the limit (`/admin limits`) and a GM uses `/scene resume`.")
        if config.tokens_per_day is not None:
            spent = await self.store.usage.tokens_on(campaign.guild_id, day)
            if spent >= config.tokens_per_day:
                return QuotaReached(
                    f"This server has used its {config.tokens_per_day:,} tokens for today "
                    f"({spent:,} spent). {after}", f"tokens:{day}")
        if config.narrations_per_day is not None:
            told = await self.store.guilds.narrations_since(campaign.guild_id, day_start(now))
            if told >= config.narrations_per_day:
                return QuotaReached(
                    f"This server has had its {config.narrations_per_day} narrations for "
                    f"today. {after}", f"narrations:{day}")
        return None


class MeteredBackend:
    """A backend whose every generation is charged to the current `UsageScope`."""

    def __init__(self, inner: LLMBackend, usage: UsageService, label: str | None = None) -> None:
        """`label`: the name usage shows (a named backend's); by default its kind:model."""
        self.inner = inner
        self.usage = usage
        self.label = label

    @property
    def name(self) -> str:
        return self.inner.name

    @name.setter
    def name(self, value: str) -> None:
        self.inner.name = value

    @property
    def context_window(self) -> int:
        return self.inner.context_window

    @context_window.setter
    def context_window(self, value: int) -> None:
        self.inner.context_window = value

    def count_tokens(self, text: str) -> int:
        return self.inner.count_tokens(text)

    async def check(self) -> str:
        return await self.inner.check()

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        """The inner stream as it is; what it cost is recorded however it ends (a failed
        attempt spent tokens too)."""
        out: list[str] = []
        chunks = self.inner.stream(messages, sampling)
        try:
            async for chunk in chunks:
                out.append(chunk)
                yield chunk
        finally:
            close = getattr(chunks, "aclose", None)
            if close is not None:
                await close()
            await self._record(messages, "".join(out))

    async def _record(self, messages: Sequence[ChatMessage], text: str) -> None:
        try:
            tokens_in = sum(self.inner.count_tokens(m["content"]) for m in messages)
            tokens_out = self.inner.count_tokens(text) if text else 0
            await self.usage.record(self.label or backend_label(self.inner), tokens_in, tokens_out)
        except Exception:  # usage is bookkeeping: it never fails a narration
            log.exception("recording token usage failed")
