"""Generate and vet: stream attempts until one passes the guards and the checks.

An attempt counts only when the backend proved it complete and non-empty; the
guards then pass it, trim it, or ask for another attempt with a steering note.
A bounded number of attempts, then the failure is said, never stored.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from bot.campaign_settings import CampaignSettings
from bot.engine.feedback import collecting
from bot.engine.guards import GUARD_NAMES, GuardContext, check_narration
from bot.engine.guards.repair import steering_note
from bot.engine.guards.resolution import ends_scene
from bot.engine.guards.tally import GuardAction, GuardTally, next_action
from bot.engine.guards.text import up_to_last_sentence
from bot.engine.prompt import PromptSection
from bot.llm.base import ChatMessage, IncompleteGeneration, LengthLimited, LLMBackend, LLMError
from bot.models import NARRATOR_KINDS, PostKind
from bot.services.guard_judge import judge_enabled, judge_narration
from bot.services.sinks import NarrationSink
from bot.services.turn_prompt import TurnPrompt
from bot.services.turns import (
    CheckResult,
    NarrationCheck,
    NarrationHeld,
    StreamGate,
    TurnContext,
)

log = logging.getLogger(__name__)

# Keeps a prompt for the prompt inspector (a steered attempt replaces the one before).
KeepPrompt = Callable[[int, TurnPrompt], Awaitable[None]]
# Archives a prompt's messages for training data; returns the reference that rebuilds it.
ArchivePrompt = Callable[[Sequence[ChatMessage]], Awaitable[str]]


@dataclass(frozen=True)
class VettedNarration:
    """A narration that passed the guards and checks, not yet posted or stored."""

    text: str
    meta: dict[str, Any]
    ctx: TurnContext  # what it was written from (the scene as it was then)
    prepare_ms: float = 0.0
    generate_ms: float = 0.0
    generate_cpu_ms: float = 0.0

    @property
    def round_no(self) -> int:
        return self.ctx.scene.round_no


class NarrationVetter:
    def __init__(
        self,
        backend: LLMBackend,
        *,
        keep_prompt: KeepPrompt,
        checks: Sequence[NarrationCheck] = (),
        max_attempts: int = 3,
        archive: ArchivePrompt | None = None,
    ) -> None:
        self.backend = backend
        self.keep_prompt = keep_prompt
        self.archive = archive
        self.checks = list(checks)
        self.max_attempts = max_attempts
        self.guard_tally = GuardTally()

    async def generate(
        self, ctx: TurnContext, prompt: TurnPrompt, sink: NarrationSink
    ) -> tuple[str, dict[str, Any]]:
        """The first attempt that passes, with what the vetting noted about it (its meta).

        Raises LLMError when every attempt failed to complete, NarrationHeld when the
        checks refused every attempt.
        """
        enabled = enabled_guards(ctx.campaign.settings)
        guard_ctx = GuardContext(
            players=[ctx.names[p.player_id] for p in ctx.participants],
            previous=[p.content for p in ctx.history if p.kind in NARRATOR_KINDS][-6:],
            declared_actions={
                ctx.names.get(p.author_id, p.author_name): p.content
                for p in ctx.round_posts
                if p.kind == PostKind.ACTION
            },
        )
        meta: dict[str, Any] = {}
        failure: LLMError | None = None
        live = await self._may_stream(ctx)
        # With the campaign opted in to training data, the prompt of what passes, and of
        # what the guards sent back, is archived (see bot.services.feedback).
        archive = self.archive if collecting(ctx.campaign.settings) else None
        for attempt in range(1, self.max_attempts + 1):
            try:
                text = await self._stream_attempt(prompt, sink, live, meta)
            except IncompleteGeneration as exc:  # never canon: try again, then say so
                failure = exc
                # INFO: a retried attempt is routine; the caller says so if all fail.
                log.info("narration attempt %d failed: %s", attempt, exc)
                continue
            failure = None
            judged = None
            if judge_enabled(ctx.campaign.settings) and "impersonation" in enabled:
                verdict = await judge_narration(self.backend, text, guard_ctx)
                meta.setdefault("model_judge", []).append(verdict.meta())
                judged = verdict.verdict
            report = check_narration(text, guard_ctx, enabled, judged)
            action = next_action(report, attempt, self.max_attempts)
            self.guard_tally.record(report, action)
            if not report.passed:
                log.info("guards: attempt=%d failed=%s action=%s", attempt,
                         ",".join(sorted(report.failed_guards())), action)
            if action == GuardAction.TRIM and report.trimmed:
                if archive is not None:
                    meta["guard_original"] = text
                text = report.trimmed
                # The GM log shows what the repair cut and why; players see the repaired text.
                meta["guard_repairs"] = [
                    {"guard": c.guard, "reason": c.reason, "cut": c.text} for c in report.cuts
                ]
            elif action == GuardAction.REGENERATE:
                if archive is not None:
                    meta.setdefault("guard_rejected", []).append({
                        "text": text, "prompt_ref": await archive(prompt.messages),
                        "guards": sorted(report.failed_guards()),
                    })
                note = steering_note(report.findings, guard_ctx.players)
                prompt = steered(prompt, note, self.backend.count_tokens(note))
                await self.keep_prompt(ctx.scene.id, prompt)
                continue
            elif action == GuardAction.GIVE_UP:
                meta["guard_failures"] = sorted(report.failed_guards())
            refusal = await self._run_checks(text, ctx)
            if refusal is not None:
                if attempt < self.max_attempts:
                    if refusal.steer:
                        prompt = steered(
                            prompt, refusal.steer, self.backend.count_tokens(refusal.steer))
                        await self.keep_prompt(ctx.scene.id, prompt)
                    continue
                raise NarrationHeld(refusal.reason, text)
            if ends_scene(text) and ctx.scene.status != "ended":
                meta["warning"] = "ends_scene"
                log.warning("narration seems to end the scene: scene=%d", ctx.scene.id)
            if archive is not None:
                meta["prompt_ref"] = await archive(prompt.messages)
            await sink.update(text)
            return text, meta
        if failure is not None:
            raise LLMError(f"{failure} (tried {self.max_attempts} times)")
        raise NarrationHeld("no attempt passed the checks")

    async def _stream_attempt(
        self, prompt: TurnPrompt, sink: NarrationSink, live: bool, meta: dict[str, Any]
    ) -> str:
        """One generation, proven complete and non-empty, or IncompleteGeneration."""
        text = ""
        chunks = self.backend.stream(prompt.messages, prompt.sampling)
        try:
            async for chunk in chunks:
                text += chunk
                if live:
                    await sink.update(text)
        except LengthLimited as exc:
            # Cut at the token limit: keep the finished sentences, and say it was cut.
            text = up_to_last_sentence(exc.text)
            if not text:
                raise IncompleteGeneration(
                    "the narration reached the token limit before its first sentence ended"
                ) from None
            meta["cut_at_token_limit"] = True
        finally:  # a sink that fails mid-stream frees the backend's slot now, not at GC
            close = getattr(chunks, "aclose", None)
            if close is not None:
                await close()
        text = text.strip()
        if not text:
            raise IncompleteGeneration("the backend sent an empty narration")
        return text

    async def _may_stream(self, ctx: TurnContext) -> bool:
        """False when a check must see the whole text before anyone does (secrets)."""
        for check in self.checks:
            if isinstance(check, StreamGate) and not await check.allows_streaming(ctx):
                return False
        return True

    async def _run_checks(self, text: str, ctx: TurnContext) -> CheckResult | None:
        """The first refusal from the extra checks (its reason named after the check),
        or None when all pass."""
        for check in self.checks:
            result = await check.check(text, ctx)
            if not result.ok:
                log.warning("check refused a narration: check=%s reason=%s",
                            check.name, result.reason)
                return replace(result, reason=f"{check.name}: {result.reason}")
        return None


def steered(prompt: TurnPrompt, note: str, tokens: int) -> TurnPrompt:
    """The prompt with a steering note after the round's request (roles keep alternating);
    the note is a section of its own for the prompt inspector."""
    if not note or not prompt.messages or prompt.messages[-1]["role"] != "user":
        return prompt
    last = prompt.messages[-1]
    note_added: ChatMessage = {"role": "user", "content": f"{last['content']}\n\n{note}"}
    messages = [*prompt.messages[:-1], note_added]
    sections = [*prompt.sections, PromptSection("guard steering", note, tokens)]
    return replace(prompt, messages=messages, sections=sections)


def enabled_guards(settings: dict[str, Any]) -> list[str]:
    """Guards switched on for a campaign (all by default)."""
    switches = CampaignSettings.tolerant(settings).guards
    return [name for name in GUARD_NAMES if getattr(switches, name, True)]
