"""Soak: `loremaster play` for 30 minutes against a misbehaving backend, SIGKILLed every
few minutes, then a check of the store: nothing lost, nothing twice, nothing half-made.

Three players type rounds of actions into the real console (`loremaster play`, stdin
piped) talking to the loopback OpenAI-compatible server (tests/fakeopenai.py) run in this
process, on a real SQLite file. Every few rounds the server misbehaves for the next
narration requests (one of its fault modes, cycled). Every few minutes, at a random
moment, the process is SIGKILLed and started again with `--resume`.

Acknowledged: after each batch of lines the benchmark types a line naming an unseated
player (`AckN: ping`); the console answers it on stderr only after handling every line
before it (lines are handled one at a time, and a narration in flight finishes first).
The lines of a batch are acknowledged when that answer shows. Lines of a batch cut by
a kill are looked up in the store after the kill, as a player would look at the scene,
and typed again only if absent.

The console has no timers, so a second lane runs them: a stand-in bot (this file with
`--timer-lane`: the real DeadlineScheduler, the scene timer handlers and the timer
observer) plays a scene on its own database where nobody acts: every round closes at
its deadline (nudge, auto-pass, narration, next round's timers). It is SIGKILLed at the
same moments and restarted. Each handler run is logged to a file.

The check (`check_store`, `check_timers`) is reused by tests/test_soak_check.py.

    python benchmarks/soak.py [--minutes 30] [--kill-every 180] [--fault-every 3]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import random
import re
import signal
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCRIPT = Path(__file__).resolve()
REPO = SCRIPT.parents[1]
sys.path.insert(0, str(REPO))

from aiohttp import web  # noqa: E402

from bot.models import ROUND_CLOSING_KINDS  # noqa: E402
from tests.fakeopenai import FAULTS, FakeOpenAI  # noqa: E402

RESULTS = REPO / "benchmarks" / "results" / "soak.json"
PLAYERS = ("Ana", "Bo", "Cy")
SEATS = "Ana,Bo=Bram,Cy"
BARRIER_TIMEOUT_S = 300.0  # one batch, its narration and every retry: a hang past it fails
UNAVAILABLE = "the narrator is unavailable"
CLOSING_KINDS = tuple(sorted(str(k) for k in ROUND_CLOSING_KINDS))

# Made-up words: narrations share no content words by chance, so the repetition guard
# never asks again, and no guard has a reason to trim.
SYLLABLES = [a + b + c for a in ("br", "k", "th", "m", "sl", "v", "dr", "f", "gr", "p")
             for b in ("a", "o", "ei", "u", "ar", "i")
             for c in ("nd", "ll", "sk", "rt", "me", "wen")]
SENTINEL = re.compile(r"Bell (\d+) tolls\.$")  # every reply ends so: a cut one does not
TOKEN = re.compile(r"\bsign (s\d{6})\b")  # the unique mark of each typed action


# -- the backend's side: every reply it produced, and the prompt it answered ---------------


@dataclass
class ReplyBook:
    """Replies the fake server produced (whole, before any fault cut them), with the
    prompt each one answered: a stored narration must be one of them, whole."""

    rng: random.Random = field(default_factory=lambda: random.Random(0))
    prompts: dict[str, str] = field(default_factory=dict)  # reply text → prompt text

    def reply(self, request: dict[str, Any]) -> str:
        messages = request.get("messages") or [{}]
        if "game master of a multiplayer" not in str(messages[0].get("content", "")):
            return "{}"  # memory upkeep (summaries, world state): nothing to extract
        serial = len(self.prompts) + 1
        sentences = []
        for _ in range(3):
            words = self.rng.sample(SYLLABLES, 5)
            sentences.append(f"The {words[0]} {words[1]} drifts past the {words[2]} "
                             f"{words[3]} and the {words[4]}.")
        text = " ".join(sentences) + f" Bell {serial} tolls."
        self.prompts[text] = "\n".join(str(m.get("content", "")) for m in messages)
        return text

    def source_of(self, stored: str) -> tuple[str, str] | None:
        """(the reply, its prompt) that `stored` is whole or a leading part of."""
        if stored in self.prompts:
            return stored, self.prompts[stored]
        for text, prompt in self.prompts.items():
            if text.startswith(stored):
                return text, prompt
        return None


class SoakFake(FakeOpenAI):
    """The loopback server, counting the faults it actually served."""

    served: Counter[str]
    in_flight = 0  # requests being answered now: a kill then lands mid-request

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        self.in_flight += 1
        try:
            return await super()._chat(request)
        finally:
            self.in_flight -= 1

    async def _fault(self, request: web.Request, body: dict[str, Any],
                     fault: str) -> web.StreamResponse:
        self.served[fault] += 1
        return await super()._fault(request, body, fault)


# -- the check -----------------------------------------------------------------------


def check_store(db_path: Path, acked: set[str], typed: set[str],
                replies: ReplyBook) -> dict[str, Any]:
    """What the store holds against what players were told and what the backend sent.

    - lost: an acknowledged action not stored, or stored where no narration will see it
      (after its round's narration, or missing from that narration's prompt);
    - duplicated: an action stored more than once, or a round narrated more than once;
    - half: a narration that is not one whole reply of the backend, unless it is a
      marked cut at the token limit ending on a full sentence;
    - unnarrated: a closed round without its narration; openings must be exactly one.
    """
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        scene = db.execute("SELECT id, round_no FROM scenes ORDER BY id DESC LIMIT 1").fetchone()
        posts = db.execute("SELECT * FROM posts WHERE deleted = 0 ORDER BY seq").fetchall()
    if scene is None:
        raise AssertionError(f"no scene in {db_path}")
    open_round = int(scene["round_no"])
    actions = [p for p in posts if p["kind"] == "action"]
    narrations: dict[int, list[sqlite3.Row]] = {}
    for post in posts:
        if post["kind"] in CLOSING_KINDS:
            narrations.setdefault(int(post["round_no"]), []).append(post)

    stored = Counter(_token(p["content"]) for p in actions)
    lost = sorted(acked - set(stored))
    duplicated = sorted(t for t, n in stored.items() if n > 1)
    unknown = sorted(t for t in stored if t not in typed)

    half, trimmed, complete, unplaced, unprompted = [], 0, 0, [], []
    prompts: dict[int, str] = {}
    for round_no, rows in narrations.items():
        for row in rows:
            verdict, prompt = _narration_verdict(row, replies)
            if verdict == "complete":
                complete += 1
            elif verdict == "trimmed":
                trimmed += 1
            else:
                half.append({"round": round_no, "chars": len(row["content"]),
                             "tail": row["content"][-60:]})
            prompts[round_no] = prompt
    narrated_twice = sorted(r for r, rows in narrations.items() if len(rows) > 1)
    unnarrated = [r for r in range(1, open_round) if r not in narrations]
    narrated_open = sorted(r for r in narrations if r >= open_round)
    for action in actions:
        round_no, token = int(action["round_no"]), _token(action["content"])
        closing = narrations.get(round_no)
        if round_no > open_round or (closing and action["seq"] > closing[0]["seq"]):
            unplaced.append(token)  # in a round no narration will ever cover
        elif closing and action["content"] not in prompts.get(round_no, ""):
            unprompted.append(token)  # its round was narrated without it
    openings = sum(1 for p in posts if p["kind"] == "opening" and p["content"].strip())
    return {
        "rounds_closed": open_round - 1,
        "actions_typed": len(typed),
        "actions_acknowledged": len(acked),
        "actions_stored": sum(stored.values()),
        "lost": len(lost) + len(unplaced) + len(unprompted),
        "lost_tokens": lost + unplaced + unprompted,
        "duplicated": len(duplicated) + len(narrated_twice),
        "duplicated_tokens": duplicated,
        "rounds_narrated_twice": narrated_twice,
        "unknown_actions": unknown,
        "narrations_complete": complete,
        "narrations_trimmed_marked": trimmed,
        "half_narrations": len(half),
        "half_examples": half[:5],
        "closed_rounds_unnarrated": unnarrated,
        "open_round_narrated": narrated_open,
        "openings": openings,
    }


def _token(content: str) -> str:
    found = TOKEN.search(content)
    return found.group(1) if found else f"?{content[:40]}"


def _narration_verdict(row: sqlite3.Row, replies: ReplyBook) -> tuple[str, str]:
    content = row["content"]
    source = replies.source_of(content) if content.strip() else None
    if source is None:
        return "half", ""
    text, prompt = source
    if content == text and SENTINEL.search(content):
        return "complete", prompt
    meta = json.loads(row["meta"] or "{}")
    if meta.get("cut_at_token_limit") and content.rstrip().endswith((".", "!", "?")):
        return "trimmed", prompt  # the documented `length` outcome: full sentences, marked
    return "half", prompt


def check_timers(db_path: Path, events_path: Path, ended_at: float) -> dict[str, Any]:
    """Each timer row's handler ran at most once; every round closed at its deadline was
    narrated once and auto-passed each player at most once; no due timer left unclaimed."""
    events = _events(events_path)
    starts = Counter(e["row"] for e in events if e["phase"] == "start")
    done = {e["row"] for e in events if e["phase"] == "done"}
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as db:
        rows = db.execute("SELECT id, kind, fire_at, fired_at FROM deadlines").fetchall()
        passes = db.execute("SELECT round_no, author_id, COUNT(*) FROM posts WHERE kind = 'pass'"
                            " GROUP BY round_no, author_id").fetchall()
        narrations = db.execute(
            "SELECT round_no, COUNT(*) FROM posts WHERE deleted = 0 AND kind IN"
            f" ({', '.join('?' for _ in CLOSING_KINDS)}) GROUP BY round_no",
            CLOSING_KINDS).fetchall()
        (open_round,) = db.execute("SELECT MAX(round_no) FROM scenes").fetchone()
    fired = [r for r in rows if r[3] is not None]
    nudges = Counter(e["round"] for e in events if e.get("nudged"))
    narrated = dict(narrations)
    return {
        "timer_rows": len(rows),
        "timers_fired": len(fired),
        "timers_fired_twice": sum(1 for n in starts.values() if n > 1),
        # Claimed, then killed before or inside the handler: at most once means lost.
        "timers_cut_by_kill": sum(1 for r in fired if r[0] not in done),
        "timers_due_unfired": sum(1 for r in rows if r[3] is None and r[2] < ended_at - 5),
        "timer_rounds_closed": int(open_round) - 1,
        "timer_rounds_narrated_twice": sum(1 for n in narrated.values() if n > 1),
        "timer_rounds_unnarrated": sum(1 for r in range(1, int(open_round))
                                       if r not in narrated),
        "auto_passes_twice": sum(1 for _, _, n in passes if n > 1),
        "nudged_twice": sum(1 for n in nudges.values() if n > 1),
    }


def _events(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.endswith("}")]  # a kill mid-line


# -- the console players --------------------------------------------------------------


def play_env(base_url: str, db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LOREMASTER_", "OPENAI_"))}
    env.update({
        "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPO),
        "LOREMASTER_CARDS_DIR": str(REPO / "cards"), "LOREMASTER_DB": str(db),
        "OPENAI_BASE_URL": base_url, "LOREMASTER_BACKEND": "openai", "LOREMASTER_MODEL": "fake",
        "LOREMASTER_MAX_RETRIES": "2", "LOREMASTER_FIRST_BYTE_TIMEOUT": "3",
        "LOREMASTER_REQUEST_TIMEOUT": "3",
    })
    return env


class Console:
    """One `loremaster play` process: what it printed on stderr, and a way to type."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.err: list[str] = []
        self.changed = asyncio.Event()
        self.ended = False
        self.scanned = 0  # stderr lines already looked at by `wait_for`
        self._readers = [asyncio.create_task(self._read_err()),
                         asyncio.create_task(self._drain_out())]

    @classmethod
    async def start(cls, env: dict[str, str], *args: str) -> Console:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.cli", "play", *args, cwd=REPO, env=env,
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE)
        return cls(proc)

    async def _read_err(self) -> None:
        assert self.proc.stderr is not None
        async for raw in self.proc.stderr:
            self.err.append(raw.decode(errors="replace").rstrip("\n"))
            self.changed.set()
        self.ended = True
        self.changed.set()

    async def _drain_out(self) -> None:
        assert self.proc.stdout is not None
        while await self.proc.stdout.read(65536):
            pass  # narrations are checked in the store; a full pipe would stall the player

    async def type(self, text: str) -> bool:
        """False when the process is gone (killed)."""
        assert self.proc.stdin is not None
        try:
            self.proc.stdin.write(text.encode())
            await self.proc.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            return False
        return True

    async def wait_for(self, needle: str, timeout_s: float) -> list[str] | None:
        """The stderr lines up to the one holding `needle`, or None if the process ended."""
        deadline = time.monotonic() + timeout_s
        while True:
            for i in range(self.scanned, len(self.err)):
                if needle in self.err[i]:
                    seen, self.scanned = self.err[self.scanned:i + 1], i + 1
                    return seen
            if self.ended:
                return None
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"waited {timeout_s:.0f} s for {needle!r} from "
                                   f"`loremaster play`; its last stderr: {self.err[-5:]}")
            self.changed.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.changed.wait(), left)

    async def finish(self, timeout_s: float) -> int:
        """End of input; the exit code once the pending narration is done."""
        assert self.proc.stdin is not None
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.proc.stdin.close()
        try:
            return await asyncio.wait_for(self.proc.wait(), timeout_s)
        finally:
            await self.reap()

    def kill(self) -> None:
        # os.kill, not Popen.kill: that polls first, and a poll that reaps a child which
        # just died leaves asyncio's watcher to report exit code 255 instead of -9.
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.proc.pid, signal.SIGKILL)

    async def reap(self) -> None:
        if self.proc.returncode is None:
            self.kill()
        await self.proc.wait()
        await asyncio.gather(*self._readers)


@dataclass
class Figures:
    rounds_played: int = 0
    batches: int = 0
    retries: int = 0
    narration_failures_shown: int = 0
    kills: int = 0
    kills_mid_request: int = 0
    restarts: int = 0
    crashes: list[dict[str, Any]] = field(default_factory=list)
    faults_set: Counter[str] = field(default_factory=Counter)
    found_after_kill: int = 0
    retyped_after_kill: int = 0


class Players:
    """Types rounds of actions, acknowledges them, and picks up after each kill."""

    def __init__(self, env: dict[str, str], db: Path, figures: Figures) -> None:
        self.env, self.db, self.figures = env, db, figures
        self.console: Console | None = None
        self.typed: dict[str, str] = {}  # token → line
        self.acked: set[str] = set()
        self.serial = 0
        self.barrier = 0

    async def open(self) -> None:
        args = ("--resume",) if _has_scene(self.db) else ("--players", SEATS)
        self.console = await Console.start(self.env, *args)

    def new_round(self, rng: random.Random) -> list[str]:
        lines = []
        for player in PLAYERS:
            self.serial += 1
            token = f"s{self.serial:06d}"
            noun = rng.choice(("mast", "door", "crate", "lantern", "rail", "wall"))
            lines.append(f"{player}: I chalk sign {token} on the {noun}.")
            self.typed[token] = lines[-1]
        return lines

    async def deliver(self, lines: list[str]) -> None:
        """Type `lines` and have them acknowledged; /retry a narration that failed."""
        pending = list(lines)
        for _ in range(50):  # retries and restarts; a scene that never settles fails loudly
            assert self.console is not None
            self.barrier += 1
            needle = f"Ack{self.barrier} is not seated"
            text = "".join(line + "\n" for line in pending) + f"Ack{self.barrier}: ping\n"
            self.figures.batches += 1
            seen = await self.console.wait_for(needle, BARRIER_TIMEOUT_S) \
                if await self.console.type(text) else None
            if seen is not None:
                self.acked.update(_token(line) for line in pending if not line.startswith("/"))
                if not any(UNAVAILABLE in line for line in seen):
                    return
                self.figures.narration_failures_shown += 1
                self.figures.retries += 1
                pending = ["/retry"]
                continue
            pending = await self._after_death(pending)
        tail = self.console.err[-5:] if self.console else []
        raise AssertionError(f"the scene never settled; last stderr: {tail}")

    async def _after_death(self, pending: list[str]) -> list[str]:
        assert self.console is not None
        code = await self.console.proc.wait()
        await self.console.reap()
        if code != -signal.SIGKILL:
            self.figures.crashes.append({"exit": code, "stderr_tail": self.console.err[-8:]})
        stored = _stored_tokens(self.db)
        keep = []
        for line in pending:
            if line.startswith("/"):
                continue  # a /retry: the restart narrates a ready round by itself
            if _token(line) in stored:
                self.acked.add(_token(line))  # it landed: the player sees it on the scene
                self.figures.found_after_kill += 1
            else:
                keep.append(line)
                self.figures.retyped_after_kill += 1
        self.figures.restarts += 1
        await self.open()
        return keep

    def kill(self) -> bool:
        if self.console is None or self.console.proc.returncode is not None:
            return False
        self.console.kill()
        return True


def _has_scene(db: Path) -> bool:
    if not db.exists():
        return False
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        try:
            return conn.execute("SELECT COUNT(*) FROM scenes").fetchone()[0] > 0
        except sqlite3.OperationalError:  # killed before the schema was made
            return False


def _stored_tokens(db: Path) -> set[str]:
    if not _has_scene(db):
        return set()
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT content FROM posts WHERE kind = 'action'").fetchall()
    return {_token(r[0]) for r in rows}


# -- the timer lane: a stand-in bot whose rounds close at their deadline --------------


async def timer_lane(db: Path, events: Path, base_url: str, scene_id: int) -> None:
    """The child process: timers from the rows, every handler run logged."""
    from bot.config import Settings
    from bot.llm.openai_compat import OpenAICompatBackend
    from bot.models import Participant, Scene
    from bot.scheduler import Handler, Timer
    from bot.services.sinks import CollectingSink
    from bot.services.timers import TimerActions
    from bot.services.wiring import build_services
    from bot.store import Store

    store = await Store.open(db)
    backend = OpenAICompatBackend(base_url=base_url, api_key="soak", model="fake")
    settings = Settings(_env_file=None, cards_dir=REPO / "cards")  # type: ignore[call-arg]
    nudged: list[int] = []

    def log(**fields: Any) -> None:
        with events.open("a", encoding="utf-8") as out:
            out.write(json.dumps({"at": time.time(), **fields}) + "\n")

    async def narrate(scene: Scene) -> None:
        await wired.scenes.narrate(scene, CollectingSink())

    async def nudge(scene: Scene, missing: list[Participant]) -> None:
        nudged.append(scene.round_no)

    def logged(handler: Handler) -> Handler:
        async def run(timer: Timer) -> None:
            log(row=timer.row_id, kind=timer.kind, round=timer.payload.get("round_no"),
                phase="start")
            before = len(nudged)
            await handler(timer)
            log(row=timer.row_id, kind=timer.kind, round=timer.payload.get("round_no"),
                phase="done", nudged=len(nudged) > before)
        return run

    wired = build_services(store, backend, settings, time.time,
                           timer_actions=TimerActions(narrate, nudge))
    timers, pacing = wired.timers, wired.pacing
    assert timers is not None
    # Instrumentation only: every handler run is logged around the wired handler.
    timers.handlers.update({k: logged(h) for k, h in timers.handlers.items()})
    await timers.start()
    # A deadline claimed and then cut by the kill is gone (at most once); like a bot
    # starting up, the stand-in gives an open round without a deadline a fresh one.
    if not any(d.kind == "round" for d in await store.deadlines.pending(scene_id)):
        await pacing.schedule_timers(await store.scenes.get(scene_id))
    print("ready", flush=True)
    await asyncio.Event().wait()


async def _make_lane_scene(db: Path, round_s: float) -> int:
    from bot.store import NewSeat, Store

    store = await Store.open(db)
    try:
        scene = await store.scenes.create_with_seats(
            campaign={"title": "Timer lane"}, now=time.time(),
            seats=[NewSeat(p, p, character_name=p) for p in ("Dee", "Eli")],
            settings={"round_deadline": round_s},
        )
        return scene.id
    finally:
        await store.close()


class TimerLane:
    def __init__(self, db: Path, events: Path, base_url: str) -> None:
        self.db, self.events, self.base_url = db, events, base_url
        self.scene_id = 0
        self.proc: asyncio.subprocess.Process | None = None

    async def start(self, round_s: float) -> None:
        self.scene_id = await _make_lane_scene(self.db, round_s)
        await self.restart()

    async def restart(self) -> None:
        self.proc = await asyncio.create_subprocess_exec(
            sys.executable, str(SCRIPT), "--timer-lane", str(self.db),
            str(self.events), self.base_url, str(self.scene_id), cwd=REPO,
            env={**os.environ, "PYTHONUNBUFFERED": "1"}, stdout=asyncio.subprocess.PIPE)
        assert self.proc.stdout is not None
        said = await asyncio.wait_for(self.proc.stdout.readline(), 120)
        if said.strip() != b"ready":
            raise AssertionError(f"the timer lane did not start: {said!r}")

    async def kill(self) -> None:
        if self.proc is not None and self.proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.proc.pid, signal.SIGKILL)
        if self.proc is not None:
            await self.proc.wait()


# -- the run --------------------------------------------------------------------------


@dataclass
class SoakRun:
    """Everything the check needs, kept so a test can check a corrupted copy too."""

    db: Path
    timer_db: Path
    timer_events: Path
    replies: ReplyBook
    acked: set[str]
    typed: set[str]
    ended_at: float
    result: dict[str, Any]


async def soak(workdir: Path, *, minutes: float, kill_every: float, fault_every: int,
               round_s: float = 5.0, max_kills: int | None = None,
               max_faults: int | None = None, seed: int = 13,
               progress: Callable[[str], None] = lambda _: None) -> SoakRun:
    rng = random.Random(seed)
    # A client that gives up mid-fault closes the socket under the fake's last write.
    logging.getLogger("aiohttp.server").setLevel(logging.CRITICAL)
    db, timer_db, events = workdir / "soak.db", workdir / "timers.db", workdir / "timers.jsonl"
    replies, lane_replies = ReplyBook(random.Random(seed)), ReplyBook(random.Random(seed + 1))
    fake = SoakFake(reply=replies.reply, chunk_delay=0.01, stall_s=6.0, retry_after=0.2)
    fake.served = Counter()
    lane_fake = FakeOpenAI(reply=lane_replies.reply)
    await fake.start()
    await lane_fake.start()
    figures = Figures()
    players = Players(play_env(fake.base_url, db), db, figures)
    lane = TimerLane(timer_db, events, lane_fake.base_url)
    started = time.monotonic()
    try:
        await lane.start(round_s)
        await players.open()
        killer = asyncio.create_task(_kill_now_and_then(
            rng, kill_every, max_kills, figures, players, lane, fake, progress))
        try:
            await _play_rounds(rng, started + minutes * 60, fault_every, max_faults,
                               fake, players, figures, progress)
        finally:
            killer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await killer
        assert players.console is not None
        exit_code = await players.console.finish(BARRIER_TIMEOUT_S)
        await lane.kill()
        ended_at = time.time()
    finally:
        await lane.kill()
        if players.console is not None:
            await players.console.reap()
        await fake.stop()
        await lane_fake.stop()
    store = check_store(db, players.acked, set(players.typed), replies)
    timers = check_timers(timer_db, events, ended_at)
    result = {
        "minutes": round((time.monotonic() - started) / 60, 2),
        "rounds_played": figures.rounds_played,
        "kills": figures.kills,
        "kills_mid_request": figures.kills_mid_request,
        "restarts": figures.restarts,
        "crashes": figures.crashes,
        "last_exit_code": exit_code,
        "faults_set": dict(sorted(figures.faults_set.items())),
        "faults_served": dict(sorted(fake.served.items())),
        "narration_failures_shown": figures.narration_failures_shown,
        "retries_typed": figures.retries,
        "found_after_kill": figures.found_after_kill,
        "retyped_after_kill": figures.retyped_after_kill,
        **store,
        **timers,
    }
    return SoakRun(db, timer_db, events, replies, set(players.acked), set(players.typed),
                   ended_at, result)


async def _play_rounds(rng: random.Random, end_at: float, fault_every: int,
                       max_faults: int | None, fake: SoakFake, players: Players,
                       figures: Figures, progress: Callable[[str], None]) -> None:
    modes = _fault_cycle(rng)
    faults_left = max_faults
    while time.monotonic() < end_at:
        figures.rounds_played += 1
        if fault_every and figures.rounds_played % fault_every == 0 and faults_left != 0:
            mode = next(modes)
            fake.faults = [mode] * rng.randint(1, 3)  # up to every attempt of a narration
            figures.faults_set[mode] += 1
            faults_left = None if faults_left is None else faults_left - 1
        await players.deliver(players.new_round(rng))
        if figures.rounds_played % 20 == 0:
            progress(f"round {figures.rounds_played}, kills {figures.kills}")


def _fault_cycle(rng: random.Random) -> Iterator[str]:
    while True:
        modes = list(FAULTS)
        rng.shuffle(modes)
        yield from modes


async def _kill_now_and_then(rng: random.Random, every: float, max_kills: int | None,
                             figures: Figures, players: Players, lane: TimerLane,
                             fake: SoakFake, progress: Callable[[str], None]) -> None:
    while max_kills is None or figures.kills < max_kills:
        await asyncio.sleep(rng.uniform(0.5, 1.5) * every)
        if players.kill():
            figures.kills += 1
            figures.kills_mid_request += fake.in_flight > 0
            progress(f"SIGKILL {figures.kills} at round {figures.rounds_played}")
        await lane.kill()
        await lane.restart()


# -- the command ----------------------------------------------------------------------

ZERO_KEYS = ("lost", "duplicated", "half_narrations", "timers_fired_twice",
             "timer_rounds_narrated_twice", "auto_passes_twice", "nudged_twice")


def print_table(result: dict[str, Any]) -> None:
    rows = [
        ("minutes played", result["minutes"]),
        ("rounds played", result["rounds_played"]),
        ("SIGKILLs / restarts", f"{result['kills']} / {result['restarts']}"),
        ("SIGKILLs during a backend request", result["kills_mid_request"]),
        ("crashes (not our kill)", len(result["crashes"])),
        ("faults served", ", ".join(f"{k} {v}" for k, v in result["faults_served"].items())),
        ("narration failures shown", result["narration_failures_shown"]),
        ("actions typed / acknowledged", f"{result['actions_typed']} / "
                                          f"{result['actions_acknowledged']}"),
        ("cut by a kill: found stored / retyped", f"{result['found_after_kill']} / "
                                                   f"{result['retyped_after_kill']}"),
        ("rounds closed", result["rounds_closed"]),
        ("narrations complete / trimmed+marked", f"{result['narrations_complete']} / "
                                                 f"{result['narrations_trimmed_marked']}"),
        ("posts lost", result["lost"]),
        ("posts duplicated", result["duplicated"]),
        ("half narrations", result["half_narrations"]),
        ("closed rounds unnarrated", len(result["closed_rounds_unnarrated"])),
        ("timer rows / fired", f"{result['timer_rows']} / {result['timers_fired']}"),
        ("timers fired twice", result["timers_fired_twice"]),
        ("timers cut by a kill (at most once)", result["timers_cut_by_kill"]),
        ("timer rounds closed / narrated twice", f"{result['timer_rounds_closed']} / "
                                                 f"{result['timer_rounds_narrated_twice']}"),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--timer-lane":
        db, events, url, scene_id = sys.argv[2:6]
        asyncio.run(timer_lane(Path(db), Path(events), url, int(scene_id)))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--kill-every", type=float, default=180.0,
                        help="seconds between SIGKILLs, on average (each 0.5–1.5× this)")
    parser.add_argument("--fault-every", type=int, default=3, help="rounds between faults")
    parser.add_argument("--round-deadline", type=float, default=5.0,
                        help="the timer lane's round length, seconds")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--keep", type=Path, help="keep the databases in this folder")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    with _workdir(args.keep) as workdir:
        run = asyncio.run(soak(
            workdir, minutes=args.minutes, kill_every=args.kill_every,
            fault_every=args.fault_every, round_s=args.round_deadline, seed=args.seed,
            progress=lambda line: print(f"[{time.strftime('%H:%M:%S')}] {line}", flush=True)))
    print_table(run.result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(run.result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    if any(run.result[k] for k in ZERO_KEYS) or run.result["crashes"]:
        sys.exit(1)


@contextlib.contextmanager
def _workdir(keep: Path | None) -> Iterator[Path]:
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        yield keep
        return
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        yield Path(tmp)


if __name__ == "__main__":
    main()
