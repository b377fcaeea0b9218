"""Any OpenAI-compatible chat endpoint (vLLM, llama.cpp, Ollama, KoboldCpp, OpenRouter, OpenAI).

A narration counts only when the server proves it complete: a chunk with a
finish reason, or `[DONE]`. A stream that stops early, an HTML page, an error
event or a malformed chunk is a failed attempt (`LLMError`), never text to keep.

Retries are ours rather than the client's so that players can be told about
them: 429, 5xx, connection errors and time-outs are retried with exponential
backoff, honouring Retry-After, but only before the first text arrived — a
stream cut after text was shown is the caller's to retry as a whole.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import AsyncIterator, Sequence
from typing import Any

import httpx2
import openai
from openai import AsyncOpenAI

from bot.llm.base import (
    ChatMessage,
    IncompleteGeneration,
    LengthLimited,
    LLMError,
    SamplingSettings,
    current_scope,
    estimate_tokens,
)
from bot.llm.sse import events

log = logging.getLogger(__name__)

# OpenAI itself accepts at most four stop sequences; the guards order theirs by importance.
MAX_STOP_SEQUENCES = 4
_RETRY_STATUSES = {408, 409, 425, 429, 500, 502, 503, 504}
# Players hear about a wait this long or longer (a short backoff is not worth a notice).
NOTICE_AFTER_S = 3.0


class _Retryable(Exception):
    """A failure before any text, worth another try after `delay` seconds."""

    def __init__(self, reason: str, delay: float | None = None) -> None:
        super().__init__(reason)
        self.delay = delay


class OpenAICompatBackend:
    name = "openai"

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        model: str | None,
        context_window: int = 8192,
        timeout: float = 60.0,
        first_byte_timeout: float = 60.0,
        max_retries: int = 4,
        backoff_base: float = 0.5,
        backoff_cap: float = 30.0,
        notice_after: float = NOTICE_AFTER_S,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model or ""
        self.context_window = context_window
        self.first_byte_timeout = first_byte_timeout
        self.read_timeout = timeout
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.backoff_cap = backoff_cap
        self.notice_after = notice_after
        # httpx's read limit also covers the wait for the headers, so it must not cut a
        # start the first-byte limit allows; silence mid-stream has its own timer below.
        self._client = AsyncOpenAI(
            base_url=self.base_url,
            api_key=api_key,
            timeout=httpx2.Timeout(max(timeout, first_byte_timeout),
                                   connect=min(timeout, 10.0)),
            max_retries=0,
        )

    def count_tokens(self, text: str) -> int:
        return estimate_tokens(text)

    async def aclose(self) -> None:
        await self._client.close()

    @property
    def where(self) -> str:
        return f"{self.base_url} (model {self.model or 'not chosen yet'})"

    # -- the server's models ---------------------------------------------------

    async def check(self) -> str:
        try:
            async with asyncio.timeout(self.first_byte_timeout):
                page = await self._client.models.list()
            served = [m.id for m in page.data]
        except openai.NotFoundError:
            served = []  # some servers do not list their models
        except (openai.APIError, TimeoutError) as exc:
            raise LLMError(self._describe(exc)) from None
        if not self.model:
            if not served:
                raise LLMError(f"{self.base_url} does not say which model it serves; "
                               "set LOREMASTER_MODEL to its model name")
            self.model = served[0]
            others = f" (it serves {len(served)}; LOREMASTER_MODEL picks another)" \
                if len(served) > 1 else ""
            return f"narrating with {self.model}, the model {self.base_url} serves{others}"
        if served and self.model not in served:
            listed = ", ".join(served[:5]) + (", …" if len(served) > 5 else "")
            return (f"note: {self.base_url} does not list model {self.model} "
                    f"(it lists {listed}); trying it anyway")
        return f"narrating with {self.model} at {self.base_url}"

    # -- generation ------------------------------------------------------------

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
        if not self.model:
            await self.check()
        request = self._request(messages, sampling)
        attempt = 0
        while True:
            try:
                async for text in self._attempt(request):
                    yield text
                return
            except _Retryable as exc:
                delay = self._retry_delay(exc, attempt)
                if delay is None:
                    raise LLMError(str(exc)) from None
                attempt += 1
                # INFO: the players hear of the wait (on_wait) and of a final failure;
                # a warning would say it again on the play screen.
                log.info("backend error, retrying: %s attempt=%d delay=%.2fs",
                         exc, attempt, delay)
                if delay >= self.notice_after:
                    current_scope.get().waiting(f"{exc}; trying again in {delay:.0f} s")
                await asyncio.sleep(delay)

    async def _attempt(self, request: dict[str, Any]) -> AsyncIterator[str]:
        """One request: yields its text, returns only on a proven end."""
        scope = current_scope.get()
        loop = asyncio.get_running_loop()
        notice = loop.call_later(
            self.notice_after, scope.waiting, f"waiting for {self.base_url} to start answering "
            f"(giving up after {self.first_byte_timeout:g} s)"
        )
        text: list[str] = []
        try:
            async with asyncio.timeout(self.first_byte_timeout) as deadline:
                async with self._client.chat.completions.with_streaming_response.create(
                    **request
                ) as response:
                    kind = response.headers.get("content-type", "")
                    if "text/event-stream" not in kind:
                        raise IncompleteGeneration(
                            f"{self.where} answered with {kind or 'no content type'}, "
                            "not a stream of text")
                    async for event in events(response.iter_lines()):
                        piece, finish = self._parse(event)
                        if piece:
                            notice.cancel()
                            text.append(piece)
                            deadline.reschedule(None)  # the caller's time is not silence
                            yield piece
                        if finish == "length":
                            raise LengthLimited("".join(text))
                        if finish is not None:
                            return
                        if text:  # the server has started: from now on, a limit on silence
                            deadline.reschedule(loop.time() + self.read_timeout)
        except LLMError:
            raise
        except TimeoutError:
            if text:
                raise IncompleteGeneration(f"the stream from {self.where} broke off: silent "
                                           f"for {self.read_timeout:g} s") from None
            raise LLMError(f"{self.where} did not start answering within "
                           f"{self.first_byte_timeout:g} s") from None
        except (openai.APIStatusError, openai.APIConnectionError) as exc:
            if text:
                raise IncompleteGeneration(
                    f"the stream from {self.where} broke off mid-way") from None
            if not _retryable(exc):
                raise LLMError(self._describe(exc)) from None
            raise _Retryable(self._describe(exc), _retry_after(exc)) from None
        except (httpx2.HTTPError, OSError) as exc:  # a read failing mid-stream
            raise IncompleteGeneration(
                f"the stream from {self.where} broke off: {type(exc).__name__}") from None
        finally:
            notice.cancel()
        raise IncompleteGeneration(
            f"the stream from {self.where} ended before the narration did "
            f"({sum(map(len, text))} characters, no end marker)")

    def _parse(self, event: Any) -> tuple[str, str | None]:
        """(text, finish reason) of one event; `[DONE]` is a finish with no reason."""
        if event.data.strip() == "[DONE]":
            return "", "stop"
        try:
            payload = json.loads(event.data)
        except ValueError:
            raise IncompleteGeneration(
                f"{self.where} sent a malformed chunk: {event.data[:80]!r}") from None
        if not isinstance(payload, dict):
            raise IncompleteGeneration(f"{self.where} sent a malformed chunk")
        if event.name == "error" or "error" in payload:
            error = payload.get("error", payload)
            message = error.get("message") if isinstance(error, dict) else error
            # Mid-stream errors are the server's passing trouble (overload, an upstream
            # provider): the attempt failed, and the scene may try again.
            raise IncompleteGeneration(
                f"{self.where} reported an error: {message or 'no details'}")
        choices = payload.get("choices") or []
        if not choices or not isinstance(choices[0], dict):
            return "", None  # usage-only and keep-alive chunks
        choice = choices[0]
        delta = choice.get("delta") or {}
        piece = delta.get("content") if isinstance(delta, dict) else None
        return (piece if isinstance(piece, str) else ""), choice.get("finish_reason")

    def _retry_delay(self, exc: _Retryable, attempt: int) -> float | None:
        """Seconds to wait before the next try, or None when out of tries."""
        if attempt >= self.max_retries:
            return None
        if exc.delay is not None:
            return min(exc.delay, self.backoff_cap)
        backoff = self.backoff_base * (2**attempt)
        return float(min(backoff * (0.5 + random.random() / 2), self.backoff_cap))

    def _describe(self, exc: Exception) -> str:
        """One line naming the server, the model and what the server said."""
        if isinstance(exc, TimeoutError | openai.APITimeoutError):
            return f"{self.where} did not answer in time"
        if isinstance(exc, openai.APIConnectionError):
            cause = exc.__cause__ or exc
            return f"{self.where} is unreachable ({_first_line(cause)})"
        if isinstance(exc, openai.APIStatusError):
            said = _server_message(exc)
            hint = ""
            if exc.status_code == 401:
                hint = "; check OPENAI_API_KEY"
            elif exc.status_code == 404:
                hint = "; check LOREMASTER_MODEL (unset it to use the model the server serves)"
            elif exc.status_code == 429:
                hint = "; it is rate-limiting us"
            return f"{self.where} answered HTTP {exc.status_code}: {said}{hint}"
        return f"{self.where} failed: {_first_line(exc)}"


def _retryable(exc: Exception) -> bool:
    if isinstance(exc, openai.APIStatusError):
        return exc.status_code in _RETRY_STATUSES
    return isinstance(exc, openai.APIConnectionError)


def _retry_after(exc: Exception) -> float | None:
    if not isinstance(exc, openai.APIStatusError):
        return None
    headers = exc.response.headers
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


def _server_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error", body)
        message = error.get("message") if isinstance(error, dict) else error
        if message:
            return _first_line(str(message))[:200]
    text = exc.response.text if exc.response is not None else ""
    return _first_line(text)[:200] if text.strip() else "no message"


def _first_line(value: object) -> str:
    text = str(value).strip() or type(value).__name__
    return text.splitlines()[0]
