-- Per-guild configuration set by server admins (/admin), its audit log, and token usage.

-- One row per guild that changed anything; the settings are a GuildConfig document.
CREATE TABLE guild_settings (
    guild_id   INTEGER PRIMARY KEY,
    settings   TEXT    NOT NULL DEFAULT '{}',
    updated_at REAL    NOT NULL
);

-- Who changed which guild setting, and to what.
CREATE TABLE guild_audit (
    id         INTEGER PRIMARY KEY,
    guild_id   INTEGER NOT NULL,
    actor_id   TEXT    NOT NULL,
    actor_name TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    detail     TEXT    NOT NULL DEFAULT '{}',
    created_at REAL    NOT NULL
);
CREATE INDEX guild_audit_by_guild ON guild_audit (guild_id, id);

-- Tokens spent, summed per UTC day, guild, campaign, player and backend. 0 / '' stand for
-- "none" (console play has no guild; memory upkeep answers no player) so that the key is
-- unique and one upsert adds to it.
CREATE TABLE usage_daily (
    day         TEXT    NOT NULL,
    guild_id    INTEGER NOT NULL DEFAULT 0,
    campaign_id INTEGER NOT NULL DEFAULT 0,
    player_id   TEXT    NOT NULL DEFAULT '',
    backend     TEXT    NOT NULL,
    tokens_in   INTEGER NOT NULL DEFAULT 0,
    tokens_out  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (guild_id, day, campaign_id, player_id, backend)
);
