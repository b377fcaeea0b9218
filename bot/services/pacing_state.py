"""Between the store and the pacing policies: the snapshot a policy's state is built
from, and the runtime it leaves behind, written column by column."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from bot.engine.pacing import PacingPolicy, Runtime, Snapshot
from bot.models import Post, PostKind, Scene, SceneStatus
from bot.services.roll_requests import owed_rolls
from bot.store import Store


def snapshot_of(
    scene: Scene,
    seats: Sequence[str],
    marks: Iterable[tuple[str, PostKind]],
    action_times: Iterable[float] = (),
) -> Snapshot:
    runtime = scene.runtime
    return Snapshot(
        round_no=scene.round_no,
        round_opened_at=scene.round_opened_at,
        seats=tuple(seats),
        marks=tuple(marks),
        action_times=tuple(action_times),
        settings=scene.settings,
        paused=scene.status == SceneStatus.PAUSED,
        narrate_due=runtime.narrate_due_round == scene.round_no,
        nudged=runtime.nudged_round == scene.round_no,
        clock_started_at=runtime.clock_started_at,
        holder=runtime.spotlight_holder,
        order=runtime.spotlight_order,
    )


def snapshot_of_posts(scene: Scene, seats: Sequence[str], posts: Iterable[Post]) -> Snapshot:
    """The snapshot from posts already read (a turn's context)."""
    live = [p for p in posts if not p.deleted and p.round_no == scene.round_no]
    return snapshot_of(
        scene, seats, [(p.author_id, p.kind) for p in live],
        [p.created_at for p in live if p.kind == PostKind.ACTION],
    )


async def read_snapshot(
    store: Store, scene: Scene, *, with_times: bool = False
) -> tuple[Snapshot, dict[str, int | None]]:
    """The snapshot of `scene`'s current round, and each seated player's character."""
    (seats, marks), asked = await store.posts.round_marks_and_asks(scene.id, scene.round_no)
    times: list[float] = []
    if with_times:  # one more read, only for a policy that times messages
        posts = await store.posts.of_round(scene.id, scene.round_no)
        times = [p.created_at for p in posts if p.kind == PostKind.ACTION]
    snapshot = snapshot_of(scene, [player for player, _ in seats], marks, times)
    owed = await owed_rolls(store, scene) if asked else ()  # reads only when it may be owed
    if owed:
        snapshot = replace(snapshot, owed_rolls=owed)
    return snapshot, dict(seats)


def runtime_changes(scene: Scene, before: Runtime, after: Runtime) -> dict[str, Any]:
    """The runtime columns to write for a state that went from `before` to `after`."""
    changes: dict[str, Any] = {}
    if after.clock != before.clock:
        changes["clock_started_at"] = after.clock
    if after.holder != before.holder:
        changes["spotlight_holder"] = after.holder
    if after.nudged != before.nudged:
        changes["nudged_round"] = scene.round_no if after.nudged else None
    return changes


async def save_runtime(
    store: Store,
    scene: Scene,
    policy: PacingPolicy,
    before: Any,
    after: Any,
    *,
    unless_paced: int | None = None,
) -> bool:
    """Write what changed between two states of `policy`; True if anything was written."""
    changes = runtime_changes(scene, policy.runtime(before), policy.runtime(after))
    if not changes:
        return False
    return await store.scene_state.set_runtime(scene.id, changes, unless_paced=unless_paced)


async def after_narration(store: Store, scene_id: int, post: Post, policy: PacingPolicy) -> None:
    """Move pacing on past a narrated round (the next spotlight seat, say), once per round:
    a regenerated or retconned-and-redone turn does not move it again."""
    scene = await store.scenes.get(scene_id)
    snapshot, _ = await read_snapshot(store, scene)
    state = policy.state_from(snapshot)
    moved = policy.after_narration(state, post.created_at)
    await save_runtime(store, scene, policy, state, moved, unless_paced=post.round_no)
