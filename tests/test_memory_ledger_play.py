"""The ledger of salient details through the real turn: real SQLite, the real wiring and the
real `openai` client against the loopback server, whose summaries carry no facts.

A detail planted in round 1 is asked for 300 rounds later in words it does not share
("the lad who minds the animals" for a stable boy named Tamsin), by another player,
while filler fills the history; the narration prompt holds it, in the ledger section
the inspector shows. A retconned narration and a deleted action, both read by the
ledger before they went, never come back."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from bot.services.gm import Actor
from tests.conftest import REPO, cli_command, cli_env
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router, varied_narration
from tests.pacing_helpers import RecordingSink, Table, table

GM_ROLE = 555
GM = Actor("gm", "Gus", role_ids=(GM_ROLE,))
PLANTED = "I tell the stable boy, Tamsin, to keep my grey mare hidden behind the old watermill."
RETCONNED = "The smuggler Quennell buries forty-two gold crowns beneath the lighthouse stair."
DELETED = "I scratch the vault code 7731 inside the heel of my boot."
QUESTION = "Where did the lad who minds the animals put her horse?"
ROUNDS = 300
_VERBS = ("check", "count", "watch", "carry", "clean", "mend")
_THINGS = ("ropes", "crates", "nets", "lanterns", "barrels", "sails")
_PLACES = ("pier", "market", "tavern", "harbour", "warehouse", "quay")


def filler(n: int) -> str:
    """Routine actions from a small vocabulary: every word comes back again and again."""
    return (f"I {_VERBS[n % 6]} the {_THINGS[(n // 6) % 6]} by the "
            f"{_PLACES[(n // 36) % 6]}.")


class Narrator:
    """Varied narrations; the one after `retconned_next` is set tells RETCONNED."""

    def __init__(self) -> None:
        self.retconned_next = False

    def __call__(self, body: dict[str, Any]) -> str:
        if self.retconned_next:
            self.retconned_next = False
            return RETCONNED
        return varied_narration(body)


async def play_round(t: Table, ana: str, bo: str) -> None:
    await t.act("ana", ana)
    await t.act("bo", bo)
    await t.service.narrate(await t.fresh_scene(), RecordingSink())


def system_message(request: dict[str, Any]) -> str:
    return str(request["messages"][0]["content"])


async def test_an_early_detail_is_in_the_prompt_300_rounds_later_and_withdrawn_ones_are_not(
    db_path: Path,
) -> None:
    narrator = Narrator()
    fake = await FakeOpenAI(reply=Router(
        narration=narrator, summary=lambda body: "Summary: the watch goes on.",
        extract=lambda body: "{}")).start()
    try:
        async with table(db_path, fake) as t:
            await t.store.campaigns.update(t.scene.campaign_id, gm_role_ids=[GM_ROLE],
                                           settings={"guards": {"repetition": False}})
            memory = t.services.memory
            await play_round(t, PLANTED, filler(0))
            await play_round(t, filler(1), DELETED)
            narrator.retconned_next = True
            await play_round(t, filler(2), filler(3))
            await memory.drain()  # the ledger has read all three before they go
            assert (await t.services.gm.retcon(await t.fresh_scene(), GM)).content == RETCONNED
            await t.service.narrate(await t.fresh_scene(), RecordingSink())
            await memory.drain()  # read afresh after the retcon, the action to delete too
            deleted = [p for p in await t.store.posts.of_scene(t.scene.id)
                       if p.content == DELETED]
            await t.store.posts.delete(deleted[0].id, t.clock())  # as a deleted message does
            asked_before = len(fake.narration_requests())
            for n in range(4, ROUNDS):
                await play_round(t, filler(2 * n), filler(2 * n + 1))
                if n % 50 == 0:
                    await memory.drain()
            await play_round(t, filler(1), QUESTION)  # asked by the other player
            sent = fake.narration_requests()[-1]
            record = await t.store.prompts.last(t.scene.id)
            scene = await t.fresh_scene()
            await memory.drain()
    finally:
        await fake.stop()

    assert scene.runtime.window_start > 20, "the window never folded: the test shows nothing"
    history = [m["content"] for m in sent["messages"][1:-1]]
    assert not any(PLANTED in text for text in history), "still in the history window"
    assert f"r1 Mira Vale: {PLANTED}" in system_message(sent)
    everything = "\n".join(str(m["content"]) for m in sent["messages"])
    assert everything.count(PLANTED) == 1, "recall repeats what the ledger shows"
    for request in fake.narration_requests()[asked_before:]:
        text = "\n".join(str(m["content"]) for m in request["messages"])
        assert "Quennell" not in text, "a retconned narration came back"
        assert "7731" not in text, "a deleted action came back"
    assert record is not None
    ledger = [s for s in record.sections if s.name == "ledger"]
    assert ledger and PLANTED in ledger[0].text and ledger[0].tokens > 0
    # The inspector a GM runs shows it as a part of its own, with its size.
    proc = await asyncio.create_subprocess_exec(
        *cli_command("prompt", "--db", str(db_path)), cwd=REPO,
        env=cli_env(PYTHONPATH=str(REPO)), stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    report = out.decode().split(f"=== ledger ({ledger[0].tokens:,} tokens) ===\n", 1)
    assert len(report) == 2 and report[1].startswith("# Details established earlier")
    assert PLANTED in report[1].split("\n=== ", 1)[0]
