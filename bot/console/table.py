"""One keyboard's turn at the table: what each typed line does, and the narration that
runs while the next line is typed."""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable

from bot.console.help import help_text, not_seated, too_long
from bot.console.parsing import Command, Rolled, Said, Seat, TableTalk, Unseated, classify
from bot.console.sink import TerminalSink
from bot.engine.limits import MAX_ACTION_CHARS
from bot.engine.ooc import is_out_of_character, strip_out_of_character
from bot.engine.roll_requests import console_line, from_meta
from bot.llm.base import LLMError, RequestScope, current_scope
from bot.models import PostKind
from bot.services.campaigns import ServiceError
from bot.services.dice import DiceService
from bot.services.npcs import NpcService
from bot.services.pacing import PacingService
from bot.services.persona import narrator_card
from bot.services.scenes import SceneService

# Table talk typed without a name, at a keyboard shared by several players.
TABLE_AUTHOR_ID, TABLE_AUTHOR_NAME = "console:table", "table"


def _say(text: str) -> None:
    print(text, file=sys.stderr)  # sys.stderr at call time: under patch_stdout, above the prompt


class Table:
    def __init__(self, service: SceneService, pacing: PacingService, scene_id: int,
                 seats: list[Seat], *, live: bool, redraw: Callable[[], None] = lambda: None,
                 dice: DiceService | None = None, npcs: NpcService | None = None) -> None:
        self.service, self.scene_id, self.seats, self.live = service, scene_id, seats, live
        self.npcs = npcs  # NPC lines are printed under the speaker's name
        self.pacing = pacing
        self.dice = dice
        self.redraw = redraw  # shows a changed prompt while a line is being typed
        self.pending = False  # a ready round whose narration failed
        self.prompt_text = ""
        self._narration: asyncio.Task[bool] | None = None

    def prompt(self) -> str:
        return self.prompt_text

    async def refresh_prompt(self) -> None:
        await self._set_prompt(self._narration is not None and not self._narration.done())

    async def _set_prompt(self, narrating: bool) -> None:
        scene = await self.service.store.scenes.get(self.scene_id)
        if narrating:
            self.prompt_text = f"[round {scene.round_no} · narrating]> "
            return
        state = await self.pacing.round_state(scene)
        awaited = {*state.missing, *state.awaited_rolls}
        waiting = [s.player for s in self.seats if _player_id(s) in awaited]
        self.prompt_text = (
            f"[round {scene.round_no} · waiting for {', '.join(waiting) or 'nobody'}]> ")

    async def handle(self, line: str) -> bool:
        """Act on one typed line; False when the player asked to quit."""
        if not line.strip():
            return True
        scene = await self.service.store.scenes.get(self.scene_id)
        match classify(line, self.seats):
            case Command("/quit" | "/exit"):
                return False
            case Command("/help"):
                print(help_text(self.seats))
            case Command("/retry"):
                await self.start_narration_if_ready()
            case TableTalk(None, text):
                only = self.seats[0] if len(self.seats) == 1 else None
                await self._table_talk(only, text, scene.round_no)
            case Rolled(seat, text):
                await self._roll(seat, text)
            case Said(seat, text) if is_out_of_character(text):
                await self._table_talk(seat, text, scene.round_no)
            case Said(seat, text):
                await self._act(seat, text)
            case Unseated(name):
                _say(not_seated(name, self.seats))
            case _:
                names = ", ".join(s.player for s in self.seats)
                _say(f"(who is speaking? start the line with a name: {names})")
        return True

    async def _table_talk(self, seat: Seat | None, text: str, round_no: int) -> None:
        await self.service.store.posts.add(
            scene_id=self.scene_id, kind=PostKind.OOC,
            author_id=_player_id(seat) if seat else TABLE_AUTHOR_ID,
            author_name=seat.player if seat else TABLE_AUTHOR_NAME,
            content=text, now=self.service.clock(), round_no=round_no,
        )

    async def _roll(self, seat: Seat, text: str) -> None:
        """Roll for `seat`: printed, and kept with the round for the narrator (a roll is
        not the player's action, so it never completes the round)."""
        if self.dice is None:
            _say("(dice are not available at this table)")
            return
        scene = await self.service.store.scenes.get(self.scene_id)
        try:
            outcome = await self.dice.roll(
                scene, player_id=_player_id(seat), player_name=seat.player, text=text)
        except ServiceError as exc:
            _say(f"({seat.player}: {exc})")
            return
        rolled = outcome.roll
        what = f" for {rolled.reason}" if rolled.reason else ""
        print(f"🎲 {seat.character} rolls{what}: {rolled.breakdown}", flush=True)
        if outcome.post is not None:  # the round may have waited only for this roll
            await self.start_narration_if_ready()

    async def _act(self, seat: Seat, text: str) -> None:
        if text.startswith("/") and text.lower() != "/pass":
            # Not a story action; `Ana: /help` reads as a slip, not as the words "/help".
            _say(f"({seat.player}: /pass and /roll are the only commands after a name; "
                 "type other commands alone, e.g. /help)")
            return
        kind = PostKind.PASS if text.lower() == "/pass" else PostKind.ACTION
        if kind == PostKind.ACTION:
            text = strip_out_of_character(text)
            if len(text) > MAX_ACTION_CHARS:
                _say(too_long(len(text)))
                return
        scene = await self.service.store.scenes.get(self.scene_id)
        outcome = await self.pacing.submit(
            scene, player_id=_player_id(seat), player_name=seat.player,
            text=text if kind == PostKind.ACTION else "(passes)", kind=kind,
        )
        if outcome.decision.refused:
            _say(f"({seat.player}: {outcome.decision.refused})")
        elif outcome.narrate:
            await self.start_narration_if_ready()

    async def start_narration_if_ready(self) -> None:
        """Narrate a ready round in the background, while the next line is typed."""
        await self.narration_done()
        self._narration = asyncio.create_task(self._narrate_then_prompt())

    async def _narrate_then_prompt(self) -> bool:
        pending = await self._narrate_if_ready()
        await self._set_prompt(narrating=False)
        self.redraw()
        return pending

    async def stop_narration(self) -> None:
        """Withdraw a narration still streaming (the player left): nothing of it is stored."""
        if self._narration is not None and not self._narration.done():
            self._narration.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._narration
        self._narration = None

    async def narration_done(self) -> None:
        if self._narration is not None:
            self.pending = await self._narration
            self._narration = None

    async def _narrate_if_ready(self) -> bool:
        """True if a ready round is still waiting for its narration afterwards."""
        scene = await self.service.store.scenes.get(self.scene_id)
        if not await self.pacing.round_ready(scene):
            return False
        campaign = await self.service.store.campaigns.get(scene.campaign_id)
        name = narrator_card(self.service.cards_dir, campaign.narrator_card).data.name
        cast = await self.npcs.cast(campaign) if self.npcs is not None else None
        sink = TerminalSink(name, live=self.live, cast=cast)
        waits_shown = current_scope.set(RequestScope(on_wait=sink.waiting))
        try:
            post = await self.service.narrate(scene, sink)
        except LLMError as exc:
            _say(f"(the narrator is unavailable: {exc}. Your actions are saved; "
                 "type /retry to try again.)")
            return True
        finally:
            current_scope.reset(waits_shown)
        for _, request in from_meta(post.meta):  # the rolls it asks for, and how to answer
            print(console_line(request), flush=True)
        return False


def _player_id(seat: Seat) -> str:
    return f"console:{seat.player}"
