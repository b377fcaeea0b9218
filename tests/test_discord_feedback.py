"""Feedback on narrations becomes training data, end to end: the real bot on the fake
Discord, SQLite and the fake model. Players react, swipe and vote, a GM sends a draft
back in review; the export pairs what was kept against what was not, under
pseudonyms, without secrets or whispers, and only while every player consents."""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path
from typing import Any

from bot.export.card import render_card
from bot.export.run import Export, ExportOptions, export_preferences
from tests.discord_fixtures import PLAYER_NAMES, Table
from tests.fakediscord.state import FakeMessage
from tests.test_discord_memory import slash_message
from tests.test_discord_review import _button, _review_channel, _review_message
from tests.test_discord_swipes import _click, _controls
from tests.test_gm import Narrator
from tests.waiting import eventually

pytest_plugins = ["tests.discord_fixtures"]

FIRST = "The lantern gutters over Quillmarsh as the tide turns."
SECOND = "A gull screams above Brackenholt and the rope bridge sways."
SENT_BACK = "The keeper waves everyone inside and pours hot cider by the stove."
APPROVED = "The keeper bars the door; somewhere below, a boat scrapes the rocks."
SECRET = "The harbourmaster is the smuggler queen"
WHISPER = "I palm the brass key while nobody looks"


async def _export(
    table: Table, fmt: Any, tmp_path: Path, min_margin: int = 1
) -> tuple[Export, str]:
    """An export of the bot's database, its records as JSONL and its card on disk;
    (export, JSONL text)."""
    export = await export_preferences(
        table.store, ExportOptions(format=fmt, min_margin=min_margin))
    (tmp_path / f"{fmt}.card.md").write_text(render_card(export, f"{fmt}.jsonl"))
    return export, "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in export.records)


def _pairs(text: str) -> set[tuple[str, str]]:
    records = [json.loads(line) for line in text.splitlines()]
    return {(r["chosen"][0]["content"], r["rejected"][0]["content"]) for r in records}


def _labels(text: str) -> set[tuple[str, bool]]:
    records = [json.loads(line) for line in text.splitlines()]
    return {(r["completion"][0]["content"], r["label"]) for r in records}


async def _reacted(table: Table, scene_id: int, count: int) -> bool:
    return len(await table.store.feedback.reactions_in_scene(scene_id)) == count


async def _archived_texts(table: Table) -> list[str]:
    rows = await table.store.db.execute_fetchall("SELECT body FROM prompt_messages")
    return [zlib.decompress(row[0]).decode() for row in rows]


def _identities(table: Table) -> list[str]:
    people = [table.admin, *table.players.values()]
    return [str(u.id) for u in people] + [
        name for u in people for name in (u.username, u.global_name or "") if name]


async def test_kept_and_rejected_narrations_are_exported_as_pairs_only_with_consent(
    table: Table, tmp_path: Path,
) -> None:
    narrator = Narrator()
    table.openai.reply = narrator
    fake, gm = table.fake, table.admin
    alice, bob, cy = (table.players[name] for name in PLAYER_NAMES)
    channel, scene = await table.ready_scene()
    refused = await table.slash(alice, "data campaign", channel, mode="on")
    assert refused.ephemeral and "GM" in refused.content, refused.content
    on = await table.slash(gm, "data campaign", channel, mode="on")
    assert "collects feedback" in on.content, on.content
    for user in (alice, bob, cy):
        reply = await table.slash(user, "data consent", channel, mode="on")
        assert reply.ephemeral and "agree" in reply.content, reply.content
    await table.slash(gm, "gm secret add", channel, fact=SECRET, keys="smuggler queen")
    await table.slash(gm, "gm swipes", channel, mode="on")

    # Round 1: alice acts with a whisper; the narration gets reactions, a swipe, a vote.
    narrator.next_text.append(FIRST)
    await table.slash(alice, "act", channel, action="Mira checks the mooring ropes.",
                      note=WHISPER)
    await fake.user_says(channel.id, bob.id, "Bram watches the water.")
    await fake.user_says(channel.id, cy.id, "Tove lights a pipe.")
    await table.wait_narrations(channel, 1)
    first = await table.store.canon.last_narration(scene.id)
    assert first is not None and first.discord_message_id is not None
    await fake.user_reacts(first.discord_message_id, bob.id, "👍")
    await fake.user_reacts(first.discord_message_id, alice.id, "5️⃣")
    await fake.user_reacts(first.discord_message_id, cy.id, "👎")
    await fake.user_reacts(first.discord_message_id, table.admin.id, "👎")  # not seated
    await eventually(lambda: _reacted(table, scene.id, 3), "three players' reactions kept")
    await fake.user_unreacts(first.discord_message_id, cy.id, "👎")
    await eventually(lambda: _reacted(table, scene.id, 2), "cy's 👎 taken back")

    controls = await _controls(table, channel)
    narrator.next_text.append(SECOND)
    await _click(table, controls, "🔄", alice.id)
    await fake.wait_for(
        lambda: any(c.get("label") == "Vote for this one"
                    for row in controls.components for c in row["components"]) or None,
        what="the vote button",
    )
    await _click(table, controls, "Vote for this one", bob.id)  # the new version
    await _click(table, controls, "◀", alice.id)
    await _click(table, controls, "Vote for this one", alice.id)
    await _click(table, controls, "Vote for this one", cy.id)

    async def settled() -> bool:
        last = await table.store.canon.last_narration(scene.id)
        return last is not None and last.content == FIRST and not last.meta.get("vote_open")

    await eventually(settled, "the vote settled on the first version")

    # Round 2 under review: the GM sends the first draft back, approves the second.
    review = await _review_channel(table)
    await table.slash(gm, "gm review", channel, mode="on", review_channel=review.id)
    narrator.next_text += [SENT_BACK, APPROVED]
    for player in PLAYER_NAMES:
        await fake.user_says(channel.id, table.players[player].id, f"{player} knocks.")
    draft = await _review_message(table, review, "hot cider")
    await (await fake.click_button(draft.id, _button(draft, "Regenerate"), gm.id)).wait_response()
    await _review_message(table, review, "bars the door")
    await (await fake.click_button(draft.id, _button(draft, "Approve"), gm.id)).wait_response()
    await table.wait_narrations(channel, 2)

    dpo, dpo_text = await _export(table, "dpo", tmp_path)
    assert _pairs(dpo_text) == {(FIRST, SECOND), (APPROVED, SENT_BACK)}
    assert dict(dpo.stats.sources) == {"vote": 1, "review_redraft": 1}
    record = json.loads(dpo_text.splitlines()[0])
    assert [m["role"] for m in record["chosen"]] == ["assistant"]
    assert record["prompt"][0]["role"] == "system" and "Player-" in json.dumps(record)
    assert "Mira" in dpo_text  # characters are fiction: they stay
    _, kto_text = await _export(table, "kto", tmp_path)
    assert {(FIRST, True), (SECOND, False), (APPROVED, True), (SENT_BACK, False)} <= _labels(
        kto_text)
    # Asking for more agreement: the vote won by one and the GM's single word drop out;
    # the reactions (👍 and a 5, net +2) remain.
    strict, strict_text = await _export(table, "kto", tmp_path, min_margin=2)
    assert _labels(strict_text) == {(FIRST, True)} and set(strict.stats.sources) == {"reactions"}
    assert (await _export(table, "dpo", tmp_path, min_margin=2))[1] == ""
    _, sft_text = await _export(table, "sft", tmp_path)
    kept = [json.loads(line)["messages"][-1]["content"] for line in sft_text.splitlines()]
    assert sorted(kept) == sorted([FIRST, APPROVED])

    everything = dpo_text + kto_text + sft_text + (tmp_path / "dpo.card.md").read_text()
    for identity in _identities(table):
        assert not re.search(rf"(?<!\w){re.escape(identity)}(?!\w)", everything, re.I), identity
    for private in (SECRET, "smuggler queen", WHISPER):
        assert private.casefold() not in everything.casefold(), private
    assert SECRET in "\n".join(table.narration_prompts())  # it was there to remove
    assert WHISPER in "\n".join(table.narration_prompts())

    # One player withdraws: the scene leaves the export; back in, it returns.
    await table.slash(cy, "data consent", channel, mode="off")
    withdrawn, text = await _export(table, "dpo", tmp_path)
    assert text == "" and withdrawn.stats.scenes_left_out == 1
    await table.slash(cy, "data consent", channel, mode="on")
    assert _pairs((await _export(table, "dpo", tmp_path))[1]) == _pairs(dpo_text)

    # /export me says what cy agreed to; /forget me withdraws it for good.
    mine = await slash_message(table, "cy", "export me")
    state = json.loads(mine.attachments[0].data)["training_data"]
    assert [c["consent"] for c in state["consent"]] == [True]
    asked: FakeMessage = await slash_message(table, "cy", "forget me")
    await table.clickable(asked)
    await fake.click_button(asked.id, "forget:confirm", cy.id)
    await fake.wait_for(lambda: "Done:" in asked.content or None, what="cy forgotten")
    await table.slash(cy, "data consent", channel, mode="on")  # a new yes covers new scenes
    forgotten, text = await _export(table, "dpo", tmp_path)
    assert text == "" and forgotten.stats.scenes_left_out == 1
    after = json.loads((await slash_message(table, "cy", "export me")).attachments[0].data)
    assert after["training_data"]["consent"][0]["forgotten_at"] is not None
    # Nor does the archive keep cy's words inside the prompts it stored.
    assert not any("Tove lights a pipe" in text for text in await _archived_texts(table))
    assert await table.store.prompt_archive.get(str(first.meta["prompt_ref"])) is None


