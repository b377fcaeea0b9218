"""Settings: documented, read from the environment, and a bad one stops start-up clearly."""

from __future__ import annotations

import re

import pytest

from bot.config import Settings, _env_name, load_settings
from tests.conftest import REPO


def test_every_setting_is_documented_in_env_example() -> None:
    example = (REPO / "deploy" / ".env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^([A-Z_]+)=", example, flags=re.MULTILINE))
    expected = {_env_name(name) for name in Settings.model_fields}
    assert expected - documented == set()


def test_ecosystem_names_are_read_as_they_are(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:1234/v1")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret")
    monkeypatch.setenv("DISCORD_TOKEN", "token")
    monkeypatch.setenv("LOREMASTER_CONTEXT_WINDOW", "4096")
    settings = load_settings()
    assert settings.openai_base_url == "http://127.0.0.1:1234/v1"
    assert settings.context_window == 4096
    assert settings.discord_token is not None
    assert "sk-secret" not in repr(settings)  # secrets never show in logs or reprs


def test_invalid_setting_exits_2_naming_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LOREMASTER_BACKEND", "telepathy")
    with pytest.raises(SystemExit) as stopped:
        load_settings()
    assert stopped.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "LOREMASTER_BACKEND" in err
