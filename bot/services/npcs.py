"""Non-player characters with voices of their own: the GM's list, and each turn's cast.

A campaign's cast is its NPCs (name, avatar, description, from `/npc add`) plus,
by name only, the people of its world state and its lore entries. The narrator is
asked to mark their speech (`bot.engine.npc_speech`); the front-ends post or print
each voiced line under the speaker's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.campaign_settings import lorebook_entries, settings_of
from bot.engine.npc_speech import Segment, speech_instruction, split_speech
from bot.models import Campaign
from bot.services.campaigns import ServiceError
from bot.services.turns import Contribution, TurnContext, TurnReads
from bot.store import Store
from bot.store.npcs import Npc

MAX_NAME = 80  # Discord's limit on a webhook username
MAX_DESCRIPTION = 1000
_BAD_NAME = re.compile(r"[\[\]\n\r@#:`]")


@dataclass(frozen=True)
class NpcVoice:
    name: str
    avatar_url: str | None = None


@dataclass(frozen=True)
class Cast:
    """Who may speak in a campaign's narrations, and who never does (player characters)."""

    voices: dict[str, NpcVoice] = field(default_factory=dict)  # by name as written
    player_characters: tuple[str, ...] = ()

    def segments(self, text: str) -> list[Segment]:
        return split_speech(text, self.voices, self.player_characters)

    def voice(self, speaker: str) -> NpcVoice:
        return self.voices.get(speaker, NpcVoice(speaker))


class NpcService:
    def __init__(self, store: Store, *, clock: Callable[[], float]) -> None:
        self.store = store
        self.clock = clock

    async def add(
        self, campaign_id: int, name: str, *, avatar_url: str | None = None,
        description: str = "",
    ) -> Npc:
        name = checked_name(name)
        if any(c.name.casefold() == name.casefold()
               for c in await self.store.characters.of_campaign(campaign_id)):
            raise ServiceError(f"{name} is a player character: only their player speaks for them.")
        npc = await self.store.npcs.add(
            campaign_id=campaign_id, name=name, avatar_url=checked_url(avatar_url),
            description=checked_description(description), now=self.clock(),
        )
        if npc is None:
            raise ServiceError(f"There is already an NPC called {name}.")
        return npc

    async def edit(
        self, campaign_id: int, name: str, *, avatar_url: str | None = None,
        description: str | None = None,
    ) -> Npc:
        npc = await self.store.npcs.update(
            campaign_id, name.strip(), avatar_url=checked_url(avatar_url),
            description=None if description is None else checked_description(description),
        )
        if npc is None:
            raise ServiceError(f"There is no NPC called {name.strip()}.")
        return npc

    async def remove(self, campaign_id: int, name: str) -> None:
        if not await self.store.npcs.remove(campaign_id, name.strip()):
            raise ServiceError(f"There is no NPC called {name.strip()}.")

    async def of_campaign(self, campaign_id: int) -> list[Npc]:
        return await self.store.npcs.of_campaign(campaign_id)

    async def cast(self, campaign: Campaign, player_characters: Sequence[str] = ()) -> Cast:
        """The campaign's voices: its NPCs first, then by name the world's people and the
        entries of its lore and lorebook."""
        voices = {n.name: NpcVoice(n.name, n.avatar_url) for n in
                  await self.store.npcs.of_campaign(campaign.id)}
        known = {name.casefold() for name in voices}
        for name in await self.named_elsewhere(campaign):
            if name.casefold() not in known:
                known.add(name.casefold())
                voices[name] = NpcVoice(name)
        if not player_characters:
            player_characters = [c.name for c in
                                 await self.store.characters.of_campaign(campaign.id)]
        return Cast(voices, tuple(player_characters))

    async def named_elsewhere(
        self, campaign: Campaign, reads: TurnReads | None = None
    ) -> list[str]:
        """Who may speak by name alone: the world's people, the lore's and lorebook's entries
        (`reads`: a turn's, which shares the reads with the turn's other parts)."""
        reads = reads or TurnReads()
        world = (await reads.once(("world", campaign.id),
                                  lambda: self.store.world.get(campaign.id))).state
        people = [p.get("name") for p in world.get("npcs", []) if isinstance(p, dict)]
        lore: list[object] = [e.name for e in await reads.once(
            ("lore", campaign.id), lambda: self.store.lore.of_campaign(campaign.id))]
        entries = lorebook_entries(settings_of(campaign).lorebook)
        lore += [e.get("name") or e.get("comment") for e in entries if isinstance(e, dict)]
        return [n.strip() for n in [*people, *lore]
                if isinstance(n, str) and n.strip() and not _BAD_NAME.search(n)]


# How many of the campaign's NPCs the instruction names.
NAMED_IN_PROMPT = 8


class NpcContributor:
    """Asks the narrator to mark NPC speech, when the campaign has anyone to voice."""

    def __init__(self, npcs: NpcService) -> None:
        self.npcs = npcs

    async def contribute(self, ctx: TurnContext) -> Contribution:
        pcs = sorted(set(ctx.names.values()))
        registered = await self.npcs.of_campaign(ctx.campaign.id)
        # The world and lore are read only when the GM named nobody: this runs every turn.
        if not registered and not await self.npcs.named_elsewhere(ctx.campaign, ctx.reads):
            return Contribution()
        described = [f"{n.name}: {n.description}" for n in registered if n.description]
        # Only the GM's own NPCs are named, and a few: every name costs the round's
        # room on every turn. World and lore names are voiced when marked all the same.
        named = [n.name for n in registered][:NAMED_IN_PROMPT]
        # The rule sits in the system message's fixed part, like the roll requests': it
        # changes only with the cast, so a prefix cache keeps it instead of paying it in
        # every turn's tail.
        return Contribution(
            constant_lore=[*described, "# Voices\n" + speech_instruction(named, pcs)],
        )


def checked_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME or _BAD_NAME.search(name):
        raise ServiceError(
            f"An NPC's name needs 1–{MAX_NAME} characters, without brackets, @, #, : or `."
        )
    return name


def checked_description(description: str) -> str:
    description = description.strip()
    if len(description) > MAX_DESCRIPTION:
        raise ServiceError(f"Keep the description under {MAX_DESCRIPTION} characters.")
    return description


def checked_url(url: str | None) -> str | None:
    """An uploaded image's URL (Discord's, never typed by a user): kept, never fetched."""
    if url is not None and (len(url) > 2000 or not url.startswith(("https://", "http://"))):
        raise ServiceError("The avatar must be an uploaded image.")
    return url
