"""Any OpenAI-compatible chat endpoint (vLLM, llama.cpp, Ollama, KoboldCpp, OpenRouter, OpenAI).

A narration counts only when the server proves it complete: a chunk with a
finish reason, or `[DONE]`. A stream that stops early, an HTML page, an error
event or a malformed chunk is a failed attempt (`LLMError`), never text to keep.

The `openai` client retries what fails before the stream starts (connection
errors, time-outs, 408/409/429/5xx, honouring Retry-After); the hooks on its HTTP
client tell the players about a long wait and give each try its own first-byte
limit. What the client cannot retry is a stream cut after text was shown: that
attempt fails here (`IncompleteGeneration`) and the caller retries it as a whole.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator, Sequence
from contextvars import ContextVar
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
# Players hear about a wait this long or longer (a short backoff is not worth a notice).
NOTICE_AFTER_S = 3.0
# The client's backoff when the server names no delay: 0.5 s doubling, at most 8 s, less
# up to a quarter of jitter (openai's INITIAL_RETRY_DELAY and MAX_RETRY_DELAY).
CLIENT_BACKOFF_S, CLIENT_BACKOFF_CAP_S = 0.5, 8.0
STATUS_HINTS = {
    401: "; check OPENAI_API_KEY",
    404: "; check LOREMASTER_MODEL (unset it to use the model the server serves)",
    429: "; it is rate-limiting us",
    **{code: "; redirects are not followed: give the final URL"
       for code in (301, 302, 303, 307, 308)},
}


class _FirstTextWait:
    """The wait for a stream's first text, re-armed at each of the client's tries: each
    try has its own first-byte limit and its own slow-start notice, and the client's
    pause between tries counts as neither."""

    def __init__(self, backend: OpenAICompatBackend, deadline: asyncio.Timeout) -> None:
        self.backend = backend
        self.deadline = deadline
        self.notice: asyncio.TimerHandle | None = None

    def arm(self) -> None:
        backend, loop = self.backend, asyncio.get_running_loop()
        self.pause()
        self.deadline.reschedule(loop.time() + backend.first_byte_timeout)
        self.notice = loop.call_later(
            backend.notice_after, current_scope.get().waiting,
            f"waiting for {backend.base_url} to start answering "
            f"(giving up after {backend.first_byte_timeout:g} s)",
        )

    def pause(self) -> None:
        self.deadline.reschedule(None)
        self.started()

    def started(self) -> None:
        """The text has begun (or the try ended): no slow-start notice any more."""
        if self.notice is not None:
            self.notice.cancel()
            self.notice = None


# The wait of the stream being requested in this task (None outside `stream`).
_first_text: ContextVar[_FirstTextWait | None] = ContextVar("first_text", default=None)


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
        notice_after: float = NOTICE_AFTER_S,
        http_options: dict[str, Any] | None = None,
    ) -> None:
        """`http_options`: more arguments for the HTTP client (an admin's endpoint gets a
        guarded transport and no redirects, `guarded_http.guarded_client`)."""
        self.base_url = base_url.rstrip("/")
        self.model = model or ""
        self.context_window = context_window
        self.first_byte_timeout = first_byte_timeout
        self.read_timeout = timeout
        self.max_retries = max_retries
        self.notice_after = notice_after
        # httpx's read limit also covers the wait for the headers, so it must not cut a
        # start the first-byte limit allows; silence mid-stream has its own timer below.
        self._client = AsyncOpenAI(
            base_url=self.base_url,
            api_key=api_key,
            timeout=httpx2.Timeout(max(timeout, first_byte_timeout),
                                   connect=min(timeout, 10.0)),
            max_retries=max_retries,
            http_client=openai.DefaultAsyncHttpxClient(
                event_hooks={"request": [self._try_starts], "response": [self._try_answered]},
                **(http_options or {}),
            ),
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
                # A preflight answers at once: a server that is down is said so now.
                page = await self._client.with_options(max_retries=0).models.list()
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
        extra = extra_sampling_fields(sampling)
        if extra:  # the client sends these as they are, beside OpenAI's own fields
            request["extra_body"] = extra
        if sampling.json_schema is not None:
            request["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "result", "schema": sampling.json_schema},
            }
        return request

    async def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        """One request (the client retries its start): yields its text, returns only on
        a proven end."""
        if not self.model:
            await self.check()
        request = self._request(messages, sampling)
        loop = asyncio.get_running_loop()
        text: list[str] = []
        try:
            async with asyncio.timeout(self.first_byte_timeout) as deadline:
                wait = _FirstTextWait(self, deadline)
                token = _first_text.set(wait)
                try:
                    async with self._client.chat.completions.with_streaming_response.create(
                        **request
                    ) as response:
                        _first_text.reset(token)
                        kind = response.headers.get("content-type", "")
                        if "text/event-stream" not in kind:
                            raise IncompleteGeneration(
                                f"{self.where} answered with {kind or 'no content type'}, "
                                "not a stream of text")
                        async for event in events(response.iter_lines()):
                            piece, finish = self._parse(event)
                            if piece:
                                wait.started()
                                text.append(piece)
                                deadline.reschedule(None)  # the caller's time is not silence
                                yield piece
                            if finish == "length":
                                raise LengthLimited("".join(text))
                            if finish is not None:
                                return
                            if text:  # the server has started: from now on, a limit on silence
                                deadline.reschedule(loop.time() + self.read_timeout)
                finally:
                    wait.started()
                    if _first_text.get() is wait:
                        _first_text.reset(token)
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
            raise LLMError(self._describe(exc)) from None
        except (httpx2.HTTPError, OSError) as exc:  # a read failing mid-stream
            raise IncompleteGeneration(
                f"the stream from {self.where} broke off: {type(exc).__name__}") from None
        raise IncompleteGeneration(
            f"the stream from {self.where} ended before the narration did "
            f"({sum(map(len, text))} characters, no end marker)")

    # -- the client's tries, seen from its HTTP client ------------------------------

    async def _try_starts(self, request: httpx2.Request) -> None:
        wait = _first_text.get()
        if wait is not None:
            wait.arm()

    async def _try_answered(self, response: httpx2.Response) -> None:
        """Before the client pauses to try again: tell the players why, when the pause is
        long enough to notice."""
        wait = _first_text.get()
        if wait is None or response.is_success:
            return
        tries = int(response.request.headers.get("x-stainless-retry-count", "0"))
        # The client's own rule, so that no notice promises a try it will not make.
        if tries >= self.max_retries or not self._client_retries(response):
            return
        wait.pause()
        await response.aread()  # the server's message, for the notice
        reason = self._describe_status(response)
        delay = _retry_after(response)
        if delay is None:
            delay = min(CLIENT_BACKOFF_S * 2**tries, CLIENT_BACKOFF_CAP_S)
        # INFO: the players hear of the wait (on_wait) and of a final failure; a warning
        # would say it again on the play screen.
        log.info("backend error, retrying: %s try=%d delay=%.2fs", reason, tries + 1, delay)
        if delay >= self.notice_after:
            current_scope.get().waiting(f"{reason}; trying again in {delay:.0f} s")

    def _client_retries(self, response: httpx2.Response) -> bool:
        """Whether the openai client will try again after this reply: its own rule where
        this version has it (a protected method), else the statuses it documents."""
        rule = getattr(self._client, "_should_retry", None)
        if callable(rule):
            return bool(rule(response))
        return response.status_code in (408, 409, 429) or response.status_code >= 500

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

    def _describe(self, exc: Exception) -> str:
        """One line naming the server, the model and what the server said."""
        if isinstance(exc, TimeoutError | openai.APITimeoutError):
            return f"{self.where} did not answer in time"
        if isinstance(exc, openai.APIConnectionError):
            cause = exc.__cause__ or exc
            return f"{self.where} is unreachable ({_first_line(cause)})"
        if isinstance(exc, openai.APIStatusError):
            return self._describe_status(exc.response)
        return f"{self.where} failed: {_first_line(exc)}"

    def _describe_status(self, response: httpx2.Response) -> str:
        """What an error status says, with a hint at the usual fix."""
        hint = STATUS_HINTS.get(response.status_code, "")
        return f"{self.where} answered HTTP {response.status_code}: " \
               f"{_server_message(response)}{hint}"


def extra_sampling_fields(sampling: SamplingSettings) -> dict[str, Any]:
    """The knobs OpenAI's API lacks, named as local servers take them: vLLM, OpenRouter,
    TGI and KoboldCpp read `repetition_penalty`, llama.cpp and Ollama `repeat_penalty`
    (a server ignores the name it does not know). Only what is set is sent, so OpenAI
    itself never sees a field it would refuse unless a GM sets one."""
    extra: dict[str, Any] = {}
    if sampling.min_p is not None:
        extra["min_p"] = sampling.min_p
    if sampling.top_k is not None:
        extra["top_k"] = sampling.top_k
    if sampling.repetition_penalty is not None:
        extra["repetition_penalty"] = sampling.repetition_penalty
        extra["repeat_penalty"] = sampling.repetition_penalty
    return extra


def _retry_after(response: httpx2.Response) -> float | None:
    """The delay the server asked for, in seconds (the client honours it)."""
    for name, unit in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = response.headers.get(name)
        if value is not None:
            try:
                return float(value) * unit
            except ValueError:
                return None
    return None


def _server_message(response: httpx2.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict):
        error = body.get("error", body)
        message = error.get("message") if isinstance(error, dict) else error
        if message:
            return _first_line(str(message))[:200]
    text = response.text
    return _first_line(text)[:200] if text.strip() else "no message"


def _first_line(value: object) -> str:
    text = str(value).strip() or type(value).__name__
    return text.splitlines()[0]
