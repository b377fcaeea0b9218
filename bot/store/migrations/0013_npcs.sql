-- Non-player characters a GM gave a voice: each posts under its own name and avatar.
-- The avatar is the URL of the image uploaded with `/npc add` (Discord's own CDN);
-- the bot never fetches it.
CREATE TABLE npcs (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    name TEXT NOT NULL COLLATE NOCASE,
    avatar_url TEXT,
    description TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    UNIQUE (campaign_id, name)
);
