"""The one generation protocol every backend implements.

A backend streams text chunks for a list of chat messages and sampling
settings, and counts tokens. Cancelling the consuming task (or closing the
async iterator) must stop generation promptly and release the backend.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Annotated, Any, Protocol, runtime_checkable

from pydantic import BaseModel, ConfigDict, Field

from bot.models import ChatMessage

# Each knob's range, shared by the backends' settings and a campaign's overrides.
Temperature = Annotated[float, Field(ge=0.0, le=2.0)]
TopP = Annotated[float, Field(gt=0.0, le=1.0)]
MinP = Annotated[float, Field(ge=0.0, le=1.0)]
TopK = Annotated[int, Field(ge=1, le=1000)]
RepetitionPenalty = Annotated[float, Field(gt=0.0, le=2.0)]
Penalty = Annotated[float, Field(ge=-2.0, le=2.0)]
MaxTokens = Annotated[int, Field(ge=1, le=32768)]


class SamplingSettings(BaseModel):
    """Sampling knobs shared by every backend; None means the backend's default."""

    model_config = ConfigDict(extra="forbid")

    temperature: Temperature | None = 0.8
    top_p: TopP | None = 0.95
    # Not in OpenAI's API: most local servers take them (sent as extra fields).
    min_p: MinP | None = None
    top_k: TopK | None = None
    repetition_penalty: RepetitionPenalty | None = None  # 1.0: none; above: less repetition
    max_tokens: MaxTokens | None = 400
    stop: list[str] = Field(default_factory=list)
    presence_penalty: Penalty | None = None
    frequency_penalty: Penalty | None = None
    seed: int | None = None
    # A JSON schema asks for structured output where the backend supports it.
    json_schema: dict[str, Any] | None = None


@dataclass(frozen=True)
class RequestScope:
    """Who a generation is for, so a shared backend can queue scenes fairly.

    Set by the caller around `backend.stream(...)`; backends that queue read it
    and call `on_queued(place)` while the request waits (1 = next in line).
    Backends that wait for a slow or rate-limiting server call `on_wait(reason)`
    once per wait, so the players know why nothing is written yet.
    """

    guild: str = "console"
    channel: str = "console"
    # The campaign it is for: the backend router picks that campaign's backends.
    campaign_id: int | None = None
    on_queued: Callable[[int], None] | None = None
    on_wait: Callable[[str], None] | None = None

    def waiting(self, reason: str) -> None:
        if self.on_wait is not None:
            self.on_wait(reason)


# RequestScope is frozen, so sharing one default instance is safe.
current_scope: ContextVar[RequestScope] = ContextVar(
    "current_scope", default=RequestScope()  # noqa: B039
)


@contextmanager
def campaign_scope(campaign_id: int) -> Iterator[None]:
    """Generations inside are for this campaign (the rest of the scope is kept)."""
    token = current_scope.set(replace(current_scope.get(), campaign_id=campaign_id))
    try:
        yield
    finally:
        current_scope.reset(token)


class LLMError(Exception):
    """Generation failed for good (after retries). The message is user-presentable."""


class IncompleteGeneration(LLMError):
    """The stream ended without proof of completion (no finish reason, no `[DONE]`).

    What was streamed is not a narration: the attempt failed and may be retried.
    """


class LengthLimited(LLMError):
    """The backend stopped at the token limit (`finish_reason=length`).

    Raised after every chunk was yielded; `text` is what was generated, so a
    caller may keep it up to its last full sentence instead of failing.
    """

    def __init__(self, text: str) -> None:
        super().__init__("the narration reached the token limit before it ended")
        self.text = text


@runtime_checkable
class LLMBackend(Protocol):
    """What the engine and services need from a generation backend."""

    name: str
    context_window: int

    def stream(
        self, messages: Sequence[ChatMessage], sampling: SamplingSettings
    ) -> AsyncIterator[str]:
        """Yield text chunks as they are generated. Raises LLMError on failure."""
        ...

    def count_tokens(self, text: str) -> int:
        """Tokens `text` takes in this backend's model (an estimate is allowed)."""
        ...

    async def check(self) -> str:
        """Make sure the backend can serve (picking its model if none is set).

        Returns one line for the user saying what will narrate; raises LLMError
        with one line saying what is wrong.
        """
        ...

    async def aclose(self) -> None:
        """Release connections, threads or devices."""
        ...


async def complete(
    backend: LLMBackend, messages: Sequence[ChatMessage], sampling: SamplingSettings
) -> str:
    """Collect a whole generation (for summaries and extraction, not for posts).

    Raises LLMError (LengthLimited included) when the generation is not complete.
    """
    parts: list[str] = []
    async for chunk in backend.stream(messages, sampling):
        parts.append(chunk)
    return "".join(parts)


def estimate_tokens(text: str) -> int:
    """A conservative token estimate for backends without a local tokenizer.

    English BPE tokenizers average about four characters a token; three keeps
    the budget safe for other scripts and punctuation-heavy prose.
    """
    return (len(text) + 2) // 3
