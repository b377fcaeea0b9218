"""What the store refuses in the statement itself, so it holds for every process on the file:
a second narration of a round, an action for a round already narrated, a second opening,
and half a scene set-up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.models import PostKind
from bot.store import NewSeat, RoundAlreadyNarrated, SceneAlreadyOpened, Store

CLOSING = ("narration", "gm_narration")


async def _scene_id(store: Store) -> int:
    campaign = await store.campaigns.create(title="Ember Coast", now=1.0)
    return (await store.scenes.create(campaign_id=campaign.id, now=1.0)).id


def _live(db_path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db_path) as db:
        return db.execute(sql, params).fetchall()


def _narrations(db_path: Path) -> list[tuple[object, ...]]:
    return _live(
        db_path,
        "SELECT round_no, content FROM posts WHERE deleted = 0 AND kind IN (?, ?) ORDER BY seq",
        *CLOSING,
    )


async def test_a_round_already_narrated_refuses_a_second_narration(db_path: Path) -> None:
    first, second = await Store.open(db_path), await Store.open(db_path)  # two processes' view
    try:
        scene_id = await _scene_id(first)
        seen_by_second = await second.scenes.get(scene_id)
        await first.canon.store_narration(scene=await first.scenes.get(scene_id),
                                          content="The tide.", now=2.0, author_name="Chronicler")
        with pytest.raises(RoundAlreadyNarrated):
            await second.canon.store_narration(scene=seen_by_second, content="A rival tide.",
                                               now=3.0, author_name="Chronicler")
        with pytest.raises(RoundAlreadyNarrated):  # a GM's narration closes rounds too
            await second.canon.store_narration(scene=seen_by_second, content="GM words", now=3.0,
                                               author_name="GM", kind=PostKind.GM_NARRATION)
        scene = await second.scenes.get(scene_id)
    finally:
        await first.close()
        await second.close()
    assert _narrations(db_path) == [(1, "The tide.")]
    assert scene.round_no == 2 and scene.round_opened_at == 2.0


async def test_a_round_that_is_not_the_open_one_is_never_narrated(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        scene = await store.scenes.get(await _scene_id(store))
        ahead = scene.model_copy(update={"round_no": 5})
        with pytest.raises(RoundAlreadyNarrated):
            await store.canon.store_narration(scene=ahead, content="Too soon.", now=2.0,
                                              author_name="Chronicler")
        assert (await store.scenes.get(scene.id)).round_no == 1
    finally:
        await store.close()
    assert _narrations(db_path) == []


async def test_an_action_for_a_narrated_round_is_refused_not_lost(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        scene = await store.scenes.get(await _scene_id(store))
        kept = await store.canon.add_action(scene_id=scene.id, kind=PostKind.ACTION, author_id="u1",
                                            author_name="Ana", content="I wade in.", now=2.0,
                                            round_no=1)
        await store.canon.store_narration(scene=scene, content="The tide.", now=3.0,
                                          author_name="N")
        with pytest.raises(RoundAlreadyNarrated):
            await store.canon.add_action(scene_id=scene.id, kind=PostKind.ACTION, author_id="u2",
                                         author_name="Bo", content="Too late.", now=4.0, round_no=1)
        later = await store.canon.add_action(scene_id=scene.id, kind=PostKind.PASS, author_id="u2",
                                             author_name="Bo", content="(passes)", now=5.0,
                                             round_no=2)
    finally:
        await store.close()
    assert kept.round_no == 1 and later.round_no == 2
    assert [r[0] for r in _live(db_path, "SELECT content FROM posts ORDER BY seq")] == [
        "I wade in.", "The tide.", "(passes)"]


async def test_a_scene_has_one_opening(db_path: Path) -> None:
    first, second = await Store.open(db_path), await Store.open(db_path)
    try:
        scene_id = await _scene_id(first)
        assert await first.canon.opening(scene_id) is None
        opening = await first.canon.store_opening(scene_id=scene_id, content="Fog.", now=2.0,
                                                  author_name="Chronicler")
        with pytest.raises(SceneAlreadyOpened):
            await second.canon.store_opening(scene_id=scene_id, content="Rain.", now=3.0,
                                             author_name="Chronicler")
        found = await second.canon.opening(scene_id)
        scene = await second.scenes.get(scene_id)
        await first.posts.delete(opening.id, 4.0)  # someone removed it: the scene stays opened
        with pytest.raises(SceneAlreadyOpened):
            await second.canon.store_opening(scene_id=scene_id, content="Again.", now=5.0,
                                             author_name="Chronicler")
    finally:
        await first.close()
        await second.close()
    assert opening.kind == PostKind.OPENING and opening.round_no == 0
    assert found is not None and found.id == opening.id
    assert scene.round_no == 1  # an opening opens round 1, it closes nothing
    assert _live(db_path, "SELECT content, deleted FROM posts") == [("Fog.", 1)]


async def test_a_restored_narration_never_doubles_a_round_narrated_meanwhile(
    db_path: Path,
) -> None:
    first, second = await Store.open(db_path), await Store.open(db_path)
    try:
        scene_id = await _scene_id(first)
        old = await first.canon.store_narration(scene=await first.scenes.get(scene_id),
                                                content="Old text.", now=2.0, author_name="N")
        await first.canon.retract(old, 3.0)  # a GM regenerates round 1…
        await second.canon.store_narration(scene=await second.scenes.get(scene_id),
                                           content="Other process.", now=4.0, author_name="N")
        restored = await first.canon.restore(old, 5.0)  # …and it failed: put the old back
        scene = await first.scenes.get(scene_id)
    finally:
        await first.close()
        await second.close()
    assert restored is False
    assert _narrations(db_path) == [(1, "Other process.")]
    assert scene.round_no == 2


async def test_restore_puts_the_old_narration_back_when_nobody_narrated(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        scene_id = await _scene_id(store)
        old = await store.canon.store_narration(scene=await store.scenes.get(scene_id),
                                                content="Old text.", now=2.0, author_name="N")
        await store.canon.retract(old, 3.0)
        assert (await store.scenes.get(scene_id)).round_no == 1
        assert await store.canon.restore(old, 4.0) is True
        scene = await store.scenes.get(scene_id)
    finally:
        await store.close()
    assert _narrations(db_path) == [(1, "Old text.")]
    assert scene.round_no == 2


SEATS = [NewSeat("console:Ana", "Ana", character_name="Aria"),
         NewSeat("console:Bo", "Bo", character_name="Bram"),
         NewSeat("console:Cy", "Cy", character_name="Cy")]
SET_UP_TABLES = ("campaigns", "scenes", "characters", "participants")


def _counts(db_path: Path) -> dict[str, int]:
    return {t: int(_live(db_path, f"SELECT COUNT(*) FROM {t}")[0][0]) for t in SET_UP_TABLES}


async def test_a_failure_between_set_up_statements_leaves_nothing(db_path: Path) -> None:
    store = await Store.open(db_path)
    await store.close()
    # The third seat's insert fails, after the campaign, the scene, every character and
    # two seats were written inside the same transaction.
    with sqlite3.connect(db_path) as db:
        db.execute("CREATE TRIGGER refuse_third_seat BEFORE INSERT ON participants"
                   " WHEN NEW.player_name = 'Cy' BEGIN SELECT RAISE(ABORT, 'seat refused'); END")
    store = await Store.open(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="seat refused"):
            await store.scenes.create_with_seats(
                campaign={"title": "Ember Coast", "premise": "A drowned city."},
                seats=SEATS, now=1.0, title="The wreck",
            )
        left = _counts(db_path)
        assert not store.db.in_transaction  # and the connection is usable again
        with sqlite3.connect(db_path) as db:
            db.execute("DROP TRIGGER refuse_third_seat")
        scene = await store.scenes.create_with_seats(
            campaign={"title": "Ember Coast", "premise": "A drowned city."},
            seats=SEATS, now=1.0, title="The wreck",
        )
        seated = await store.seats.of_scene(scene.id)
        campaign = await store.campaigns.get(scene.campaign_id)
    finally:
        await store.close()
    assert left == dict.fromkeys(SET_UP_TABLES, 0)
    assert _counts(db_path) == {"campaigns": 1, "scenes": 1, "characters": 3, "participants": 3}
    assert [(p.player_id, p.character_name) for p in seated] == [
        ("console:Ana", "Aria"), ("console:Bo", "Bram"), ("console:Cy", "Cy")]
    assert campaign.premise == "A drowned city." and scene.title == "The wreck"


async def test_a_scene_of_an_existing_campaign_seats_its_characters(db_path: Path) -> None:
    store = await Store.open(db_path)
    try:
        campaign = await store.campaigns.create(title="Ember Coast", now=1.0, guild_id=5)
        ana = await store.characters.create(campaign_id=campaign.id, player_id="u1",
                                            player_name="Ana", name="Aria", now=1.0)
        scene = await store.scenes.create_with_seats(
            campaign=campaign.id, now=2.0, channel_id=77, title="Docks",
            seats=[NewSeat("u1", "Ana", character_id=ana.id)],
        )
        seated = await store.seats.of_scene(scene.id)
    finally:
        await store.close()
    assert scene.channel_id == 77 and scene.campaign_id == campaign.id
    assert [(p.player_id, p.character_id) for p in seated] == [("u1", ana.id)]
    assert _counts(db_path) == {"campaigns": 1, "scenes": 1, "characters": 1, "participants": 1}
