"""Safety tools below Discord: line matching (pure), and the service on real SQLite with
the real OpenAI client against the loopback fake."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.safety import clean_entry, crossed_lines, steer_away_note, topic_of
from bot.models import PostKind
from bot.services.gm import Actor, GmError, NotAGm
from bot.services.turns import NarrationHeld
from tests.fakeopenai import FakeOpenAI
from tests.pacing_helpers import RecordingSink, table
from tests.test_gm import GM, Narrator, gm_table, narrator_fake  # noqa: F401

ANA = Actor("ana", "Ana")
STRANGER = Actor("zed", "Zed")


@pytest.mark.parametrize(("text", "lines", "crossed"), [
    ("A spider drops from the beam.", ["spiders"], [0]),  # plural line, singular text
    ("SPIDERS pour out of the crate.", ["spider"], [0]),  # case, and the other way round
    ("The scattered catalogue burns.", ["cat"], []),  # never inside another word
    ("Spiderwebs hang everywhere.", ["spiders"], []),
    ("Las arañas cubren la pared del sótano.", ["araña"], [0]),  # stemmed in Spanish
    ("Le requin tourne autour du bâteau.", ["bateau"], [0]),  # accents never matter
    ("Nobody would harm the children here.", ["harm to children"], [0]),
    ("The children sleep. Harm comes to the guard.", ["harm to children"], []),  # apart
    ("Rain on the roofs.", ["spiders", "rain"], [1]),
    ("", ["rain"], []),
])
def test_lines_are_crossed_by_whole_words_compared_by_stem(
    text: str, lines: list[str], crossed: list[int]
) -> None:
    assert crossed_lines(text, lines) == crossed


def test_entries_are_cleaned_and_bad_ones_refused() -> None:
    assert clean_entry("  harm   to children ") == "harm to children"
    for bad in ("", "   ", "!!!", "x" * 201):
        with pytest.raises(ValueError):
            clean_entry(bad)


def test_the_topic_names_what_it_was_about_without_the_characters() -> None:
    text = "Mira opens the cellar. Spiders pour out of the cellar; spiders cover Mira."
    topic = topic_of(text, exclude=["Mira Vale"])
    assert topic[:2] == ["cellar", "spiders"] and "mira" not in [w.casefold() for w in topic]
    note = steer_away_note(topic)
    assert note.startswith("Steer away from: cellar, spiders") and text not in note


async def test_gms_edit_the_rating_lines_and_veils_and_players_add_lines_unnamed(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator],  # noqa: F811
) -> None:
    async with table(db_path, narrator_fake[0]) as t:
        await gm_table(t)
        safety, campaign_id = t.services.safety, t.scene.campaign_id
        with pytest.raises(NotAGm):
            await safety.configure(campaign_id, ANA, add_line="spiders")
        with pytest.raises(GmError, match="rating"):
            await safety.configure(campaign_id, GM, rating="anything goes")
        kept = await safety.configure(campaign_id, GM, rating="family", add_line="spiders",
                                      add_veil="torture")
        assert (kept.rating, kept.lines, kept.veils) == ("family", ("spiders",), ("torture",))
        assert (await safety.add_line(campaign_id, " Drowning ")).lines == (
            "spiders", "Drowning")
        assert (await safety.add_line(campaign_id, "drowning")).lines == ("spiders", "Drowning")
        with pytest.raises(GmError, match="no line"):
            await safety.configure(campaign_id, GM, remove_line="snakes")
        kept = await safety.configure(campaign_id, GM, remove_line="1", remove_veil="TORTURE")
        assert (kept.lines, kept.veils) == (("Drowning",), ())
        audit = await t.store.audit.recent(campaign_id)
    assert [(e.action, e.gm_id) for e in audit] == [
        ("safety", GM.id), ("line_add", "anonymous"), ("line_add", "anonymous"),
        ("safety", GM.id)]


async def test_a_narration_that_crosses_every_time_is_held_never_stored(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator],  # noqa: F811
) -> None:
    fake, narrator = narrator_fake
    async with table(db_path, fake) as t:
        await t.store.campaigns.update(t.scene.campaign_id, lines_veils={"lines": ["spiders"]})
        await t.act("ana", "I open the crate.")
        await t.act("bo", "I hold the lamp.")
        narrator.next_text += ["A spider crawls out."] * 3
        sink = RecordingSink()
        with pytest.raises(NarrationHeld, match="lines: crosses line #1"):
            await t.service.narrate(await t.fresh_scene(), sink)
        assert sink.shown == sink.finished == []
        assert await t.store.canon.last_narration(t.scene.id) is None
    steered = [r["messages"][-1]["content"] for r in fake.requests[-2:]]
    assert all("ruled these out" in m and "spiders" in m for m in steered)


async def test_the_xcard_on_an_older_narration_leaves_the_open_round_alone(
    db_path: Path, narrator_fake: tuple[FakeOpenAI, Narrator],  # noqa: F811
) -> None:
    fake, narrator = narrator_fake
    async with table(db_path, fake) as t:
        safety = t.services.safety
        narrations = []
        for words in ("the cellar stairs", "the lighthouse"):
            narrator.next_text.append(f"Dust swirls on {words} as the storm builds.")
            await t.act("ana", f"I climb {words}.")
            await t.act("bo", "I follow.")
            narrations.append(await t.service.narrate(await t.fresh_scene(), RecordingSink()))
        with pytest.raises(NotAGm, match="seated"):
            await safety.xcard(t.scene.id, STRANGER, None)
        first = narrations[0]
        await t.store.posts.set_message(first.id, 4242)
        withdrawal = await safety.xcard(t.scene.id, ANA, 4242)
        assert withdrawal.narration.id == first.id and not withdrawal.reopened
        assert "cellar" in withdrawal.topic
        scene = await t.fresh_scene()
        assert scene.round_no == 3  # the round the last narration opened stays open
        with pytest.raises(GmError, match="already out"):
            await safety.xcard(t.scene.id, ANA, 4242)
        live = await t.store.posts.of_scene(t.scene.id)
        assert [p.id for p in live if p.kind == PostKind.NARRATION] == [narrations[1].id]
        (note,) = [p for p in live if p.kind == PostKind.GM_NOTE]
        assert note.author_id == "anonymous" and "cellar" in note.content
        (entry,) = await t.store.audit.recent(t.scene.campaign_id)
        assert (entry.action, entry.gm_id, entry.gm_name) == ("xcard", "anonymous", "anonymous")
        assert "ana" not in str(entry.detail)
        await t.services.memory.drain()  # the upkeep the withdrawal started

