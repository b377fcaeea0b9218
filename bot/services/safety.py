"""Safety tools, independent of Discord: the content rating, lines and veils agreed at
the table, and the anonymous X-card.

- GMs edit the rating, lines and veils at any time; any member adds a line without
  being named anywhere (the service is never told who).
- `SafetyCheck` refuses a narration that crosses a line: the vetting loop regenerates
  it with a direction to leave that out, and holds it for the GM when every attempt
  crosses one. While a campaign has lines it forbids streaming (streamed text is in
  the channel before any check could run). Veils and the rating are prompt rules
  (`bot.engine.narrator.standing_rules`).
- The X-card withdraws a narration from canon and memory (as a retcon does), leaves
  the next narration a hidden direction to steer away from its topic, and writes an
  audit row that names nobody. Who pressed it is checked (seated or GM), never kept.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from bot.engine.safety import (
    MAX_ENTRIES,
    clean_entry,
    crossed_lines,
    steer_away_note,
    topic_of,
)
from bot.models import ROUND_CLOSING_KINDS, Campaign, Post, PostKind, Scene
from bot.services.campaigns import RATINGS
from bot.services.gm import Actor, GmError, GmService, NotAGm, is_gm
from bot.services.turns import CheckResult, TurnContext

log = logging.getLogger(__name__)

# Who the audit log and the steering note name for an anonymous act.
ANONYMOUS = "anonymous"
XCARD_AUTHOR = "X-card"


@dataclass(frozen=True)
class SafetySettings:
    rating: str
    lines: tuple[str, ...]
    veils: tuple[str, ...]


def safety_of(campaign: Campaign) -> SafetySettings:
    kept = campaign.lines_veils
    return SafetySettings(
        campaign.content_rating, tuple(kept.get("lines", ())), tuple(kept.get("veils", ()))
    )


@dataclass(frozen=True)
class Withdrawal:
    """A narration the X-card took out of the story."""

    scene: Scene
    narration: Post
    reopened: bool  # it was the last narration: its round is open again
    topic: tuple[str, ...]


def _removed(entries: list[str], which: str, kind: str) -> list[str]:
    """`entries` without the one named by its number (1-based) or its text."""
    which = which.strip()
    if which.isdigit() and 1 <= int(which) <= len(entries):
        return [e for i, e in enumerate(entries) if i != int(which) - 1]
    kept = [e for e in entries if e.casefold() != " ".join(which.split()).casefold()]
    if len(kept) == len(entries):
        raise GmError(f"there is no {kind} {which!r} (give its text or its number)")
    return kept


def _added(entries: list[str], text: str, kind: str) -> list[str]:
    try:
        entry = clean_entry(text)
    except ValueError as exc:
        raise GmError(str(exc).replace("the line", f"the {kind}")) from None
    if any(e.casefold() == entry.casefold() for e in entries):
        return entries
    if len(entries) >= MAX_ENTRIES:
        raise GmError(f"a campaign can have at most {MAX_ENTRIES} {kind}s")
    return [*entries, entry]


class SafetyService:
    def __init__(self, gm: GmService) -> None:
        self.gm = gm
        self.store = gm.store
        self._locks: dict[int, asyncio.Lock] = {}  # edits of one campaign, one at a time

    def _lock(self, campaign_id: int) -> asyncio.Lock:
        return self._locks.setdefault(campaign_id, asyncio.Lock())

    async def settings(self, campaign_id: int) -> SafetySettings:
        return safety_of(await self.store.campaigns.get(campaign_id))

    async def configure(
        self, campaign_id: int, actor: Actor, *, rating: str | None = None,
        add_line: str | None = None, remove_line: str | None = None,
        add_veil: str | None = None, remove_veil: str | None = None,
    ) -> SafetySettings:
        """A GM's edit; every part is checked before anything is stored."""
        if rating is not None and rating not in RATINGS:
            raise GmError(f"the content rating must be one of: {', '.join(RATINGS)}")
        async with self._lock(campaign_id):
            campaign = await self.gm.require_gm(campaign_id, actor)
            current = safety_of(campaign)
            lines, veils = list(current.lines), list(current.veils)
            if remove_line:
                lines = _removed(lines, remove_line, "line")
            if remove_veil:
                veils = _removed(veils, remove_veil, "veil")
            if add_line:
                lines = _added(lines, add_line, "line")
            if add_veil:
                veils = _added(veils, add_veil, "veil")
            updated = await self.store.campaigns.update(
                campaign_id, content_rating=rating or campaign.content_rating,
                lines_veils={"lines": lines, "veils": veils},
            )
        changed = {k: v for k, v in {
            "rating": rating, "add_line": add_line, "remove_line": remove_line,
            "add_veil": add_veil, "remove_veil": remove_veil}.items() if v}
        await self.gm.audit(campaign_id, None, actor, "safety", **changed)
        return safety_of(updated)

    async def add_line(self, campaign_id: int, text: str) -> SafetySettings:
        """A line added anonymously: this service is never told by whom."""
        async with self._lock(campaign_id):
            current = safety_of(await self.store.campaigns.get(campaign_id))
            lines = _added(list(current.lines), text, "line")
            updated = await self.store.campaigns.update(
                campaign_id, lines_veils={"lines": lines, "veils": list(current.veils)})
        await self._audit_anonymous(campaign_id, None, "line_add", line=lines[-1])
        return safety_of(updated)

    # -- the X-card -------------------------------------------------------------------------

    async def xcard(
        self, scene_id: int, actor: Actor, message_id: int | None = None
    ) -> Withdrawal:
        """Withdraw the narration shown in `message_id` (the scene's last one when None).

        `actor` is checked (seated in the scene, or a GM) and then forgotten."""
        scene = await self.store.scenes.get(scene_id)
        campaign = await self.store.campaigns.get(scene.campaign_id)
        seats = await self.store.seats.of_scene(scene.id)
        seated = {s.player_id for s in seats if s.status == "active"}
        if actor.id not in seated and not is_gm(campaign, actor):
            raise NotAGm("only the players seated in this scene (and its GMs) can use the "
                         "X-card here")
        narration = await self._target(scene, message_id)
        if narration is None and message_id is None:
            raise GmError("there is no narration to withdraw")
        if narration is None or not await self.gm.withdraw(scene, narration):
            raise GmError("that narration is already out of the story")
        names = [s.character_name for s in seats if s.character_name]
        topic = tuple(topic_of(narration.content, exclude=names))
        scene = await self.store.scenes.get(scene.id)
        await self.store.posts.add(
            scene_id=scene.id, kind=PostKind.GM_NOTE, author_id=ANONYMOUS,
            author_name=XCARD_AUTHOR, content=steer_away_note(topic), now=self.gm.now(),
            round_no=scene.round_no, meta={"steer": True, "xcard": True},
        )
        reopened = scene.round_no == narration.round_no
        await self._audit_anonymous(
            scene.campaign_id, scene, "xcard", post_id=narration.id,
            round_no=narration.round_no, reopened=reopened)
        return Withdrawal(scene, narration, reopened, topic)

    async def _target(self, scene: Scene, message_id: int | None) -> Post | None:
        if message_id is None:
            return await self.store.canon.last_narration(scene.id)
        # Versions of one narration share its message: the live one is the story's.
        live = [p for p in await self.store.posts.of_scene(scene.id)
                if p.discord_message_id == message_id and p.kind in ROUND_CLOSING_KINDS]
        return live[-1] if live else None

    async def _audit_anonymous(
        self, campaign_id: int, scene: Scene | None, action: str, **detail: object
    ) -> None:
        await self.store.audit.add(
            campaign_id=campaign_id, scene_id=scene.id if scene else None, gm_id=ANONYMOUS,
            gm_name=ANONYMOUS, action=action, detail=detail, now=self.gm.now(),
        )
        log.info("safety tool used: action=%s campaign=%d", action, campaign_id)


class SafetyCheck:
    """Refuses a narration that crosses one of the campaign's lines."""

    name = "lines"

    async def allows_streaming(self, ctx: TurnContext) -> bool:
        return not safety_of(ctx.campaign).lines

    async def check(self, text: str, ctx: TurnContext) -> CheckResult:
        lines = safety_of(ctx.campaign).lines
        crossed = crossed_lines(text, lines)
        if not crossed:
            return CheckResult(ok=True)
        listed = "; ".join(lines[i] for i in crossed)
        # The reason is logged: lines by number only.
        return CheckResult(
            ok=False, reason="crosses line " + ", ".join(f"#{i + 1}" for i in crossed),
            steer=f"The table ruled these out: leave them out entirely, not even "
                  f"mentioned: {listed}.",
        )
