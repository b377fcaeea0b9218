"""`loremaster play` checks its backend before the first round: a server that is down, or
a model the server does not know, is said in one line before anyone types an action."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path

from tests.fakeopenai import FakeOpenAI
from tests.test_play_e2e import ROUND_1, run_play


def _closed_port_url() -> str:
    with socket.socket() as sock:  # bound then closed: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def _stored_posts(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] if "posts" in tables else 0


async def test_a_server_that_is_down_is_named_before_the_first_round(db_path: Path) -> None:
    url = _closed_port_url()
    code, out, err = await run_play(url, db_path, "--players", "Ana,Bo,Cy", stdin=ROUND_1)
    assert code == 1, err
    complaint = [line for line in err.splitlines() if line.startswith("loremaster:")]
    assert len(complaint) == 1 and url in complaint[0], err
    assert "Traceback" not in err and out == ""
    assert _stored_posts(db_path) == 0  # no scene was opened, no action taken in


async def test_an_unset_model_is_the_one_the_server_serves_and_play_says_which(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.models = ["qwen2.5-7b-instruct"]
    code, _, err = await run_play(fake_openai.base_url, db_path, "--players", "Ana,Bo,Cy",
                                  stdin=ROUND_1, extra_env={"LOREMASTER_MODEL": ""})
    assert code == 0, err
    said = [line for line in err.splitlines() if "narrating with" in line]
    assert len(said) == 1 and "qwen2.5-7b-instruct" in said[0], err
    assert {r["model"] for r in fake_openai.requests} == {"qwen2.5-7b-instruct"}
