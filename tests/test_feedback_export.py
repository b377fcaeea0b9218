"""Training data from play, below Discord: the real scene service, SQLite file and the
fake model. Guards' refusals and repairs become pairs, each narration's prompt is
rebuilt exactly from its archive reference, lines and veils keep a record out, and
the rules that turn posts and reactions into judgements hold."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.engine.feedback import TRAINING_DATA, net_score, reaction_of
from bot.engine.secrets import Secret
from bot.export.judgements import judge_scene, version_pairs
from bot.export.privacy import Person, Pseudonyms, Scrubber
from bot.export.run import ExportOptions, export_preferences
from bot.models import Post, PostKind
from bot.store import Store
from bot.store.feedback import Candidate, Reaction
from tests.conftest import REPO, cli_command, cli_env
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, Table, table

GOOD = [
    "Rain needles the harbour lanterns as the tide turns.",
    "The dockmaster squints at the newcomers, lantern raised, and the gulls go quiet.",
    "Somewhere below the pier, a bell tolls twice.",
    "A rope creaks against the bollard where the skiff is tied.",
]
# Round two must not repeat round one (the repetition guard would send it back).
LATER = [
    "Thunder rolls over the customs house and the shutters rattle.",
    "A clerk hurries past with a bundle of wet papers under one arm.",
    "Far out, a ship's bell answers the one on shore.",
    "The smell of tar and brine hangs in the narrow lane.",
]
OFFENDING = "Tobin grabs the dockmaster by the collar and demands the ledger."
UNREPAIRABLE = f"{OFFENDING} Tobin then kicks the door in and tells everyone to run."
CHARACTERS = {"ana": "Mira", "bo": "Tobin"}


def _narrations(fake: FakeOpenAI) -> list[list[dict[str, str]]]:
    return [list(r["messages"]) for r in fake.narration_requests()]


async def _opted_in(t: Table) -> None:
    campaign = await t.store.campaigns.get(t.scene.campaign_id)
    await t.store.campaigns.update(campaign.id, settings={**campaign.settings,
                                                          TRAINING_DATA: True})
    for player in CHARACTERS:
        await t.services.feedback.consent(campaign.id, player, on=True)


async def _round(t: Table) -> Post:
    await t.act("ana", "I look around.")
    await t.act("bo", "I wait by the door.")
    post = await t.service.narrate(await t.fresh_scene(), RecordingSink())
    await t.services.memory.drain()  # its upkeep done before the store can close
    return post


async def test_guard_refusals_and_repairs_are_pairs_with_their_exact_prompts(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    replies = [UNREPAIRABLE, " ".join(GOOD),
               " ".join([LATER[0], LATER[1], OFFENDING, LATER[2], LATER[3]])]
    fake_openai.reply = lambda request: replies.pop(0) if "# Table rules" in str(
        request["messages"][0]) else "{}"
    async with table(db_path, fake_openai, CHARACTERS) as t:
        await _opted_in(t)
        first = await _round(t)
        second = await _round(t)
        sent = _narrations(fake_openai)
        assert len(sent) == 3
        # Each prompt comes back exactly as the model received it.
        [refused] = first.meta["guard_rejected"]
        assert refused["text"] == UNREPAIRABLE and "impersonation" in refused["guards"]
        assert await t.store.prompt_archive.get(refused["prompt_ref"]) == sent[0]
        assert await t.store.prompt_archive.get(first.meta["prompt_ref"]) == sent[1]
        assert await t.store.prompt_archive.get(second.meta["prompt_ref"]) == sent[2]
        assert second.meta["guard_original"] == " ".join(
            [LATER[0], LATER[1], OFFENDING, LATER[2], LATER[3]])
        assert second.content == " ".join(LATER)
        # Shared messages (the system prompt, the history) are stored once.
        stored = await t.store.db.execute_fetchall("SELECT count(*) FROM prompt_messages")
        assert next(iter(stored))[0] < sum(len(m) for m in sent)

        dpo = await export_preferences(t.store, ExportOptions(format="dpo"))
        pairs = {(r["chosen"][0]["content"], r["rejected"][0]["content"]) for r in dpo.records}
        assert pairs == {(" ".join(GOOD), UNREPAIRABLE),
                         (second.content, second.meta["guard_original"])}
        assert dict(dpo.stats.sources) == {"guard_regenerate": 1, "guard_repair": 1}
        # The refused attempt's prompt, with the player ids pseudonymised.
        refused_record = next(r for r in dpo.records
                              if r["rejected"][0]["content"] == UNREPAIRABLE)
        assert len(refused_record["prompt"]) == len(sent[0])
        assert "spoke or acted for" not in json.dumps(refused_record["prompt"])

        # A line of the campaign: records whose texts touch it stay home.
        await t.store.campaigns.update(t.scene.campaign_id, lines_veils={"lines": ["ledger"]})
        lined = await export_preferences(t.store, ExportOptions(format="dpo"))
        assert lined.records == [] and lined.stats.dropped["lines_veils"] == 2

        # The GM opts out: nothing is exported, nothing more is kept.
        await t.store.campaigns.update(t.scene.campaign_id, settings={TRAINING_DATA: False})
        assert (await export_preferences(t.store, ExportOptions(format="sft"))).records == []


async def test_the_cli_writes_records_and_a_dataset_card(
    fake_openai: FakeOpenAI, db_path: Path, tmp_path: Path
) -> None:
    fake_openai.reply = lambda request: " ".join(GOOD) if "# Table rules" in str(
        request["messages"][0]) else "{}"
    async with table(db_path, fake_openai, CHARACTERS) as t:
        await _opted_in(t)
        await _round(t)
    out = tmp_path / "sft.jsonl"
    done = await asyncio.create_subprocess_exec(
        *cli_command("export", "preferences", "--db", str(db_path), "--format", "sft",
                     "--out", str(out), "--license", "cc-by-4.0"),
        env=cli_env(), cwd=REPO, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await done.communicate()
    assert done.returncode == 0, stderr.decode()
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert [m["role"] for m in record["messages"]][-2:] == ["user", "assistant"]
    assert record["messages"][-1]["content"] == " ".join(GOOD)
    card = (tmp_path / "sft.card.md").read_text()
    assert 'license: "cc-by-4.0"' in card and "records: 1" in card and "canon" in card
    assert "1 record(s)" in stdout.decode()



def test_a_missing_database_is_refused_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.db"
    assert main(["export", "preferences", "--db", str(missing), "--format", "dpo"]) == 2
    assert "no database" in capsys.readouterr().err and not missing.exists()


async def test_forgetting_on_one_server_leaves_another_servers_data(
    fake_openai: FakeOpenAI, db_path: Path
) -> None:
    fake_openai.reply = lambda request: " ".join(GOOD) if "# Table rules" in str(
        request["messages"][0]) else "{}"
    async with table(db_path, fake_openai, CHARACTERS) as t:
        await t.store.campaigns.update(t.scene.campaign_id, guild_id=1)
        await _opted_in(t)
        here = await _round(t)
        other = await t.store.campaigns.create(title="Elsewhere", now=0.0, guild_id=2)
        await t.services.feedback.consent(other.id, "ana", on=True)
        there_scene = await t.store.scenes.create(campaign_id=other.id, now=0.0)
        there = await t.store.canon.store_narration(
            scene=there_scene, content="Far away.", now=1.0, author_name="N")
        for post in (here, there):
            await t.store.feedback.react(post.id, "ana", "thumb", 1, 0, 2.0)
        await t.services.feedback.forget_player(1, "ana")
        state = await t.services.feedback.player_state(2, "ana")
        assert [r["post_id"] for r in state["reactions"]] == [there.id]
        assert [c["consent"] for c in state["consent"]] == [True]
        assert (await t.services.feedback.player_state(1, "ana"))["reactions"] == []


def _post(post_id: int, content: str, **meta: object) -> Post:
    return Post(id=post_id, scene_id=1, seq=post_id, kind=PostKind.NARRATION, author_id="n",
                author_name="The Chronicler", content=content, round_no=post_id, meta=meta)


def test_a_vote_pairs_the_winner_with_each_loser_by_its_margin() -> None:
    voted = _post(1, "B", alternatives=["A", "B", "C"], chosen=1, vote_open=0,
                  votes={"p1": 1, "p2": 1, "p3": 0}, alternative_prompts=["ra", "rb", "rc"])
    assert {(p.rejected, p.margin, p.prompt_ref) for p in version_pairs(voted)} == {
        ("A", 1, "ra"), ("C", 2, "rc")}
    assert version_pairs(_post(2, "B", alternatives=["A", "B"], vote_open=1, votes={})) == []
    tie = _post(3, "A", alternatives=["A", "B"], chosen=0, votes={"p1": 0, "p2": 1},
                gm_vote=0, alternative_prompts=["ra", "rb"])
    assert [p.margin for p in version_pairs(tie)] == [1]  # the GM's tie-break counts once


def test_a_gm_regenerate_and_a_review_send_back_are_one_judge_each() -> None:
    regenerated = _post(1, "B", alternatives=["A", "B"], chosen=1,
                        alternative_prompts=["ra", "rb"])
    assert [(p.chosen, p.rejected, p.source, p.margin) for p in version_pairs(regenerated)] \
        == [("B", "A", "gm_regenerate", 1)]
    approved = _post(2, "Approved", prompt_ref="r2", reviewed_by="gm")
    sent_back = Candidate(id=1, scene_id=1, round_no=2, source="review_steer",
                          content="Sent back", prompt_ref="r1")
    found = judge_scene([approved], [], [sent_back])
    assert [(p.prompt_ref, p.chosen, p.rejected, p.source) for p in found.pairs] == [
        ("r1", "Approved", "Sent back", "review_steer")]


def test_reactions_on_a_withdrawn_narration_are_never_exported() -> None:
    # An X-card (or a retcon) takes a narration out of the story: whatever players
    # thought of it before, it is not training data. A version replaced by a newer
    # one is still the text players reacted to.
    withdrawn = _post(1, "Withdrawn", prompt_ref="r1").model_copy(update={"deleted": True})
    replaced = _post(2, "Old", prompt_ref="r2").model_copy(update={"deleted": True})
    newer = _post(3, "New", prompt_ref="r3", alternatives=["Old", "New"], replaces=2,
                  alternative_prompts=["r2", "r3"], chosen=1)
    thumbs = [Reaction(post_id=i, player_id="a", kind="thumb", value=1) for i in (1, 2)]
    found = judge_scene([withdrawn, replaced, newer], thumbs, [])
    assert {x.completion for x in found.labelled if x.source == "reactions"} == {"Old"}
    # The newer version withdrawn too: neither version is in the story.
    gone = newer.model_copy(update={"deleted": True})
    found = judge_scene([withdrawn, replaced, gone], thumbs, [])
    assert found.labelled == [] and found.pairs == [] and found.kept == []


def test_the_secret_keys_keep_a_record_out_wherever_they_appear() -> None:
    scrubber = Scrubber(secrets=[Secret(id=1, text="The mayor smuggles rum",
                                        keys=("nightjar",))], notes=[], lines_veils={})
    assert scrubber.leaks("Mira asks about the Nightjar.")
    assert not scrubber.leaks("Mira asks about the night jar.")


async def test_a_reaction_on_a_long_narrations_later_message_counts(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(title="C", now=0.0)
        scene = await store.scenes.create(campaign_id=campaign.id, now=0.0)
        post = await store.canon.store_narration(
            scene=scene, content="Long.", now=1.0, author_name="N", discord_message_id=100)
        await store.post_parts.set(100, [101, 102])
        for message in (100, 102):
            found = await store.feedback.narration_for_message(message)
            assert found is not None and found.id == post.id
        assert await store.feedback.narration_for_message(103) is None
    finally:
        await store.close()


def test_reactions_count_each_player_once_a_rating_over_a_thumb() -> None:
    assert reaction_of("👍🏽") == ("thumb", 1) and reaction_of("4️⃣") == ("rating", 4)
    assert reaction_of("🎉") is None
    assert net_score([("a", "thumb", 1), ("a", "rating", 2), ("b", "thumb", 1),
                      ("c", "rating", 3)]) == 0
    post = _post(1, "A", prompt_ref="r")
    found = judge_scene([post], [Reaction(post_id=1, player_id="a", kind="thumb", value=-1)], [])
    assert [(x.completion, x.good) for x in found.labelled] == [("A", False)]
    assert found.kept == []  # disliked on balance: no SFT example


def test_pseudonyms_are_keyed_stable_and_cover_names_mentions_and_ids() -> None:
    people = [Person("123456789012345678", frozenset({"Alice", "alice_w"})),
              Person("223456789012345678", frozenset({"Gwen"}), "GM")]
    one, again = Pseudonyms("k1", people), Pseudonyms("k1", people)
    text = "Alice (alice_w) thanks <@223456789012345678>; 123456789012345678 and ALICE."
    out = one.apply(text)
    assert out == again.apply(text) and out != Pseudonyms("k2", people).apply(text)
    alias = one.of("123456789012345678")
    assert out.count(alias) == 4 and "GM-" in out
    assert "alice" not in out.casefold() and "1234567890" not in out
    assert one.apply("Malice in Alicetown") == "Malice in Alicetown"  # whole names only


def test_the_scrubber_removes_private_lines_and_refuses_leaky_completions() -> None:
    scrubber = Scrubber(secrets=[], notes=["I hide the coin\nunder the mat"],
                        lines_veils={"veils": ["torture"]})
    cleaned = scrubber.prompt([{"role": "user", "content":
                                "Round 3\n- Mira: I hide the coin\nunder the mat\nOK go"}])
    assert cleaned == [{"role": "user", "content": "Round 3\nOK go"}]
    assert scrubber.completion_ok("She finds the coin under the mat.") == "private"
    assert scrubber.completion_ok("She finds a coin beneath the rug.") is None
    assert scrubber.completion_ok("Torture waits below.") == "lines_veils"
    assert scrubber.completion_ok("You hide the coin, clever.") is None
    assert scrubber.completion_ok("- I hide the coin") == "private"


def test_an_unreadable_database_is_refused_and_the_last_export_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    garbage = tmp_path / "notes.db"
    garbage.write_bytes(b"this is not a database, only words " * 200)
    out = tmp_path / "x.jsonl"
    out.write_text("the last export\n")
    assert main(["export", "preferences", "--db", str(garbage), "--format", "dpo",
                 "--out", str(out)]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert out.read_text() == "the last export\n"
    assert not (tmp_path / "x.jsonl.partial").exists()
