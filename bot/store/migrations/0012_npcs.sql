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

-- The Discord messages of a narration after its first (`posts.discord_message_id`,
-- which names them): the NPC posts and the continuations of a long text, so a retcon
-- or another version removes them all. Keyed by that first message, which every
-- version of the narration shares.
CREATE TABLE discord_post_parts (
    first_message_id INTEGER NOT NULL,
    part INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    PRIMARY KEY (first_message_id, part)
);
