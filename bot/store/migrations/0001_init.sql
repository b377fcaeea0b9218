-- The core domain: campaigns, scenes, characters, participants, posts, deadlines.

CREATE TABLE campaigns (
    id            INTEGER PRIMARY KEY,
    guild_id      INTEGER,
    title         TEXT    NOT NULL,
    premise       TEXT    NOT NULL DEFAULT '',
    narrator_card TEXT    NOT NULL DEFAULT 'narrator.json',
    content_rating TEXT   NOT NULL DEFAULT 'teen',
    lines_veils   TEXT    NOT NULL DEFAULT '{}',
    settings      TEXT    NOT NULL DEFAULT '{}',
    gm_role_ids   TEXT    NOT NULL DEFAULT '[]',
    category_id   INTEGER,
    status        TEXT    NOT NULL DEFAULT 'active',
    created_at    REAL    NOT NULL
);
CREATE INDEX campaigns_by_guild ON campaigns (guild_id, status);

CREATE TABLE scenes (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaigns (id),
    channel_id      INTEGER,
    title           TEXT    NOT NULL DEFAULT '',
    pacing_mode     TEXT    NOT NULL DEFAULT 'rounds',
    status          TEXT    NOT NULL DEFAULT 'active',
    round_no        INTEGER NOT NULL DEFAULT 1,
    round_opened_at REAL    NOT NULL DEFAULT 0,
    settings        TEXT    NOT NULL DEFAULT '{}',
    created_at      REAL    NOT NULL
);
CREATE INDEX scenes_by_channel ON scenes (channel_id, status);
CREATE INDEX scenes_by_campaign ON scenes (campaign_id);

CREATE TABLE characters (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    player_id   TEXT    NOT NULL,
    player_name TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    look        TEXT    NOT NULL DEFAULT '',
    traits      TEXT    NOT NULL DEFAULT '',
    notes       TEXT    NOT NULL DEFAULT '',
    status      TEXT    NOT NULL DEFAULT 'active',
    created_at  REAL    NOT NULL
);
CREATE INDEX characters_by_player ON characters (campaign_id, player_id, status);

CREATE TABLE participants (
    scene_id     INTEGER NOT NULL REFERENCES scenes (id),
    player_id    TEXT    NOT NULL,
    player_name  TEXT    NOT NULL,
    character_id INTEGER REFERENCES characters (id),
    status       TEXT    NOT NULL DEFAULT 'active',
    joined_at    REAL    NOT NULL,
    PRIMARY KEY (scene_id, player_id)
);

CREATE TABLE posts (
    id                 INTEGER PRIMARY KEY,
    scene_id           INTEGER NOT NULL REFERENCES scenes (id),
    seq                INTEGER NOT NULL,
    kind               TEXT    NOT NULL,
    author_id          TEXT    NOT NULL,
    author_name        TEXT    NOT NULL,
    content            TEXT    NOT NULL,
    round_no           INTEGER NOT NULL DEFAULT 0,
    character_id       INTEGER,
    discord_message_id INTEGER,
    meta               TEXT    NOT NULL DEFAULT '{}',
    created_at         REAL    NOT NULL,
    edited_at          REAL,
    deleted            INTEGER NOT NULL DEFAULT 0,
    UNIQUE (scene_id, seq)
);
CREATE INDEX posts_by_round ON posts (scene_id, round_no, seq);
CREATE INDEX posts_by_message ON posts (discord_message_id) WHERE discord_message_id IS NOT NULL;
CREATE INDEX posts_by_author ON posts (author_id);

CREATE TABLE deadlines (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids name scheduler jobs: never reuse
    scene_id   INTEGER NOT NULL REFERENCES scenes (id),
    kind       TEXT    NOT NULL,
    fire_at    REAL    NOT NULL,
    payload    TEXT    NOT NULL DEFAULT '{}',
    fired_at   REAL,
    created_at REAL    NOT NULL
);
CREATE INDEX deadlines_pending ON deadlines (fired_at, fire_at);
