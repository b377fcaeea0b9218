"""With no server configured, `loremaster play` narrates with the embedded default model.

The default's *shape* (its config class, its licence card) is served by the
loopback fake hub under the default's repo id and pinned commit; the real
`huggingface_hub` pulls it and the real transformers runs it.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bot.llm.base import LLMError
from bot.llm.defaults import DEFAULT_LOCAL_MODEL, DEFAULT_LOCAL_REVISION
from bot.llm.local import _check_licence
from tests.conftest import REPO, cli_env
from tests.conftest_local import loremaster_command
from tests.fakehub import FakeHub
from tests.tinymodel import build_tiny_model

ACTIONS = "Ana: I open the door\nBo: I light a torch\n"


def no_server_env(hub_env: dict[str, str], **extra: str) -> dict[str, str]:
    env = cli_env(**hub_env, LOREMASTER_DEVICE="cpu", **extra)
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "LOREMASTER_BACKEND", "LOREMASTER_MODEL"):
        env.pop(name, None)
    return env


def play(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        loremaster_command("play", "--players", "Ana,Bo"), input=ACTIONS, env=env, cwd=cwd,
        capture_output=True, text=True, timeout=180,
    )


def test_no_server_plays_with_the_pinned_default_pulled_from_the_hub(
    hub_env: dict[str, str], fake_hub: FakeHub, tmp_path: Path
) -> None:
    result = play(no_server_env(hub_env), tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert len(result.stdout.split("—", 2)[-1].strip()) > 20  # a narration was shown
    pulled = f"/{DEFAULT_LOCAL_MODEL}/resolve/{DEFAULT_LOCAL_REVISION}/"
    assert any(r.path.startswith(pulled + "model.safetensors") for r in fake_hub.requests)
    assert (tmp_path / "loremaster.db").exists()


def test_a_copied_env_example_behaves_like_no_env_file(
    hub_env: dict[str, str], fake_hub: FakeHub, tmp_path: Path
) -> None:
    bare, copied = tmp_path / "bare", tmp_path / "copied"
    bare.mkdir(), copied.mkdir()
    shutil.copy(REPO / "deploy" / ".env.example", copied / ".env")
    env = no_server_env(hub_env)
    outcomes = []
    for cwd in (bare, copied):
        fake_hub.requests.clear()
        played = play(env, cwd)
        assert played.returncode == 0, played.stderr[-2000:]
        assert "Traceback" not in played.stderr
        ran = subprocess.run(loremaster_command("run"), env=env, cwd=cwd, capture_output=True,
                             text=True, timeout=60)
        outcomes.append((ran.returncode, ran.stderr.strip().splitlines()[-1]))
        assert (cwd / "loremaster.db").exists()  # the database where it belongs, not elsewhere
    assert outcomes[0] == outcomes[1] == (2, outcomes[0][1])
    assert "DISCORD_TOKEN is not set" in outcomes[0][1]


def test_missing_torch_is_one_line_with_the_fix(
    hub_env: dict[str, str], tmp_path: Path
) -> None:
    blocker = tmp_path / "no-torch" / "torch"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('No module named torch')\n")
    env = no_server_env(hub_env)
    env["PYTHONPATH"] = f"{blocker.parent}:{env['PYTHONPATH']}"
    result = play(env, tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "pip install -e '.[local]'" in result.stderr and "OPENAI_BASE_URL" in result.stderr


@pytest.mark.parametrize(("licence", "allowed"), [("apache-2.0", True), ("MIT", True),
                                                  ("llama3.1", False), (None, False)])
def test_the_default_model_must_carry_a_permissive_licence(
    tmp_path: Path, licence: str | None, allowed: bool
) -> None:
    folder = tmp_path / "model"
    folder.mkdir()
    if licence is not None:
        (folder / "README.md").write_text(f"---\nlicense: {licence}\n---\n# card\n")
    if allowed:
        _check_licence(DEFAULT_LOCAL_MODEL, folder)
    else:
        with pytest.raises(LLMError, match="LOREMASTER_MODEL"):
            _check_licence(DEFAULT_LOCAL_MODEL, folder)


def test_the_tiny_default_shape_uses_the_defaults_config_class(
    default_shaped_model_dir: Path,
) -> None:
    from transformers import AutoConfig

    assert type(AutoConfig.from_pretrained(default_shaped_model_dir)).__name__ == "Qwen2Config"
    assert build_tiny_model  # the builder the fixture used
