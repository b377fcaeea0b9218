"""SQL of backend choices (per server and campaign) and of servers' own endpoints."""

from __future__ import annotations

import json

from pydantic import BaseModel, ConfigDict

from bot.store.database import Repository

SERVER_WIDE = 0  # the campaign id of a server's own choice


class ServerEndpoint(BaseModel):
    """An endpoint a server's admin added. `sealed_key` is the encrypted key, or None."""

    model_config = ConfigDict(frozen=True)

    guild_id: int
    name: str
    base_url: str
    model: str = ""
    sealed_key: bytes | None = None
    added_by: str
    added_at: float

    @property
    def version(self) -> str:
        """Changes when the endpoint is replaced, so a built client is rebuilt."""
        return repr(self.added_at)


class BackendRepo(Repository):
    # -- choices -------------------------------------------------------------------

    async def choice(self, guild_id: int, campaign_id: int = SERVER_WIDE) -> list[str]:
        """The names chosen, in failover order; [] when nothing was chosen here."""
        row = await self.db.one(
            "SELECT names FROM backend_choices WHERE guild_id = ? AND campaign_id = ?",
            (guild_id, campaign_id))
        return list(json.loads(row["names"])) if row else []

    async def choices_in(self, guild_id: int) -> dict[int, list[str]]:
        """Every choice made on a server, by campaign id (SERVER_WIDE for its own)."""
        rows = await self.db.all(
            "SELECT campaign_id, names FROM backend_choices WHERE guild_id = ?", (guild_id,))
        return {int(r["campaign_id"]): list(json.loads(r["names"])) for r in rows}

    async def choose(self, guild_id: int, campaign_id: int, names: list[str]) -> None:
        """Set the choice; an empty list clears it (the server's or operator's applies)."""
        if not names:
            await self.db.write(
                "DELETE FROM backend_choices WHERE guild_id = ? AND campaign_id = ?",
                (guild_id, campaign_id))
            return
        await self.db.write(
            "INSERT INTO backend_choices (guild_id, campaign_id, names) VALUES (?, ?, ?)"
            " ON CONFLICT (guild_id, campaign_id) DO UPDATE SET names = excluded.names",
            (guild_id, campaign_id, json.dumps(names)))

    # -- servers' endpoints ------------------------------------------------------------

    async def endpoints(self, guild_id: int) -> list[ServerEndpoint]:
        return await self.db.all_as(
            ServerEndpoint, "SELECT * FROM server_endpoints WHERE guild_id = ? ORDER BY name",
            (guild_id,))

    async def endpoint(self, guild_id: int, name: str) -> ServerEndpoint | None:
        return await self.db.one_as(
            ServerEndpoint, "SELECT * FROM server_endpoints WHERE guild_id = ? AND name = ?",
            (guild_id, name))

    async def save_endpoint(self, endpoint: ServerEndpoint) -> None:
        """Add the endpoint, or replace the one of that name."""
        await self.db.write(
            "INSERT OR REPLACE INTO server_endpoints"
            " (guild_id, name, base_url, model, sealed_key, added_by, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (endpoint.guild_id, endpoint.name, endpoint.base_url, endpoint.model,
             endpoint.sealed_key, endpoint.added_by, endpoint.added_at))

    async def remove_endpoint(self, guild_id: int, name: str) -> bool:
        """Remove it, its sealed key with it, and take its name out of every choice on
        the server (a choice left empty is cleared). False when there was none."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM server_endpoints WHERE guild_id = ? AND name = ?", (guild_id, name))
            if cursor.rowcount != 1:
                return False
            rows = await conn.execute_fetchall(
                "SELECT campaign_id, names FROM backend_choices WHERE guild_id = ?",
                (guild_id,))
            for campaign_id, names_json in rows:
                names = [n for n in json.loads(names_json) if n != name]
                if names:
                    await conn.execute(
                        "UPDATE backend_choices SET names = ? WHERE guild_id = ?"
                        " AND campaign_id = ?", (json.dumps(names), guild_id, campaign_id))
                else:
                    await conn.execute(
                        "DELETE FROM backend_choices WHERE guild_id = ? AND campaign_id = ?",
                        (guild_id, campaign_id))
        return True
