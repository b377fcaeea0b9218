"""The OpenAI-compatible backend, driven by the real `openai` client against a loopback server."""

from __future__ import annotations

import asyncio
import socket
import time

import pytest

from bot.llm.base import LLMError, SamplingSettings, complete
from bot.llm.openai_compat import OpenAICompatBackend
from tests.fakeopenai import FakeOpenAI

MESSAGES = [{"role": "system", "content": "You narrate."}, {"role": "user", "content": "Go."}]


def backend_for(fake: FakeOpenAI, **kwargs: object) -> OpenAICompatBackend:
    options: dict = {"base_url": fake.base_url, "api_key": "sk-test", "model": "fake",
                     "timeout": 5.0}
    options.update(kwargs)
    return OpenAICompatBackend(**options)


async def test_streams_chunks_and_sends_sampling(fake_openai: FakeOpenAI) -> None:
    backend = backend_for(fake_openai)
    sampling = SamplingSettings(temperature=0.7, top_p=0.9, max_tokens=50, stop=["\nAna:"],
                                presence_penalty=0.3, frequency_penalty=0.2, seed=7)
    chunks = [c async for c in backend.stream(MESSAGES, sampling)]
    await backend.aclose()
    assert len(chunks) > 3
    assert "".join(chunks).startswith("Rain needles")
    sent = fake_openai.requests[0]
    assert sent["stream"] is True
    assert (sent["temperature"], sent["top_p"], sent["max_tokens"], sent["seed"]) == (
        0.7, 0.9, 50, 7)
    assert sent["stop"] == ["\nAna:"]
    assert sent["presence_penalty"] == 0.3 and sent["frequency_penalty"] == 0.2


async def test_local_server_knobs_go_in_the_body_only_when_set(fake_openai: FakeOpenAI) -> None:
    backend = backend_for(fake_openai)
    await complete(backend, MESSAGES, SamplingSettings(min_p=0.05, top_k=40,
                                                       repetition_penalty=1.1))
    await complete(backend, MESSAGES, SamplingSettings())
    await backend.aclose()
    tuned, plain = fake_openai.requests
    assert (tuned["min_p"], tuned["top_k"]) == (0.05, 40)
    assert tuned["repetition_penalty"] == tuned["repeat_penalty"] == 1.1
    assert not {"min_p", "top_k", "repetition_penalty", "repeat_penalty"} & set(plain)


async def test_429_twice_then_success_honours_retry_after(fake_openai: FakeOpenAI) -> None:
    fake_openai.fail_next = [429, 429]
    fake_openai.retry_after = 0.2
    backend = backend_for(fake_openai)
    started = time.monotonic()
    text = await complete(backend, MESSAGES, SamplingSettings())
    elapsed = time.monotonic() - started
    await backend.aclose()
    assert text.startswith("Rain needles")
    assert len(fake_openai.requests) == 3
    assert elapsed >= 0.4  # waited Retry-After twice


async def test_server_errors_are_retried(fake_openai: FakeOpenAI) -> None:
    fake_openai.fail_next = [500, 503]
    backend = backend_for(fake_openai)
    assert await complete(backend, MESSAGES, SamplingSettings())
    await backend.aclose()
    assert len(fake_openai.requests) == 3


async def test_gives_up_with_a_clear_error(fake_openai: FakeOpenAI) -> None:
    fake_openai.fail_next = [500] * 10
    backend = backend_for(fake_openai, max_retries=2)
    with pytest.raises(LLMError, match="HTTP 500"):
        await complete(backend, MESSAGES, SamplingSettings())
    await backend.aclose()
    assert len(fake_openai.requests) == 3


async def test_client_errors_are_not_retried(fake_openai: FakeOpenAI) -> None:
    fake_openai.fail_next = [400]
    backend = backend_for(fake_openai)
    with pytest.raises(LLMError, match="HTTP 400"):
        await complete(backend, MESSAGES, SamplingSettings())
    await backend.aclose()
    assert len(fake_openai.requests) == 1


async def test_backend_down_is_one_clear_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once closed
    backend = OpenAICompatBackend(base_url=f"http://127.0.0.1:{port}/v1", api_key="x",
                                  model="m", max_retries=1)
    with pytest.raises(LLMError, match="unreachable"):
        await complete(backend, MESSAGES, SamplingSettings())
    await backend.aclose()


async def test_slow_backend_times_out(fake_openai: FakeOpenAI) -> None:
    fake_openai.first_chunk_delay = 2.0
    backend = backend_for(fake_openai, timeout=0.3, first_byte_timeout=0.3, max_retries=0)
    with pytest.raises(LLMError):
        await complete(backend, MESSAGES, SamplingSettings())
    await backend.aclose()


async def test_stream_cut_midway_is_an_error_not_a_short_text(fake_openai: FakeOpenAI) -> None:
    fake_openai.cut_after_chunks = 2
    backend = backend_for(fake_openai)
    with pytest.raises(LLMError, match="broke off"):
        await complete(backend, MESSAGES, SamplingSettings())
    await backend.aclose()


async def test_cancellation_stops_the_stream(fake_openai: FakeOpenAI) -> None:
    fake_openai.chunk_delay = 0.05
    backend = backend_for(fake_openai)
    received: list[str] = []
    two_chunks = asyncio.Event()

    async def consume() -> None:
        async for chunk in backend.stream(MESSAGES, SamplingSettings()):
            received.append(chunk)
            if len(received) >= 2:
                two_chunks.set()

    task = asyncio.create_task(consume())
    await asyncio.wait_for(two_chunks.wait(), timeout=5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    sent_then = fake_openai.chunks_sent
    await asyncio.sleep(0.3)
    await backend.aclose()
    assert fake_openai.chunks_sent <= sent_then + 1
    assert len(received) < 10
