"""Shared fixtures: a loopback OpenAI-compatible server, database paths, subprocess env."""

from __future__ import annotations

import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakeopenai import FakeOpenAI

pytest_plugins = ["tests.conftest_local", "tests.discord_fixtures"]

REPO = Path(__file__).resolve().parents[1]
SHARED_CORPUS = REPO.parent / "shared" / "corpus"


@pytest.fixture
async def fake_openai() -> AsyncIterator[FakeOpenAI]:
    fake = FakeOpenAI()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "loremaster.db"


def cli_env(**extra: str) -> dict[str, str]:
    """Environment for running `loremaster` as a subprocess from the repo root."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LOREMASTER_", "OPENAI_"))}
    env.update({"PYTHONUNBUFFERED": "1", "LOREMASTER_CARDS_DIR": str(REPO / "cards")})
    env.update(extra)
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot.cli", *args]
