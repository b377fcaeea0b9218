-- Training data from play (issue #20): what players and GMs thought of narrations,
-- who agreed to share it, and the prompts that produced them.

-- Prompts, stored once per distinct message: consecutive rounds repeat the system
-- prompt and most of the history, so a narration's prompt costs only its new parts.
-- `body` is the zlib-compressed UTF-8 text; `hash` the SHA-256 of role and text.
CREATE TABLE prompt_messages (
    hash TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    body BLOB NOT NULL
);

-- A whole prompt: the hashes of its messages in order (a JSON list). Its own hash is
-- the `prompt_ref` a narration's meta keeps.
CREATE TABLE prompt_refs (
    hash TEXT PRIMARY KEY,
    messages TEXT NOT NULL
);

-- Reactions and ratings of a narration, one per player and kind: kind 'thumb' holds
-- +1 or -1, kind 'rating' 1 to 5. `version` is the version shown when it was given.
CREATE TABLE narration_reactions (
    post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    player_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    value INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    created_at REAL NOT NULL,
    PRIMARY KEY (post_id, player_id, kind)
);
CREATE INDEX narration_reactions_player ON narration_reactions (player_id);

-- Narrations that never became canon but say what was not wanted: drafts a GM sent
-- back in review ('review_redraft', 'review_steer').
CREATE TABLE narration_candidates (
    id INTEGER PRIMARY KEY,
    scene_id INTEGER NOT NULL REFERENCES scenes(id) ON DELETE CASCADE,
    round_no INTEGER NOT NULL,
    source TEXT NOT NULL,
    content TEXT NOT NULL,
    prompt_ref TEXT,
    created_at REAL NOT NULL
);
CREATE INDEX narration_candidates_round ON narration_candidates (scene_id, round_no);

-- Each player's consent, per campaign (none = no). `forgotten_at`: when the player
-- asked to be forgotten; scenes begun before it never leave the database again.
CREATE TABLE data_consent (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    player_id TEXT NOT NULL,
    consent INTEGER NOT NULL,
    forgotten_at REAL,
    updated_at REAL NOT NULL,
    PRIMARY KEY (campaign_id, player_id)
);

-- Keys the exporter keeps between runs (the pseudonym key: the same player gets the
-- same pseudonym in every export of this database, and no one can reverse it).
CREATE TABLE export_keys (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
