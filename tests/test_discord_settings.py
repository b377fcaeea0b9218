"""Settings end to end: the real bot on the fake Discord sets sampling, guards, pacing,
secrets and lore through slash commands, and the effects reach the model's requests,
the timers, and the GM's ephemeral views."""

from __future__ import annotations

import json
import re
from typing import Any

from tests.discord_fixtures import PLAYER_NAMES, Table
from tests.fakediscord import Upload

pytest_plugins = ["tests.discord_fixtures"]


async def _round(table: Table, channel_id: int, words: str) -> None:
    for player in PLAYER_NAMES:
        await table.fake.user_says(channel_id, table.players[player].id, f"{player} {words}.")


async def _embed(table: Table, channel_id: int, command: str) -> dict[str, Any]:
    handle = await table.fake.invoke_slash(table.guild.id, channel_id, table.admin.id, command)
    response = await handle.wait_response()
    assert response.ephemeral, response.data
    (embed,) = response.data["embeds"]
    return {f["name"].split(" (")[0]: f["value"] for f in embed["fields"]}


async def test_sampling_guards_and_pacing_reach_the_model_and_the_timers(table: Table) -> None:
    channel, scene = await table.ready_scene()
    gm, bob = table.admin, table.players["bob"]
    refused = await table.slash(bob, "campaign sampling", channel, min_p=0.2)
    assert refused.ephemeral and "GM" in refused.content

    set_ = await table.slash(gm, "campaign sampling", channel, temperature=0.6, min_p=0.05,
                             top_k=40, repetition_penalty=1.1)
    assert set_.ephemeral and "min_p 0.05" in set_.content and "top_k 40" in set_.content
    guards = await table.slash(gm, "campaign guards", channel, repetition=False,
                               model_judge=True)
    assert "repetition off" in guards.content and "model judge on" in guards.content
    await _round(table, channel.id, "searches the pier")
    await table.wait_narrations(channel, 1)
    narration = table.openai.narration_requests()[-1]
    assert (narration["temperature"], narration["min_p"], narration["top_k"]) == (0.6, 0.05, 40)
    assert narration["repetition_penalty"] == 1.1
    # The model judge asks the same server for a structured verdict on the narration.
    assert any("response_format" in r for r in table.openai.requests)

    shown = await _embed(table, channel.id, "campaign settings")
    assert "min_p 0.05*" in shown["Sampling"]
    assert re.search(r"top_p [\d.]+ ·", shown["Sampling"])  # the card's, not the campaign's
    assert "repetition off" in shown["Guards"] and "model judge on" in shown["Guards"]

    await table.slash(gm, "campaign sampling", channel, reset="all")
    await table.slash(gm, "scene pacing", channel, idle_after=600.0, quiet_window=5.0,
                      min_interval=30.0)
    pending = {d.kind: d for d in await table.store.deadlines.pending(scene.id)}
    assert pending["idle"].fire_at >= table.bot.clock() + 590
    settings = (await table.store.scenes.get(scene.id)).settings
    assert (settings.quiet_window, settings.min_interval) == (5.0, 30.0)
    shown = await _embed(table, channel.id, "campaign settings")
    pacing = next(v for k, v in shown.items() if k.startswith("Scene"))
    assert "quiet window 5 s" in pacing and "idle reminder 600 s" in pacing

    await table.slash(gm, "scene pacing", channel, idle_after=0.0, reset="quiet_window")
    assert "idle" not in {d.kind for d in await table.store.deadlines.pending(scene.id)}
    settings = (await table.store.scenes.get(scene.id)).settings
    assert settings.idle_after is None and settings.quiet_window == 20.0
    await _round(table, channel.id, "waits for the tide")
    await table.wait_narrations(channel, 2)
    assert "min_p" not in table.openai.narration_requests()[-1]


def _world_info(*entries: tuple[str, str]) -> bytes:
    return json.dumps({"entries": {
        str(uid): {"uid": uid, "key": [key], "content": content, "comment": key}
        for uid, (key, content) in enumerate(entries)
    }}).encode()


async def test_secrets_whispers_and_imported_lore(table: Table) -> None:
    channel, _scene = await table.ready_scene()
    gm, cy = table.admin, table.players["cy"]
    for fact in ("The mayor smuggles rum", "The lighthouse keeper is a ghost"):
        await table.slash(gm, "gm secret add", channel, fact=fact)
    listed = await table.slash(gm, "gm secret list", channel)
    assert listed.ephemeral and "#1 — The mayor smuggles rum" in listed.content
    refused = await table.slash(cy, "gm secret list", channel)
    assert refused.ephemeral and "rum" not in refused.content
    removed = await table.slash(gm, "gm secret remove", channel, number=1)
    assert removed.ephemeral and "#1" in removed.content
    again = await table.slash(gm, "gm secret remove", channel, number=1)
    assert again.content == "There is no secret #1."
    listed = await table.slash(gm, "gm secret list", channel)
    assert "rum" not in listed.content and "#2 — The lighthouse keeper" in listed.content

    upload = Upload("coast.json", _world_info(("lighthouse", "The lamp burns green.")))
    handle = await table.fake.invoke_slash(table.guild.id, channel.id, gm.id, "lore import",
                                           attachments={"file": upload})
    imported = await handle.wait_original()
    assert imported.ephemeral and "1 entries" in imported.content
    # A bad file is refused in one line and the imported book stays.
    bad = await table.fake.invoke_slash(
        table.guild.id, channel.id, gm.id, "lore import",
        attachments={"file": Upload("notes.json", b'{"title": "not a book"}')})
    refusal = (await bad.wait_original()).content
    assert refusal.startswith("That lorebook cannot be used:") and "\n" not in refusal

    act = await table.fake.invoke_slash(
        table.guild.id, channel.id, cy.id, "act",
        options={"action": "cy climbs the lighthouse", "note": "I pocket the brass key"})
    await act.wait_response()
    whispers = await table.slash(gm, "gm whispers", channel)
    assert whispers.ephemeral and "**Tove**: I pocket the brass key" in whispers.content
    peek = await table.slash(table.players["bob"], "gm whispers", channel)
    assert "brass key" not in peek.content

    for player in ("alice", "bob"):
        await table.fake.user_says(channel.id, table.players[player].id,
                                   f"{player} follows to the lighthouse.")
    await table.wait_narrations(channel, 1)
    prompt = table.narration_prompts()[-1]
    assert "The lamp burns green." in prompt and "brass key" in prompt
    assert "lighthouse keeper is a ghost" in prompt and "smuggles rum" not in prompt
    now = await table.slash(gm, "gm whispers", channel)
    assert now.content == "No private notes in round 2."
    earlier = await table.slash(gm, "gm whispers", channel, round=1)
    assert "I pocket the brass key" in earlier.content
    shown = await _embed(table, channel.id, "campaign settings")
    assert shown["Lore"].startswith("imported book: 1 entries")
    assert shown["Secrets"] == "1 kept"
    assert shown["Campaign"].startswith("rating teen, 0 lines, 0 veils")
