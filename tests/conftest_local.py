"""Fixtures for the local backend tests: one tiny model and one fake Hub per session.

Loaded as a pytest plugin (`pytest_plugins = ["tests.conftest_local"]`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.llm.defaults import DEFAULT_LOCAL_MODEL, DEFAULT_LOCAL_REVISION
from tests.fakehub import FakeHub
from tests.tinymodel import build_tiny_model

TINY_REPO = "acme/tiny-chat"
GATED_REPO = "acme/gated-chat"
BIG_REPO = "acme/big-blob"
GRANTED_TOKEN = "hf_granted_token"
BIG_BLOB_SIZE = 12 * 1024 * 1024  # over huggingface_hub's 10 MiB download chunk
REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-model"))


@pytest.fixture(scope="session")
def default_shaped_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The embedded default's shape: its config class and licence, random and tiny."""
    return build_tiny_model(
        tmp_path_factory.mktemp("default-shaped"), arch="qwen2", licence="apache-2.0"
    )


@pytest.fixture(scope="session")
def fake_hub(
    tiny_model_dir: Path, default_shaped_model_dir: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[FakeHub]:
    big = tmp_path_factory.mktemp("big-repo")
    (big / "config.json").write_text('{"model_type": "blob"}')
    (big / "model.safetensors").write_bytes(os.urandom(BIG_BLOB_SIZE))
    hub = FakeHub()
    hub.add_repo(TINY_REPO, tiny_model_dir)
    hub.add_repo(GATED_REPO, tiny_model_dir, tokens=frozenset({GRANTED_TOKEN}))
    hub.add_repo(BIG_REPO, big)
    hub.add_repo(DEFAULT_LOCAL_MODEL, default_shaped_model_dir, sha=DEFAULT_LOCAL_REVISION)
    hub.start()
    yield hub
    hub.stop()


@pytest.fixture
def hub_env(fake_hub: FakeHub, tmp_path: Path) -> dict[str, str]:
    """Environment for a `loremaster` subprocess that talks to the fake hub only."""
    fake_hub.requests.clear()
    fake_hub.cuts.clear()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "LOREMASTER_"))}
    env.update(
        HF_ENDPOINT=fake_hub.url,
        HF_HUB_DISABLE_TELEMETRY="1",
        HF_HOME=str(tmp_path / "hf-home"),
        LOREMASTER_HF_CACHE=str(tmp_path / "hf-cache"),
        PYTHONPATH=str(REPO_ROOT),
    )
    return env


def loremaster_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot.cli", *args]
