"""Any OpenAI-compatible chat endpoint (vLLM, llama.cpp, Ollama, KoboldCpp, OpenRouter, OpenAI).

Retries are ours rather than the client's so that they are explicit: 429,
5xx, connection errors and timeouts are retried with exponential backoff,
honouring Retry-After, but only before the first chunk arrived — a stream
cut after text was shown cannot be silently restarted.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import AsyncIterator, Sequence
from typing import Any

import openai
from openai import AsyncOpenAI

from bot.llm.base import ChatMessage, LLMError, SamplingSettings, estimate_tokens

log = logging.getLogger(__name__)

# OpenAI itself accepts at most four stop sequences; the guards order theirs by importance.
MAX_STOP_SEQUENCES = 4
_RETRY_STATUSES = {408, 409, 425, 429, 500, 502, 503, 504}


class OpenAICompatBackend:
    name = "openai"

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        model: str,
        context_window: int = 8192,
        timeout: float = 60.0,
        max_retries: int = 4,
        backoff_base: float = 0.5,
        backoff_cap: float = 20.0,
    ) -> None:
        self.model = model
        self.context_window = context_window
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self._client = AsyncOpenAI(
            base_url=base_url, api_key=api_key, timeout=timeout, max_retries=0
        )

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    async def aclose(self) -> None:
        await self._client.close()

    def _request(self, messages: Sequence[ChatMessage], sampling: SamplingSettings) -> dict:
        request: dict[str, Any] = {
            "model": self.model,
            "messages": list(messages),
            "stream": True,
        }
        for key in ("temperature", "top_p", "max_tokens", "presence_penalty",
                    "frequency_penalty", "seed"):
            value = getattr(sampling, key)
            if value is not None:
                request[key] = value
        if sampling.stop:
            request["stop"] = sampling.stop[:MAX_STOP_SEQUENCES]
        if sampling.json_schema is not None:
            request["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "result", "schema": sampling.json_schema},
            }
        return request

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        request = self._request(messages, sampling)
        attempt = 0
        while True:
            started = False
            try:
                stream = await self._client.chat.completions.create(**request)
                try:
                    async for chunk in stream:
                        if not chunk.choices:
                            continue
                        text = chunk.choices[0].delta.content
                        if text:
                            started = True
                            yield text
                finally:
                    await stream.close()
                return
            except (openai.APIStatusError, openai.APIConnectionError) as exc:
                if started:
                    raise LLMError("the narrator's stream broke off mid-way") from exc
                delay = self._retry_delay(exc, attempt)
                if delay is None:
                    raise LLMError(_describe(exc)) from exc
                attempt += 1
                log.warning(
                    "backend error, retrying: error=%s attempt=%d delay=%.2fs",
                    type(exc).__name__, attempt, delay,
                )
                await asyncio.sleep(delay)

    def _retry_delay(self, exc: Exception, attempt: int) -> float | None:
        """Seconds to wait before the next try, or None when not worth retrying."""
        if attempt >= self.max_retries:
            return None
        if isinstance(exc, openai.APIStatusError):
            if exc.status_code not in _RETRY_STATUSES:
                return None
            retry_after = _retry_after_seconds(exc.response.headers)
            if retry_after is not None:
                return min(retry_after, self.backoff_cap)
        backoff = self.backoff_base * (2**attempt)
        return float(min(backoff * (0.5 + random.random() / 2), self.backoff_cap))


def _retry_after_seconds(headers: Any) -> float | None:
    for name in ("retry-after-ms", "retry-after"):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value)
        except ValueError:
            return None
        return seconds / 1000 if name == "retry-after-ms" else seconds
    return None


def _describe(exc: Exception) -> str:
    if isinstance(exc, openai.APITimeoutError):
        return "the narrator's backend did not answer in time"
    if isinstance(exc, openai.APIConnectionError):
        return "the narrator's backend is unreachable"
    if isinstance(exc, openai.AuthenticationError):
        return "the narrator's backend refused the API key"
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code == 429:
            return "the narrator's backend is rate-limiting us; try again shortly"
        return f"the narrator's backend answered HTTP {exc.status_code}"
    return "the narrator's backend failed"
