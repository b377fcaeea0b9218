"""The first-byte limit and the read limit are two limits: a server may take up to the
first one to start, and may then fall silent mid-stream no longer than the second."""

from __future__ import annotations

import time

import pytest

from bot.llm.base import IncompleteGeneration, SamplingSettings, complete
from bot.llm.openai_compat import OpenAICompatBackend
from tests.fakeopenai import NARRATIONS, FakeOpenAI

MESSAGES = [
    {"role": "system", "content": "You are the game master of a multiplayer scene."},
    {"role": "user", "content": "Ana: I light the lamp."},
]
READ_LIMIT_S, FIRST_BYTE_LIMIT_S = 0.5, 5.0


def backend_for(fake: FakeOpenAI) -> OpenAICompatBackend:
    return OpenAICompatBackend(base_url=fake.base_url, api_key="sk-test", model="fake",
                               timeout=READ_LIMIT_S, first_byte_timeout=FIRST_BYTE_LIMIT_S,
                               max_retries=0)


async def generate(backend: OpenAICompatBackend) -> str:
    try:
        return await complete(backend, MESSAGES, SamplingSettings())  # type: ignore[arg-type]
    finally:
        await backend.aclose()


async def test_a_slow_start_within_the_first_byte_limit_is_waited_for(
    fake_openai: FakeOpenAI,
) -> None:
    # Past the read limit, well inside the first-byte limit: a cold model loading.
    fake_openai.faults, fake_openai.stall_s = ["stall_before_headers"], 3 * READ_LIMIT_S
    assert await generate(backend_for(fake_openai)) == NARRATIONS[0]


async def test_silence_mid_stream_is_cut_at_the_read_limit(fake_openai: FakeOpenAI) -> None:
    fake_openai.faults = ["stall_mid_stream"]  # the stall lasts until the fake stops
    started = time.monotonic()
    with pytest.raises(IncompleteGeneration, match="broke off"):
        await generate(backend_for(fake_openai))
    assert time.monotonic() - started < FIRST_BYTE_LIMIT_S, "silence waited out as a start"
