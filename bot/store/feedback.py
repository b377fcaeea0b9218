"""SQL of feedback on narrations: reactions and ratings, drafts sent back in review,
players' consent to share them, and the exporter's pseudonym key."""

from __future__ import annotations

import secrets
from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from bot.models import NARRATOR_KINDS, Campaign, Post, PostKind
from bot.store.database import Repository, marks

# Reactions to the posts of some campaigns: completed with "(?, ?, …))".
_IN_CAMPAIGNS = ("post_id IN (SELECT p.id FROM posts p JOIN scenes s ON s.id = p.scene_id"
                 " WHERE s.campaign_id IN")


class _Row(BaseModel):
    model_config = ConfigDict(frozen=True)


class Reaction(_Row):
    """A player's 👍/👎 (kind 'thumb', ±1) or 1–5 rating (kind 'rating') of a narration."""

    post_id: int
    player_id: str
    kind: str
    value: int
    version: int = 0
    created_at: float = 0.0


class Candidate(_Row):
    """A narration that never became canon: a draft a GM sent back in review."""

    id: int
    scene_id: int
    round_no: int
    source: str
    content: str
    prompt_ref: str | None = None
    created_at: float = 0.0


class Consent(_Row):
    campaign_id: int
    player_id: str
    consent: bool
    forgotten_at: float | None = None
    updated_at: float = 0.0


class FeedbackRepo(Repository):
    # -- reactions and ratings ------------------------------------------------------------

    async def narration_for_message(self, discord_message_id: int) -> Post | None:
        """The live narration a Discord message shows: its first message, or a later one
        of a long text (older versions share the first message)."""
        kinds = [k.value for k in NARRATOR_KINDS]
        return await self.db.one_as(
            Post,
            f"SELECT * FROM posts WHERE discord_message_id = COALESCE((SELECT first_message_id"
            f" FROM discord_post_parts WHERE message_id = ? LIMIT 1), ?) AND deleted = 0"
            f" AND kind IN ({marks(kinds)}) ORDER BY id DESC LIMIT 1",
            (discord_message_id, discord_message_id, *kinds),
        )

    async def react(
        self, post_id: int, player_id: str, kind: str, value: int, version: int, now: float
    ) -> None:
        await self.db.write(
            "INSERT INTO narration_reactions (post_id, player_id, kind, value, version,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (post_id, player_id, kind)"
            " DO UPDATE SET value = excluded.value, version = excluded.version,"
            " created_at = excluded.created_at",
            (post_id, player_id, kind, value, version, now),
        )

    async def unreact(self, post_id: int, player_id: str, kind: str, value: int) -> None:
        """Take back a reaction, if it is still the one this player gave."""
        await self.db.write(
            "DELETE FROM narration_reactions WHERE post_id = ? AND player_id = ? AND kind = ?"
            " AND value = ?", (post_id, player_id, kind, value),
        )

    async def reactions_in_scene(self, scene_id: int) -> list[Reaction]:
        return await self.db.all_as(
            Reaction,
            "SELECT r.* FROM narration_reactions r JOIN posts p ON p.id = r.post_id"
            " WHERE p.scene_id = ? ORDER BY r.post_id, r.player_id, r.kind", (scene_id,),
        )

    async def reactions_of_player(
        self, campaign_ids: Sequence[int], player_id: str
    ) -> list[Reaction]:
        if not campaign_ids:
            return []
        return await self.db.all_as(
            Reaction,
            f"SELECT * FROM narration_reactions WHERE player_id = ? AND {_IN_CAMPAIGNS}"
            f" ({marks(campaign_ids)})) ORDER BY post_id",
            (player_id, *campaign_ids),
        )

    # -- candidates a GM sent back ---------------------------------------------------------

    async def add_candidate(
        self, scene_id: int, round_no: int, source: str, content: str,
        prompt_ref: str | None, now: float,
    ) -> None:
        await self.db.insert("narration_candidates", {
            "scene_id": scene_id, "round_no": round_no, "source": source, "content": content,
            "prompt_ref": prompt_ref, "created_at": now,
        })

    async def candidates_in_scene(self, scene_id: int) -> list[Candidate]:
        return await self.db.all_as(
            Candidate, "SELECT * FROM narration_candidates WHERE scene_id = ? ORDER BY id",
            (scene_id,),
        )

    # -- consent --------------------------------------------------------------------------

    async def set_consent(self, campaign_id: int, player_id: str, on: bool, now: float) -> None:
        await self.db.write(
            "INSERT INTO data_consent (campaign_id, player_id, consent, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (campaign_id, player_id)"
            " DO UPDATE SET consent = excluded.consent, updated_at = excluded.updated_at",
            (campaign_id, player_id, int(on), now),
        )

    async def consents(self, campaign_id: int) -> dict[str, Consent]:
        rows = await self.db.all_as(
            Consent, "SELECT * FROM data_consent WHERE campaign_id = ?", (campaign_id,))
        return {row.player_id: row for row in rows}

    async def consent_of(self, campaign_ids: Sequence[int], player_id: str) -> list[Consent]:
        if not campaign_ids:
            return []
        return await self.db.all_as(
            Consent,
            f"SELECT * FROM data_consent WHERE campaign_id IN ({marks(campaign_ids)})"
            f" AND player_id = ? ORDER BY campaign_id",
            (*campaign_ids, player_id),
        )

    async def forget(self, campaign_ids: Sequence[int], player_id: str, now: float) -> int:
        """Withdraw the player's consent in these campaigns and drop their reactions; the
        scenes they were in stay out of every later export. Reactions removed."""
        if not campaign_ids:
            return 0
        async with self.db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO data_consent (campaign_id, player_id, consent, forgotten_at,"
                " updated_at) VALUES (?, ?, 0, ?, ?) ON CONFLICT (campaign_id, player_id)"
                " DO UPDATE SET consent = 0, forgotten_at = excluded.forgotten_at,"
                " updated_at = excluded.updated_at",
                [(c, player_id, now, now) for c in campaign_ids],
            )
            cursor = await conn.execute(
                f"DELETE FROM narration_reactions WHERE player_id = ? AND {_IN_CAMPAIGNS}"
                f" ({marks(campaign_ids)}))", (player_id, *campaign_ids))
            return cursor.rowcount

    async def scenes_of_player(self, campaign_ids: Sequence[int], player_id: str) -> list[int]:
        """Scenes the player sat in or wrote in, in these campaigns."""
        if not campaign_ids:
            return []
        ids = list(campaign_ids)
        rows = await self.db.raw(
            f"SELECT p.scene_id FROM participants p JOIN scenes s ON s.id = p.scene_id"
            f" WHERE s.campaign_id IN ({marks(ids)}) AND p.player_id = ?"
            f" UNION SELECT p.scene_id FROM posts p JOIN scenes s ON s.id = p.scene_id"
            f" WHERE s.campaign_id IN ({marks(ids)}) AND p.author_id = ?",
            (*ids, player_id, *ids, player_id),
        )
        return sorted(int(row[0]) for row in rows)

    async def purge_scenes(self, scene_ids: Sequence[int]) -> None:
        """Erase what was kept for training from these scenes (they will never be exported
        again): their archived prompts, which quote the players, sent-back drafts, guard
        originals and reactions. Freed pages are zeroed (the caller empties the WAL)."""
        if not scene_ids:
            return
        ids = list(scene_ids)
        in_scenes = f"scene_id IN ({marks(ids)})"
        await self.db.raw("PRAGMA secure_delete = ON")
        async with self.db.transaction() as conn:
            rows = await conn.execute_fetchall(
                f"SELECT json_extract(meta, '$.prompt_ref') FROM posts WHERE {in_scenes}"
                f" UNION SELECT j.value FROM posts, json_each(posts.meta,"
                f" '$.alternative_prompts') j WHERE {in_scenes}"
                f" UNION SELECT json_extract(j.value, '$.prompt_ref') FROM posts,"
                f" json_each(posts.meta, '$.guard_rejected') j WHERE {in_scenes}"
                f" UNION SELECT prompt_ref FROM narration_candidates WHERE {in_scenes}",
                ids * 4,
            )
            refs = [str(row[0]) for row in rows if row[0]]
            await conn.executemany("DELETE FROM prompt_refs WHERE hash = ?",
                                   [(ref,) for ref in refs])
            # Messages no remaining prompt uses (a shared system prompt stays).
            await conn.execute(
                "DELETE FROM prompt_messages WHERE hash NOT IN"
                " (SELECT j.value FROM prompt_refs, json_each(prompt_refs.messages) j)")
            await conn.execute(f"DELETE FROM narration_candidates WHERE {in_scenes}", ids)
            await conn.execute(
                f"DELETE FROM narration_reactions WHERE post_id IN"
                f" (SELECT id FROM posts WHERE {in_scenes})", ids)
            await conn.execute(
                f"UPDATE posts SET meta = json_remove(meta, '$.guard_original',"
                f" '$.guard_rejected') WHERE {in_scenes} AND (json_extract(meta,"
                f" '$.guard_original') IS NOT NULL OR json_extract(meta, '$.guard_rejected')"
                f" IS NOT NULL)", ids)

    # -- what the exporter reads ---------------------------------------------------------

    async def all_campaigns(self) -> list[Campaign]:
        return await self.db.all_as(Campaign, "SELECT * FROM campaigns ORDER BY id")

    async def people(self) -> list[tuple[str, str, str]]:
        """(id, name, role) of everyone the database knows a name of: players by their
        seats, characters and posts; GMs by the audit log and their own posts."""
        player_kinds = [PostKind.ACTION, PostKind.PASS, PostKind.OOC, PostKind.WHISPER,
                        PostKind.ROLL]
        gm_kinds = [PostKind.GM_NOTE, PostKind.GM_NARRATION]
        rows = await self.db.raw(
            "SELECT player_id, player_name, 'Player' FROM participants"
            " UNION SELECT player_id, player_name, 'Player' FROM characters"
            f" UNION SELECT author_id, author_name, 'Player' FROM posts"
            f" WHERE kind IN ({marks(player_kinds)})"
            " UNION SELECT gm_id, gm_name, 'GM' FROM gm_audit"
            f" UNION SELECT author_id, author_name, 'GM' FROM posts"
            f" WHERE kind IN ({marks(gm_kinds)})",
            [k.value for k in (*player_kinds, *gm_kinds)],
        )
        return [(str(i), str(n), str(r)) for i, n, r in rows]

    async def private_notes(self, campaign_id: int) -> list[str]:
        """Every whisper and GM note of the campaign, deleted ones included."""
        rows = await self.db.raw(
            "SELECT p.content FROM posts p JOIN scenes s ON s.id = p.scene_id"
            " WHERE s.campaign_id = ? AND p.kind IN (?, ?)",
            (campaign_id, PostKind.WHISPER.value, PostKind.GM_NOTE.value),
        )
        return [str(row[0]) for row in rows]

    async def every_secret(self, campaign_id: int) -> list[tuple[int, str, list[str]]]:
        """(id, text, keys) of the campaign's secrets, removed ones too: a prompt from
        before the removal still carries them."""
        rows = await self.db.all(
            "SELECT id, text, keys FROM campaign_secrets WHERE campaign_id = ? ORDER BY id",
            (campaign_id,),
        )
        return [(int(r["id"]), str(r["text"]), list(r["keys"] or [])) for r in rows]

    # -- the exporter's key ---------------------------------------------------------------

    async def pseudonym_key(self) -> str:
        """This database's pseudonym key, made on first use."""
        await self.db.write(
            "INSERT OR IGNORE INTO export_keys (name, value) VALUES ('pseudonyms', ?)",
            (secrets.token_hex(32),),
        )
        rows = list(await self.db.raw("SELECT value FROM export_keys WHERE name = 'pseudonyms'"))
        return str(rows[0][0])
