"""A misbehaving OpenAI-compatible server: every end that is not a proven end is an error.

The real `openai` client against the loopback server's fault modes; each mode
here was, before the fix, either stored as a narration or a traceback.
"""

from __future__ import annotations

import pytest

from bot.llm.base import (
    IncompleteGeneration,
    LengthLimited,
    LLMError,
    RequestScope,
    SamplingSettings,
    complete,
    current_scope,
)
from bot.llm.openai_compat import OpenAICompatBackend
from tests.fakeopenai import NARRATIONS, FakeOpenAI

# The fake tells narrations from memory upkeep by the system prompt.
MESSAGES = [
    {"role": "system", "content": "You are the game master of a multiplayer scene."},
    {"role": "user", "content": "Ana: I light the lamp."},
]


def backend_for(fake: FakeOpenAI, **kwargs: object) -> OpenAICompatBackend:
    options: dict = {"base_url": fake.base_url, "api_key": "sk-test", "model": "fake",
                     "timeout": 5.0, "max_retries": 1}
    options.update(kwargs)
    return OpenAICompatBackend(**options)


async def generate(backend: OpenAICompatBackend) -> str:
    try:
        return await complete(backend, MESSAGES, SamplingSettings())
    finally:
        await backend.aclose()


@pytest.mark.parametrize(
    ("fault", "error", "message"),
    [
        ("html_200", IncompleteGeneration, "text/html"),
        ("early_end", IncompleteGeneration, "ended before the narration did"),
        ("malformed_chunk", IncompleteGeneration, "malformed chunk"),
        ("error_event", IncompleteGeneration, "fake overload mid-stream"),
        ("drop", IncompleteGeneration, "broke off"),
    ],
)
async def test_an_unproven_end_is_an_error(
    fake_openai: FakeOpenAI, fault: str, error: type[Exception], message: str
) -> None:
    fake_openai.faults = [fault]
    with pytest.raises(error, match=message) as raised:
        await generate(backend_for(fake_openai))
    assert fake_openai.base_url in str(raised.value)


async def test_length_hands_back_what_was_written(fake_openai: FakeOpenAI) -> None:
    fake_openai.faults = ["length"]
    with pytest.raises(LengthLimited) as raised:
        await generate(backend_for(fake_openai))
    assert raised.value.text == NARRATIONS[0][: len(NARRATIONS[0]) // 2]


async def test_an_empty_stream_with_a_proper_end_is_empty(fake_openai: FakeOpenAI) -> None:
    fake_openai.faults = ["empty_stream"]
    assert await generate(backend_for(fake_openai)) == ""  # the scene service refuses it


async def test_done_without_a_finish_reason_is_a_proper_end(fake_openai: FakeOpenAI) -> None:
    assert await generate(backend_for(fake_openai)) == NARRATIONS[0]


async def test_silence_before_any_text_is_bounded(fake_openai: FakeOpenAI) -> None:
    fake_openai.faults, fake_openai.stall_s = ["stall_before_headers"], 5.0
    with pytest.raises(LLMError, match="did not start answering within 1 s"):
        await generate(backend_for(fake_openai, first_byte_timeout=1.0))


async def test_silence_mid_stream_is_bounded(fake_openai: FakeOpenAI) -> None:
    fake_openai.faults, fake_openai.stall_s = ["stall_mid_stream"], 5.0
    with pytest.raises(IncompleteGeneration, match="broke off"):
        await generate(backend_for(fake_openai, timeout=0.5))


async def test_players_hear_why_the_narrator_waits(fake_openai: FakeOpenAI) -> None:
    fake_openai.faults, fake_openai.retry_after = ["429"], 0.3
    heard: list[str] = []
    token = current_scope.set(RequestScope(on_wait=heard.append))
    try:
        text = await generate(backend_for(fake_openai, notice_after=0.2))
    finally:
        current_scope.reset(token)
    assert text == NARRATIONS[0]
    assert len(heard) == 1 and "HTTP 429" in heard[0] and "trying again in" in heard[0]


async def test_the_pause_before_a_retry_is_not_the_servers_silence(
    fake_openai: FakeOpenAI,
) -> None:
    """The client waits out Retry-After between its tries; the first-byte limit counts
    each try's own wait for text, not that pause."""
    fake_openai.faults, fake_openai.retry_after = ["429"], 0.8
    text = await generate(backend_for(fake_openai, first_byte_timeout=0.5))
    assert text == NARRATIONS[0]
    tries = [{k.lower(): v for k, v in h.items()}.get("x-stainless-retry-count")
             for h in fake_openai.headers]
    assert tries == ["0", "1"], "the openai client itself made the second try"


async def test_a_slow_first_byte_is_announced_once(fake_openai: FakeOpenAI) -> None:
    fake_openai.first_chunk_delay = 0.6
    heard: list[str] = []
    token = current_scope.set(RequestScope(on_wait=heard.append))
    try:
        await generate(backend_for(fake_openai, notice_after=0.2))
    finally:
        current_scope.reset(token)
    assert heard == [f"waiting for {fake_openai.base_url} to start answering "
                     "(giving up after 60 s)"]


async def test_no_model_set_uses_the_one_the_server_serves(fake_openai: FakeOpenAI) -> None:
    fake_openai.models = ["qwen2.5-7b-instruct"]
    backend = backend_for(fake_openai, model=None)
    line = await backend.check()
    assert "qwen2.5-7b-instruct" in line and fake_openai.base_url in line
    assert await generate(backend) == NARRATIONS[0]
    assert fake_openai.requests[-1]["model"] == "qwen2.5-7b-instruct"


async def test_an_unknown_model_names_url_model_and_server_message(
    fake_openai: FakeOpenAI,
) -> None:
    with pytest.raises(LLMError) as raised:
        await generate(backend_for(fake_openai, model="llama-9000"))
    said = str(raised.value)
    assert fake_openai.base_url in said and "llama-9000" in said
    assert "The model `llama-9000` does not exist." in said and "HTTP 404" in said
