-- Discord glue: the narrator's webhooks, drafts being streamed, campaign lore and cards.

-- One narrator webhook per channel, created by the bot; the token lets a
-- restarted bot edit or delete what it posted without asking Discord again.
CREATE TABLE discord_webhooks (
    channel_id INTEGER PRIMARY KEY,
    webhook_id INTEGER NOT NULL,
    token      TEXT    NOT NULL,
    created_at REAL    NOT NULL
);

-- Messages of a narration still being streamed. A row outliving its process
-- names a draft to withdraw before the round is narrated again.
CREATE TABLE discord_drafts (
    scene_id   INTEGER NOT NULL REFERENCES scenes (id),
    round_no   INTEGER NOT NULL,
    part       INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    created_at REAL    NOT NULL,
    PRIMARY KEY (scene_id, part)
);

-- A campaign's own lorebook, one row per entry, in the character-book entry shape.
CREATE TABLE campaign_lore (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    name        TEXT    NOT NULL,
    keys        TEXT    NOT NULL DEFAULT '[]',
    secondary_keys TEXT NOT NULL DEFAULT '[]',
    content     TEXT    NOT NULL,
    constant    INTEGER NOT NULL DEFAULT 0,
    enabled     INTEGER NOT NULL DEFAULT 1,
    insertion_order INTEGER NOT NULL DEFAULT 100,
    created_at  REAL    NOT NULL,
    UNIQUE (campaign_id, name)
);
