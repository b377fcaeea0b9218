"""`/forget me` and `/export me` on real SQLite: the export holds everything first; after
forgetting, the player's text is in no prompt, summary, world state, index or file page."""

from __future__ import annotations

import json
from pathlib import Path

from bot.models import PostKind
from tests.fakeopenai import FakeOpenAI
from tests.memory_kit import Router, echo_extraction, filler, request_kind, seat_table

SECRET = "Quillfeather"


async def test_forget_me_removes_the_player_everywhere_after_export_had_it_all(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = Router(extract=echo_extraction)
    table = await seat_table(fake_openai, db_path)
    store, memory = table.store, table.memory
    try:
        await table.round({"ana": f"I whisper the password {SECRET} at the sea gate.",
                           "ben": "I hold the lantern high."})
        await store.posts.add(scene_id=table.scene.id, kind=PostKind.WHISPER, author_id="ana",
                              author_name="Ana", content=f"(private) {SECRET} is my real name.",
                              now=1.0, round_no=2)
        for n in range(6):
            await table.round({"ana": f"{filler(n)['ana']} {SECRET} hums.", "ben": "I wait."})
        await memory.drain()
        campaign_id = table.scene.campaign_id
        summaries_before = " ".join(s.content for s in await store.memory.of_campaign(campaign_id))
        world_before = json.dumps(await store.world.get(campaign_id))
        exported = await memory.export_player(42, "ana")

        report = await memory.forget_player(42, "ana")
        await memory.drain()
        await table.round({"ben": "I ask the gatekeeper about the password."})
        await memory.drain()

        summaries_after = [
            s.content for s in await store.memory.of_campaign(campaign_id, include_stale=True)
        ]
        world_after = json.dumps(await store.world.get(campaign_id))
        fts_rows = await store.db.execute_fetchall(
            "SELECT rowid FROM post_fts WHERE post_fts MATCH ?", (SECRET,))
        exported_after = await memory.export_player(42, "ana")
        characters = await store.characters.of_campaign(campaign_id)
    finally:
        await table.close()

    # Before: the secret had spread into summaries and world state, and the export has it all.
    assert SECRET in summaries_before and SECRET in world_before
    [campaign] = exported["campaigns"]
    assert [c["name"] for c in campaign["characters"]] == ["Mira"]
    posts = campaign["posts"]
    assert len(posts) == 8 and sum(SECRET in p["content"] for p in posts) == 8
    assert {p["kind"] for p in posts} == {"action", "whisper"}
    assert campaign["world_state_mentions"] or campaign["summary_mentions"]

    # After: gone from every summary, the world state, the index, the prompts and the file.
    assert report.posts == 8 and [c.name for c in report.characters] == ["Mira"]
    assert summaries_after and not any(SECRET in s or "Mira" in s for s in summaries_after)
    assert SECRET not in world_after and "Mira" not in world_after
    assert fts_rows == []
    rebuilt = [r for r in fake_openai.requests if request_kind(r) == "extract"]
    assert "Old Tom" in world_after and rebuilt  # the state was rebuilt, not just emptied
    last_prompt = "\n".join(m["content"] for m in fake_openai.requests[-1]["messages"])
    narrations = [r for r in fake_openai.requests if request_kind(r) == "narration"]
    final_prompt = "\n".join(m["content"] for m in narrations[-1]["messages"])
    assert SECRET not in final_prompt and "Mira" not in final_prompt
    assert SECRET not in last_prompt
    assert exported_after == {"player_id": "ana", "exported_at": exported_after["exported_at"],
                              "campaigns": []}
    assert [c.name for c in characters] == ["Tor"]
    for path in (db_path, db_path.with_name(db_path.name + "-wal")):
        if path.exists():
            assert SECRET.encode() not in path.read_bytes(), path
