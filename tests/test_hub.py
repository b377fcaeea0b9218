"""`loremaster models pull|list|rm` against a loopback fake Hub, as a subprocess."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

from tests.conftest_local import (
    BIG_REPO,
    GATED_REPO,
    GRANTED_TOKEN,
    TINY_REPO,
    loremaster_command,
)
from tests.fakehub import FakeHub


def models(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        loremaster_command("models", *args),
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def snapshot_of(output: str) -> Path:
    return Path(output.strip().rsplit(" ready at ", 1)[1])


def test_pull_list_and_remove(
    hub_env: dict[str, str], fake_hub: FakeHub, tiny_model_dir: Path
) -> None:
    pulled = models(hub_env, "pull", TINY_REPO)
    assert pulled.returncode == 0, pulled.stderr
    assert "Fetching" in pulled.stderr  # huggingface_hub's progress bar
    folder = snapshot_of(pulled.stdout)
    assert str(folder).startswith(hub_env["LOREMASTER_HF_CACHE"])
    for name in ("config.json", "model.safetensors", "tokenizer.json", "chat_template.jinja"):
        assert (folder / name).read_bytes() == (tiny_model_dir / name).read_bytes()

    listed = models(hub_env, "list")
    assert listed.returncode == 0
    sha = fake_hub.repos[TINY_REPO].sha
    line = next(li for li in listed.stdout.splitlines() if li.startswith(TINY_REPO))
    assert f"{sha[:12]} (main)" in line and "KB" in line

    removed = models(hub_env, "rm", TINY_REPO)
    assert removed.returncode == 0 and "freed" in removed.stdout
    assert not folder.exists()
    assert models(hub_env, "list").stdout.strip() == "no cached models"
    again = models(hub_env, "rm", TINY_REPO)
    assert again.returncode == 1 and "not in the cache" in again.stderr


def test_include_pattern_limits_files(hub_env: dict[str, str]) -> None:
    pulled = models(hub_env, "pull", TINY_REPO, "--include", "*.json")
    assert pulled.returncode == 0, pulled.stderr
    names = {p.name for p in snapshot_of(pulled.stdout).iterdir()}
    assert names == {"config.json", "generation_config.json", "tokenizer.json",
                     "tokenizer_config.json"}


def test_cut_download_resumes_with_range(
    hub_env: dict[str, str], fake_hub: FakeHub, tmp_path: Path
) -> None:
    blob = fake_hub.repos[BIG_REPO].files["model.safetensors"]
    cut_at = len(blob) - 1024 * 1024  # past the first 10 MiB chunk written to disk
    fake_hub.cuts[(BIG_REPO, "model.safetensors")] = cut_at
    pulled = models(hub_env, "pull", BIG_REPO)
    assert pulled.returncode == 0, pulled.stderr
    assert "resume" in pulled.stderr.lower()
    ranges = [r.range for r in fake_hub.requests
              if r.method == "GET" and r.path.endswith("model.safetensors")]
    assert ranges[0] is None
    assert ranges[1] is not None and 0 < int(ranges[1].split("=")[1].rstrip("-")) <= cut_at
    assert (snapshot_of(pulled.stdout) / "model.safetensors").read_bytes() == blob


def test_gated_repo_needs_a_granted_token(hub_env: dict[str, str], fake_hub: FakeHub) -> None:
    anonymous = models(hub_env, "pull", GATED_REPO)
    assert anonymous.returncode == 1
    assert anonymous.stderr.strip().splitlines() == [
        f"loremaster: error: {GATED_REPO} is gated: accept its terms on the Hub and set "
        "HF_TOKEN to a token with access"
    ]
    wrong = models({**hub_env, "HF_TOKEN": "hf_wrong"}, "pull", GATED_REPO)
    assert wrong.returncode == 1 and "the token has no access" in wrong.stderr

    fake_hub.requests.clear()
    granted = models({**hub_env, "HF_TOKEN": GRANTED_TOKEN}, "pull", GATED_REPO)
    assert granted.returncode == 0, granted.stderr
    assert (snapshot_of(granted.stdout) / "model.safetensors").exists()
    assert {r.authorization for r in fake_hub.requests} == {f"Bearer {GRANTED_TOKEN}"}
    assert GRANTED_TOKEN not in granted.stdout + granted.stderr


def test_missing_model_and_revision_give_one_clear_line(hub_env: dict[str, str]) -> None:
    missing = models(hub_env, "pull", "acme/no-such-model")
    assert missing.returncode == 1
    assert missing.stderr.strip() == (
        "loremaster: error: model acme/no-such-model not found on the Hub "
        "(if it is private, set HF_TOKEN)"
    )
    bad_revision = models(hub_env, "pull", TINY_REPO, "--revision", "v9")
    assert bad_revision.returncode == 1
    assert bad_revision.stderr.strip() == (
        f"loremaster: error: revision 'v9' not found in {TINY_REPO}"
    )


def test_cached_model_is_used_offline(hub_env: dict[str, str], fake_hub: FakeHub) -> None:
    assert models(hub_env, "pull", TINY_REPO).returncode == 0
    unreachable = {**hub_env, "HF_ENDPOINT": f"http://127.0.0.1:{_closed_port()}"}
    fake_hub.requests.clear()

    cached = models(unreachable, "pull", TINY_REPO)
    assert cached.returncode == 0, cached.stderr
    assert (snapshot_of(cached.stdout) / "config.json").exists()
    offline = models(hub_env, "pull", TINY_REPO, "--offline")
    assert offline.returncode == 0
    assert fake_hub.requests == []  # --offline asked nothing

    not_cached = models(unreachable, "pull", GATED_REPO)
    assert not_cached.returncode == 1
    assert "is not cached" in not_cached.stderr and "pull it once while online" in not_cached.stderr


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
