"""`loremaster play` in a real terminal: tmux runs it on a pseudo-terminal of fixed size,
the test types with send-keys and reads the screen with capture-pane. The narrator is the
loopback OpenAI server, served by this test's event loop."""

from __future__ import annotations

import asyncio
import shlex
import shutil
import sqlite3
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from tests.conftest import REPO, cli_env
from tests.fakeopenai import NARRATIONS, FakeOpenAI

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")

HINT = "Name: action · ((table talk)) · /help · /quit"


# Runs the program in the pane and writes its exit status (negative: killed by that signal)
# to the file named first. It ignores SIGINT itself; the program gets the default back.
_REPORT_EXIT = (
    "import signal, subprocess, sys\n"
    "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
    "status = subprocess.call(sys.argv[2:], preexec_fn=lambda: signal.signal("
    "signal.SIGINT, signal.SIG_DFL))\n"
    "open(sys.argv[1] + '.part', 'w').write(str(status))\n"
    "import os; os.replace(sys.argv[1] + '.part', sys.argv[1])\n"
)


class Terminal:
    """One tmux server of its own (its own socket), one pane running `loremaster play`."""

    def __init__(self, tmp: Path) -> None:
        self.socket = tmp / "tmux.sock"
        self.status_file = tmp / "exit-status"

    async def tmux(self, *args: str) -> str:
        proc = await asyncio.create_subprocess_exec(
            "tmux", "-S", str(self.socket), *args,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await proc.communicate()
        assert proc.returncode == 0, f"tmux {args[0]} failed: {err.decode()}"
        return out.decode()

    async def start(self, env: dict[str, str], *args: str, width: int = 100,
                    height: int = 40) -> None:
        assignments = [f"{k}={v}" for k, v in env.items()]
        play = ["env", "-i", *assignments, sys.executable, "-m", "bot.cli", "play", *args]
        command = shlex.join([sys.executable, "-c", _REPORT_EXIT, str(self.status_file), *play])
        # Keep the pane after the program ends, to read its last screen and exit status: set
        # in the server's config, so it holds even for a program that ends at once.
        config = self.socket.with_suffix(".conf")
        config.write_text("set-option -g remain-on-exit on\n")
        await self.tmux("-f", str(config), "new-session", "-d", "-s", "play", "-x", str(width),
                        "-y", str(height), "-c", str(REPO), command)

    async def screen(self) -> str:
        """The visible screen, lines the terminal wrapped joined back."""
        return await self.tmux("capture-pane", "-p", "-J", "-t", "play")

    async def type(self, text: str, enter: bool = True) -> None:
        await self.tmux("send-keys", "-t", "play", "-l", text)
        if enter:
            await self.tmux("send-keys", "-t", "play", "Enter")

    async def key(self, name: str) -> None:
        await self.tmux("send-keys", "-t", "play", name)

    async def exit_status(self) -> int | None:
        """The program's exit status once it has ended (tmux's own pane status is not
        always filled in when the pane dies, so a wrapper writes it down)."""
        if not self.status_file.exists() or not (text := self.status_file.read_text()):
            return None
        status = int(text)
        assert status >= 0, f"the program was killed by signal {-status}:\n{await self.screen()}"
        return status

    async def wait_for(self, what: str, holds: Callable[[str], bool],
                       limit_s: float = 20.0) -> str:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit_s
        while True:
            screen = await self.screen()
            if holds(screen):
                return screen
            if loop.time() > deadline:
                raise AssertionError(f"waited {limit_s:.0f}s for {what}; the screen:\n{screen}")
            await asyncio.sleep(0.05)

    async def wait_for_text(self, text: str, limit_s: float = 20.0) -> str:
        return await self.wait_for(repr(text), lambda screen: text in screen, limit_s)

    async def wait_for_exit(self, limit_s: float) -> int:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit_s
        while (status := await self.exit_status()) is None:
            if loop.time() > deadline:
                raise AssertionError(f"the program did not exit within {limit_s:.0f}s; "
                                     f"the screen:\n{await self.screen()}")
            await asyncio.sleep(0.05)
        return status


@pytest.fixture
async def terminal(tmp_path: Path) -> AsyncIterator[Terminal]:
    term = Terminal(tmp_path)
    yield term
    proc = await asyncio.create_subprocess_exec(
        "tmux", "-S", str(term.socket), "kill-server",
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
    await proc.wait()


def play_env(fake: FakeOpenAI, db: Path) -> dict[str, str]:
    return cli_env(PYTHONPATH=str(REPO), OPENAI_BASE_URL=fake.base_url,
                   LOREMASTER_BACKEND="openai", LOREMASTER_MODEL="fake",
                   LOREMASTER_DB=str(db), LOREMASTER_MAX_RETRIES="1", TERM="xterm-256color")


def posts(db: Path, kind: str) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT author_name, content FROM posts WHERE kind = ? ORDER BY seq",
                            (kind,)).fetchall()


def flat(text: str) -> str:
    return " ".join(text.split())


async def test_hint_help_table_talk_and_names_then_a_round_shown_once(
    terminal: Terminal, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    db = tmp_path / "game.db"
    await terminal.start(play_env(fake_openai, db), "--players", "Ana,Bo,Cy", height=60)
    screen = await terminal.wait_for_text(HINT)
    log_file = tmp_path / "loremaster.log"
    assert str(log_file) in screen  # where the log went, said once at the start
    assert screen.count(str(log_file)) == 1
    assert "migration" not in screen and "INFO" not in screen
    await terminal.wait_for_text("waiting for Ana, Bo, Cy]>")

    await terminal.type("/help")
    screen = await terminal.wait_for_text("/retry")
    for typed in ("Name: text", "Name: /pass", "((…))", "//…", "/help", "/quit"):
        assert typed in screen, typed
    assert "who is speaking" not in screen and "not seated" not in screen

    await terminal.type("((brb, coffee))")
    await terminal.type("// rules question")
    await terminal.type("Zed: I sneak in.")
    screen = await terminal.wait_for_text("Zed is not seated (Ana, Bo, Cy)")
    assert "who is speaking" not in screen
    assert [p[1] for p in posts(db, "ooc")] == ["((brb, coffee))", "// rules question"]

    await terminal.type("Ana: I raise the lantern toward the wreck.")
    await terminal.type("Bo: I check the ropes.")
    await terminal.type("Cy: I whistle at the gulls.")
    screen = await terminal.wait_for("the narration and the next round's prompt",
                                     lambda s: "[round 2 · waiting for Ana, Bo, Cy]>" in s)
    narration = NARRATIONS[1]  # the history holds the opening: one assistant turn
    assert flat(screen).count(flat(narration)) == 1
    assert "narration stored" not in screen and "prepare_ms" not in screen
    assert "narration stored" in log_file.read_text()
    prompt = fake_openai.narration_text(0)
    assert "coffee" not in prompt and "rules question" not in prompt  # table talk stays out
    assert not [a for a in posts(db, "action") if a[0] == "Zed"]


async def test_an_action_over_the_limit_is_refused_whole(
    terminal: Terminal, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    from bot.engine.limits import MAX_ACTION_CHARS

    db = tmp_path / "game.db"
    await terminal.start(play_env(fake_openai, db), "--players", "Ana,Bo")
    await terminal.wait_for_text("waiting for Ana, Bo]>")
    action = ("I climb the mast and shout " * 300)[:5000].strip()  # past the tty's 4095 too
    await terminal.type(f"Ana: {action}")
    screen = await terminal.wait_for_text(f"the limit is {MAX_ACTION_CHARS}")
    assert f"{len(action)} characters" in screen
    assert posts(db, "action") == []  # nothing stored, nothing cut
    await terminal.type("Ana: I climb the mast.")
    await terminal.wait_for_text("waiting for Bo]>")
    assert posts(db, "action") == [("Ana", "I climb the mast.")]


async def test_ctrl_c_at_the_prompt_exits_at_once(
    terminal: Terminal, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    await terminal.start(play_env(fake_openai, tmp_path / "game.db"), "--players", "Ana,Bo")
    await terminal.wait_for_text("waiting for Ana, Bo]>")
    await terminal.type("Ana: half a thought", enter=False)
    await terminal.key("C-c")
    assert await terminal.wait_for_exit(limit_s=10) == 130
    assert "every action is saved" in await terminal.screen()


async def test_typing_while_a_narration_streams_keeps_the_screen_readable(
    terminal: Terminal, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    fake_openai.chunk_delay = 0.15  # about two seconds for a narration
    db = tmp_path / "game.db"
    await terminal.start(play_env(fake_openai, db), "--players", "Ana", width=80)
    await terminal.wait_for_text("waiting for Ana]>")
    await terminal.type("Ana: I raise the lantern.")
    for word in ("Ana: ", "I ", "wade ", "into ", "the ", "surf"):
        # Each word typed while the narration is still arriving.
        await _until("another chunk of the narration", lambda: fake_openai.chunks_sent >= 2)
        await terminal.type(word, enter=False)
        sent = fake_openai.chunks_sent
        await _until("another chunk", lambda s=sent: fake_openai.chunks_sent > s)  # type: ignore[misc]
    screen = await terminal.wait_for(
        "the whole narration, with the typed line below it",
        lambda s: flat(NARRATIONS[1]) in flat(s) and "Ana: I wade into the surf" in s)
    assert posts(db, "narration")[-1][1] == NARRATIONS[1]
    last = [line for line in screen.splitlines() if line.strip()][-1]
    assert last.endswith("]> Ana: I wade into the surf")  # the line being typed, whole
    assert flat(screen).count(flat(NARRATIONS[1])) == 1
    await terminal.key("Enter")
    await _until("the typed line stored as round 2's action", lambda: len(posts(db, "action")) == 2)
    assert posts(db, "action")[-1] == ("Ana", "I wade into the surf")


async def test_a_revised_narration_is_shown_once(
    terminal: Terminal, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    replies = iter([NARRATIONS[0], NARRATIONS[0], NARRATIONS[2]])  # round 2 repeats round 1
    fake_openai.reply = lambda request: next(replies) if _is_narration(request) else "{}"
    fake_openai.chunk_delay = 0.02
    db = tmp_path / "game.db"
    await terminal.start(play_env(fake_openai, db), "--players", "Ana", width=80, height=50)
    await terminal.wait_for_text("waiting for Ana]>")
    await terminal.type("Ana: I look around.")
    await terminal.wait_for_text("[round 2 · waiting for Ana]>")
    await terminal.type("Ana: I look around again.")
    screen = await terminal.wait_for_text("[round 3 · waiting for Ana]>")
    assert len(fake_openai.narration_requests()) == 3  # the repetition guard asked again
    assert flat(screen).count(flat(NARRATIONS[0])) == 1
    assert flat(screen).count(flat(NARRATIONS[2])) == 1
    assert "[revised]" not in screen


def _is_narration(request: dict[str, object]) -> bool:
    return "game master of a multiplayer" in str(request.get("messages"))


async def _until(what: str, condition: Callable[[], bool], limit_s: float = 20.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit_s
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"waited {limit_s:.0f}s for {what}")
        await asyncio.sleep(0.01)


async def test_a_warning_is_one_line_above_the_line_being_typed(
    terminal: Terminal, fake_openai: FakeOpenAI, tmp_path: Path
) -> None:
    ending = "The last wardens lower their halberds and walk away into the mist. The end."
    fake_openai.reply = lambda request: ending if _is_narration(request) else "{}"
    fake_openai.chunk_delay = 0.1
    db = tmp_path / "game.db"
    await terminal.start(play_env(fake_openai, db), "--players", "Ana", width=90)
    await terminal.wait_for_text("waiting for Ana]>")
    await terminal.type("Ana: I sheathe my sword.")
    await _until("the narration to start streaming", lambda: fake_openai.chunks_sent >= 1)
    await terminal.type("Ana: I look", enter=False)
    screen = await terminal.wait_for_text("narration seems to end the scene")
    warnings = [line for line in screen.splitlines() if "end the scene" in line]
    assert warnings == ["(warning: narration seems to end the scene: scene=1)"]
    screen = await terminal.wait_for("the prompt of round 2 under the warning",
                                     lambda s: "[round 2 · waiting for Ana]> Ana: I look" in s)
    assert flat(screen).count(flat(ending)) == 1
    assert "WARNING" in (tmp_path / "loremaster.log").read_text()
