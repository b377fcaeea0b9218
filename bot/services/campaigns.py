"""Campaigns, characters, scenes and lore as a table runs them; no Discord in here.

Every refusal is a `ServiceError` whose message is one short sentence a
player can be shown as it is.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.cards import CardError, load_card_file
from bot.cards.io import LoadedCard
from bot.cards.lorebook_io import lorebook_from_dict
from bot.cards.shelf import UPLOADED, CardShelf
from bot.engine.narrator import RATING_RULES
from bot.models import Campaign, Character, Scene
from bot.services.persona import narrator_card_async, narrator_file
from bot.store import NewSeat, Store
from bot.store.rows import LoreEntry

RATINGS: tuple[str, ...] = tuple(RATING_RULES)
CARD_SUFFIXES = (".json", ".png", ".charx")
MAX_TITLE = 100
MAX_FIELD = {"name": 80, "look": 1000, "traits": 1000, "notes": 1000}


class ServiceError(ValueError):
    """A request the table's rules refuse; the message is shown to the user."""


@dataclass(frozen=True)
class Avatar:
    """What a narrator looks like: a URL to pass per post, or image bytes for the webhook."""

    url: str | None = None
    image: bytes | None = None


def installed_cards(cards_dir: Path) -> list[str]:
    """Card files directly in the cards directory (what `/campaign create` offers)."""
    if not cards_dir.is_dir():
        return []
    return sorted(
        p.name for p in cards_dir.iterdir() if p.is_file() and p.suffix.lower() in CARD_SUFFIXES
    )


def narrator_avatar(cards_dir: CardShelf | Path, card_name: str) -> Avatar:
    """The card's `icon` asset when it is a URL or embedded file, else a PNG card's image."""
    try:
        loaded = narrator_file(cards_dir, card_name)
    except (OSError, ValueError):  # CardError is a ValueError
        return Avatar()
    return avatar_of(loaded)


async def narrator_avatar_async(cards_dir: CardShelf | Path, card_name: str) -> Avatar:
    """`narrator_avatar` for async code: a card not parsed yet is parsed in a thread."""
    return await asyncio.to_thread(narrator_avatar, cards_dir, card_name)


def avatar_of(loaded: LoadedCard) -> Avatar:
    for asset in loaded.card.data.assets or []:
        if asset.type != "icon":
            continue
        if asset.uri.startswith(("https://", "http://")):
            return Avatar(url=asset.uri)
        embedded = asset.uri.removeprefix("embeded://").removeprefix("embedded://")
        if embedded in loaded.assets:
            return Avatar(image=loaded.assets[embedded])
    return Avatar(image=loaded.image) if loaded.image else Avatar()


class TableService:
    """Campaign, character, scene and lore management shared by every front-end."""

    def __init__(
        self, store: Store, *, cards_dir: CardShelf | Path, clock: Callable[[], float]
    ) -> None:
        self.store = store
        self.cards_dir = cards_dir
        self.clock = clock

    # -- campaigns -------------------------------------------------------------

    async def create_campaign(
        self, *, guild_id: int, title: str, premise: str, card: str, content_rating: str,
    ) -> Campaign:
        title = title.strip()
        if not 1 <= len(title) <= MAX_TITLE:
            raise ServiceError(f"A campaign title needs 1 to {MAX_TITLE} characters.")
        if content_rating not in RATINGS:
            raise ServiceError(f"Content rating must be one of: {', '.join(RATINGS)}.")
        await self.check_card(card)
        if await self.store.campaigns.named(guild_id, title):
            raise ServiceError(f"There is already an active campaign called {title!r}.")
        return await self.store.campaigns.create(
            title=title, premise=premise.strip(), narrator_card=card,
            content_rating=content_rating, guild_id=guild_id, now=self.clock(),
        )

    async def check_card(self, card: str) -> None:
        try:
            await narrator_card_async(self.cards_dir, card)
        except FileNotFoundError:
            raise ServiceError(f"No narrator card called {card!r} is installed.") from None
        except (OSError, ValueError) as exc:  # CardError is a ValueError
            reason = _short(exc)
            raise ServiceError(f"The narrator card {card!r} cannot be used: {reason}") from None

    async def set_category(self, campaign: Campaign, category_id: int) -> Campaign:
        return await self.store.campaigns.update(campaign.id, category_id=category_id)

    async def resolve_campaign(
        self, guild_id: int, *, channel_id: int, category_id: int | None, title: str | None = None,
    ) -> Campaign:
        """The campaign a command means: named, else the channel's, else the guild's only one."""
        if title:
            named = await self.store.campaigns.named(guild_id, title)
            if named is None:
                raise ServiceError(f"No active campaign is called {title!r}.")
            return named
        scene = await self.store.scenes.for_channel(channel_id)
        if scene is not None:
            return await self.store.campaigns.get(scene.campaign_id)
        for candidate in (channel_id, category_id):
            if candidate is not None:
                found = await self.store.campaigns.for_category(candidate)
                if found is not None and found.guild_id == guild_id:
                    return found
        active = await self.store.campaigns.in_guild(guild_id)
        if len(active) == 1:
            return active[0]
        if not active:
            raise ServiceError("This server has no active campaign yet.")
        raise ServiceError("Which campaign? Name it with the `campaign` option.")

    async def install_card(
        self, campaign: Campaign, data: bytes, filename: str
    ) -> tuple[Campaign, LoadedCard]:
        """Validate an uploaded card and make it the campaign's narrator; nothing is written
        unless it is valid."""
        try:
            loaded = await asyncio.to_thread(load_card_file, data, filename=filename)
        except CardError as exc:
            raise ServiceError(f"That card cannot be used: {_short(exc)}") from None
        suffix = {"json": ".json", "png": ".png", "charx": ".charx"}[loaded.source_format]
        relative = f"{UPLOADED}/campaign-{campaign.id}{suffix}"
        target = CardShelf.of(self.cards_dir).path(relative)
        await asyncio.to_thread(_write_whole, target, data)
        return await self.store.campaigns.update(campaign.id, narrator_card=relative), loaded

    # -- characters ------------------------------------------------------------

    async def create_character(
        self, campaign: Campaign, *, player_id: str, player_name: str, fields: dict[str, str],
    ) -> Character:
        clean = _character_fields(fields)
        if not clean.get("name"):
            raise ServiceError("A character needs a name.")
        if await self.store.characters.active(campaign.id, player_id):
            raise ServiceError("You already have a character here; retire it first.")
        name = clean.pop("name")
        return await self.store.characters.create(
            campaign_id=campaign.id, player_id=player_id, player_name=player_name, name=name,
            now=self.clock(), **clean,
        )

    async def character_of(self, campaign: Campaign, player_id: str) -> Character:
        character = await self.store.characters.active(campaign.id, player_id)
        if character is None:
            raise ServiceError("You have no character in this campaign; use /character create.")
        return character

    async def edit_character(self, character: Character, fields: dict[str, str]) -> Character:
        clean = _character_fields(fields)
        if "name" in clean and not clean["name"]:
            raise ServiceError("A character needs a name.")
        return await self.store.characters.update(character.id, **clean)

    async def retire_character(self, character: Character) -> Character:
        for scene in await self.store.scenes.of_campaign(character.campaign_id):
            await self.store.seats.set_status(scene.id, character.player_id, "left")
        return await self.store.characters.update(character.id, status="retired")

    # -- scenes ----------------------------------------------------------------

    async def start_scene(self, campaign: Campaign, *, channel_id: int, title: str) -> Scene:
        """A scene in `channel_id`, with every active character of the campaign seated."""
        if await self.store.scenes.for_channel(channel_id):
            raise ServiceError("This channel already has a scene; end it first.")
        seats = [
            NewSeat(c.player_id, c.player_name, character_id=c.id)
            for c in await self.store.characters.of_campaign(campaign.id)
        ]
        # One transaction: a crash never leaves a scene with only some of its seats.
        return await self.store.scenes.create_with_seats(
            campaign=campaign.id, seats=seats, now=self.clock(), channel_id=channel_id,
            title=title.strip(),
        )

    async def scene_here(self, channel_id: int) -> Scene:
        scene = await self.store.scenes.for_channel(channel_id)
        if scene is None:
            raise ServiceError("There is no scene in this channel.")
        return scene

    async def join(self, scene: Scene, *, player_id: str, player_name: str) -> Character:
        campaign = await self.store.campaigns.get(scene.campaign_id)
        character = await self.character_of(campaign, player_id)
        await self.store.seats.add(
            scene_id=scene.id, player_id=player_id, player_name=player_name,
            character_id=character.id, now=self.clock(),
        )
        return character

    async def leave(self, scene: Scene, *, player_id: str) -> None:
        seated = {p.player_id for p in await self.store.seats.of_scene(scene.id)}
        if player_id not in seated:
            raise ServiceError("You are not taking part in this scene.")
        await self.store.seats.set_status(scene.id, player_id, "left")

    # -- lore ------------------------------------------------------------------

    async def add_lore(
        self, campaign: Campaign, *, name: str, keys: str, content: str, constant: bool = False,
    ) -> LoreEntry:
        name = name.strip()
        key_list = [k.strip() for k in keys.split(",") if k.strip()]
        if not name or not content.strip():
            raise ServiceError("A lore entry needs a name and some content.")
        if not key_list and not constant:
            raise ServiceError("Give the entry at least one key, or make it constant.")
        entry = {"keys": key_list, "content": content.strip(), "constant": constant}
        try:  # the same check the prompt's lorebook reader will make
            lorebook_from_dict({"entries": [entry]})
        except CardError as exc:
            raise ServiceError(f"That lore entry cannot be used: {_short(exc)}") from None
        return await self.store.lore.put(
            campaign_id=campaign.id, name=name, keys=key_list, content=content.strip(),
            constant=constant, now=self.clock(),
        )

    async def lore_entry(self, campaign: Campaign, name: str) -> LoreEntry:
        entry = await self.store.lore.get(campaign.id, name)
        if entry is None:
            raise ServiceError(f"No lore entry is called {name!r}.")
        return entry

    async def remove_lore(self, campaign: Campaign, name: str) -> None:
        if not await self.store.lore.remove(campaign.id, name):
            raise ServiceError(f"No lore entry is called {name!r}.")


def _character_fields(fields: dict[str, str]) -> dict[str, str]:
    clean: dict[str, str] = {}
    for key, value in fields.items():
        if key not in MAX_FIELD:
            continue
        value = value.strip()
        if len(value) > MAX_FIELD[key]:
            raise ServiceError(f"The {key} is too long (at most {MAX_FIELD[key]} characters).")
        clean[key] = value
    return clean


def _short(exc: BaseException) -> str:
    text = str(exc).strip().rstrip(".") or type(exc).__name__
    return text if len(text) <= 150 else text[:147] + "…"


def _write_whole(target: Path, data: bytes) -> None:
    """Write `data` to `target` so a reader sees the old file or the new one, never half."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    os.replace(partial, target)
