"""Runs the optional model-judged impersonation check against the configured backend.

One short structured-output request per finished narration. It never blocks a
narration: a timeout, an HTTP error or an answer that is not the schema's JSON
leaves the rules' verdict as it was, and says why in the result.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass, field
from typing import Any, cast

from bot.campaign_settings import CampaignSettings
from bot.engine.guards import GuardContext
from bot.engine.guards.judged import JUDGE_SCHEMA, JudgeAnswerError, judge_messages, parse_answer
from bot.llm.base import LLMBackend, LLMError, SamplingSettings, complete
from bot.models import ChatMessage

log = logging.getLogger(__name__)

JUDGE_TIMEOUT_S = 20.0
JUDGE_SAMPLING = SamplingSettings(temperature=0.0, top_p=None, max_tokens=300,
                                  json_schema=JUDGE_SCHEMA)


def judge_enabled(settings: dict[str, Any]) -> bool:
    """`settings.guards.model_judge`: off unless a campaign turns it on."""
    return CampaignSettings.tolerant(settings).guards.model_judge


@dataclass
class JudgeResult:
    verdict: dict[str, list[str]] = field(default_factory=dict)
    ms: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    error: str | None = None  # why the rules alone decided

    def meta(self) -> dict[str, Any]:
        meta: dict[str, Any] = {"ms": round(self.ms), "prompt_tokens": self.prompt_tokens,
                                "completion_tokens": self.completion_tokens,
                                "flagged": self.verdict}
        if self.error is not None:
            meta["error"] = self.error
        return meta


async def judge_narration(backend: LLMBackend, text: str, ctx: GuardContext,
                          limit_s: float = JUDGE_TIMEOUT_S) -> JudgeResult:
    messages = cast(list[ChatMessage], judge_messages(text, ctx))
    result = JudgeResult(prompt_tokens=sum(backend.count_tokens(m["content"])
                                           for m in messages))
    started = time.perf_counter()
    raw = ""
    try:
        raw = await asyncio.wait_for(complete(backend, messages, JUDGE_SAMPLING), limit_s)
        result.verdict = parse_answer(raw, ctx.players)
    except TimeoutError:
        result.error = f"no answer within {limit_s:g} s"
    except LLMError as exc:
        result.error = f"backend error: {exc}"
    except JudgeAnswerError as exc:
        result.error = f"unusable answer: {exc}"
    result.ms = (time.perf_counter() - started) * 1000
    result.completion_tokens = backend.count_tokens(raw) if raw else 0
    log.info("guard judge: ms=%.0f tokens=%d+%d flagged=%s%s", result.ms,
             result.prompt_tokens, result.completion_tokens,
             ",".join(sorted(result.verdict)) or "-",
             f" fallback={result.error}" if result.error else "")
    return result
