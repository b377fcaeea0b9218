"""What each timer does to a scene. The shell (Discord, console, tests) supplies how to
narrate and how to talk to people; these handlers decide whether to, and with whom.

A timer only wakes the scene's pacing policy, which decides from its own deadline model
(`bot.engine.pacing`). A timer names the round it was set for: a round that closed early
makes its stale timers do nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from bot.models import Participant, Scene, SceneStatus
from bot.scheduler import SESSION_REMINDER, Handler, Timer
from bot.services.pacing import PacingService
from bot.services.scenes import SceneService
from bot.store.rows import PlaySession

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TimerActions:
    """The shell's side: each returns once the message is out (or the narration posted)."""

    narrate: Callable[[Scene], Awaitable[None]]
    nudge: Callable[[Scene, list[Participant]], Awaitable[None]]
    idle: Callable[[Scene], Awaitable[None]] | None = None
    session_reminder: Callable[[PlaySession, float], Awaitable[None]] | None = None


def scene_timer_handlers(
    scenes: SceneService, pacing: Callable[[], PacingService], actions: TimerActions
) -> dict[str, Handler]:
    """`pacing` is late-bound: the pacing service needs the scheduler these handlers feed."""
    store = scenes.store

    async def live_scene(timer: Timer) -> Scene | None:
        if timer.scene_id is None:
            return None
        scene = await store.scenes.get(timer.scene_id)
        if scene.status != SceneStatus.ACTIVE:
            log.info("timer on an inactive scene ignored: key=%s", timer.key)
            return None
        wanted = timer.payload.get("round_no")
        if wanted is not None and wanted != scene.round_no:
            log.info(
                "stale timer ignored: key=%s round=%s now=%d", timer.key, wanted, scene.round_no
            )
            return None
        return scene

    async def on_tick(timer: Timer, *, may_close: bool = True) -> None:
        """Wake the scene's policy: it says whether a deadline passed, a nudge is due, a
        turn timed out or free play's quiet window ended."""
        scene = await live_scene(timer)
        if scene is None:
            return
        outcome = await pacing().tick(scene, may_close=may_close)
        if outcome.decision.nudge:
            everyone = await store.seats.of_scene(scene.id)
            missing = set(outcome.decision.nudge)
            await actions.nudge(scene, [p for p in everyone if p.player_id in missing])
        if outcome.narrate:
            await actions.narrate(scene)

    async def on_nudge(timer: Timer) -> None:
        # Only the deadline's own timer closes the round: woken after it (the bot was
        # down), a nudge's timer stays silent and leaves the auto-pass to that one.
        await on_tick(timer, may_close=False)

    async def on_idle(timer: Timer) -> None:
        scene = await live_scene(timer)
        if scene is not None and actions.idle is not None:
            await actions.idle(scene)

    async def on_session(timer: Timer) -> None:
        if actions.session_reminder is None:
            return
        session = await store.sessions.get(int(timer.payload["session_id"]))
        if session.status == "scheduled":
            await actions.session_reminder(session, float(timer.payload["lead_seconds"]))

    return {
        "round": on_tick,
        "nudge": on_nudge,
        "turn": on_tick,
        "quiet": on_tick,
        "idle": on_idle,
        SESSION_REMINDER: on_session,
    }
