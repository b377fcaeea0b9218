"""Recall on real SQLite through the real SceneService: a planted old fact reaches the prompt,
private posts never do, and the memory section stays byte-stable between folds."""

from __future__ import annotations

from pathlib import Path

from bot.models import PostKind
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router, filler, request_kind, seat_table

FACT = "Mira hides the brass astrolabe inside the hollow figurehead of the Saltwind."


def narration_requests(fake: FakeOpenAI) -> list[dict]:
    return [r for r in fake.requests if request_kind(r) == "narration"]


async def test_planted_fact_is_recalled_into_a_late_prompt(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = Router()
    table = await seat_table(fake_openai, db_path)
    try:
        await table.round({"ana": FACT, "ben": "I keep watch on the quay."})
        scene = table.scene
        await table.store.posts.add(
            scene_id=scene.id, kind=PostKind.WHISPER, author_id="ben", author_name="Ben",
            content="Secretly the astrolabe figurehead is cursed by Zephyrine.", now=1.0,
            round_no=2,
        )
        await table.store.posts.add(
            scene_id=scene.id, kind=PostKind.OOC, author_id="ben", author_name="Ben",
            content="ooc: astrolabe figurehead lol, Quibblewick", now=1.0, round_no=2,
        )
        for n in range(12):
            await table.round(filler(n))
        await table.round({"ana": "I return to the Saltwind to fetch the brass astrolabe.",
                           "ben": "I follow Mira."})
        await table.memory.drain()
        after = await table.store.scenes.get(scene.id)
    finally:
        await table.close()

    assert after.runtime.window_start > 2  # the fact left the history window
    last = narration_requests(fake_openai)[-1]
    history = [m["content"] for m in last["messages"][1:-1]]
    assert not any(FACT in text for text in history)
    final = last["messages"][-1]["content"]
    assert "# Earlier in the story (recalled)" in final
    assert FACT in final
    prompt = "\n".join(m["content"] for m in last["messages"])
    assert "Zephyrine" not in prompt and "Quibblewick" not in prompt


async def test_memory_section_changes_only_when_the_window_folds(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = Router()
    table = await seat_table(fake_openai, db_path)
    starts: list[int] = []
    try:
        for n in range(14):
            await table.round(filler(n))
            await table.memory.drain()  # summaries land as early as they can
            starts.append((await table.store.scenes.get(table.scene.id)).runtime.window_start)
    finally:
        await table.close()
    systems = [r["messages"][0]["content"] for r in narration_requests(fake_openai)]
    assert len(systems) == len(starts)  # one request per turn: no regenerations
    # The window start in force for request i is starts[i] (narrate folds before prompting).
    assert len(set(starts)) >= 3, starts
    assert any("# The story so far" in s for s in systems)  # chapters did reach the prompt
    for i in range(1, len(systems)):
        if starts[i] == starts[i - 1]:
            assert systems[i] == systems[i - 1], f"memory changed without a fold at turn {i}"
