"""Which scenes may leave the database: those of a campaign its GM opted in, whose
players all consented, none of whom asked to be forgotten since the scene began."""

from __future__ import annotations

from bot.engine.feedback import collecting
from bot.models import Campaign, PostKind, Scene
from bot.store import Store
from bot.store.feedback import Consent

# Posts a player writes: their author is one of the scene's players.
PLAYER_KINDS = frozenset(
    {PostKind.ACTION, PostKind.PASS, PostKind.OOC, PostKind.WHISPER, PostKind.ROLL})


def consented(consent: Consent | None, scene: Scene) -> bool:
    if consent is None or not consent.consent:
        return False
    return consent.forgotten_at is None or consent.forgotten_at < scene.created_at


async def scene_players(store: Store, scene: Scene) -> set[str]:
    """Everyone who ever sat in or wrote in the scene (a forgotten author reads
    'forgotten', who never consents)."""
    players = {p.player_id for p in await store.seats.of_scene(scene.id, active_only=False)}
    posts = await store.posts.of_scene(scene.id, include_deleted=True)
    return players | {p.author_id for p in posts if p.kind in PLAYER_KINDS}


async def exportable_scenes(store: Store, campaign: Campaign) -> tuple[list[Scene], int]:
    """The campaign's scenes that may be exported, and how many were left out."""
    if not collecting(campaign.settings):
        return [], 0
    consents = await store.feedback.consents(campaign.id)
    kept, left_out = [], 0
    for scene in await store.scenes.of_campaign(campaign.id, open_only=False):
        players = await scene_players(store, scene)
        if players and all(consented(consents.get(p), scene) for p in players):
            kept.append(scene)
        else:
            left_out += 1
    return kept, left_out
