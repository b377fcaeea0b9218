-- A scene channel as it was before it was archived (`/scene end`, `/campaign archive`):
-- its category and permission overwrites, so that undoing the archive puts both back.
-- `by_campaign` marks the scenes a campaign's archive ended (its undo reopens only those);
-- `prior_status` is the scene's status before (a paused scene comes back paused).
CREATE TABLE archived_channels (
    scene_id INTEGER PRIMARY KEY REFERENCES scenes(id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL,
    parent_id INTEGER,
    overwrites TEXT NOT NULL DEFAULT '[]',
    prior_status TEXT NOT NULL,
    by_campaign INTEGER NOT NULL DEFAULT 0,
    archived_at REAL NOT NULL
);
CREATE INDEX archived_channels_by_channel ON archived_channels (channel_id);

-- Per-guild limits on what one player may send (NULL: the built-in default).
CREATE TABLE guild_limits (
    guild_id INTEGER PRIMARY KEY,
    action_chars INTEGER,
    actions_per_minute INTEGER,
    commands_per_minute INTEGER,
    updated_at REAL NOT NULL
);
