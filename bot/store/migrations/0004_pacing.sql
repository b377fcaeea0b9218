-- Pacing and GM tools: secrets the narrator keeps, the GM audit log, scheduled sessions.

-- Facts the narrator knows and may use but must never state. `keys` (JSON list) are
-- terms that must not appear in any spelling (a password, a true name).
CREATE TABLE campaign_secrets (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    text        TEXT    NOT NULL,
    keys        TEXT    NOT NULL DEFAULT '[]',
    created_by  TEXT    NOT NULL,
    created_at  REAL    NOT NULL,
    removed_at  REAL
);
CREATE INDEX campaign_secrets_live ON campaign_secrets (campaign_id, removed_at);

-- Every GM override, in order: who did what, where, with what.
CREATE TABLE gm_audit (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    scene_id    INTEGER REFERENCES scenes (id),
    gm_id       TEXT    NOT NULL,
    gm_name     TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    detail      TEXT    NOT NULL DEFAULT '{}',
    created_at  REAL    NOT NULL
);
CREATE INDEX gm_audit_by_campaign ON gm_audit (campaign_id, id);

-- Play sessions planned ahead; `starts_at` is UTC epoch seconds, `timezone` the IANA
-- name the GM gave, kept to show the time back the way it was asked for.
CREATE TABLE play_sessions (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
    channel_id  INTEGER,
    title       TEXT    NOT NULL DEFAULT '',
    starts_at   REAL    NOT NULL,
    timezone    TEXT    NOT NULL,
    created_by  TEXT    NOT NULL,
    status      TEXT    NOT NULL DEFAULT 'scheduled',
    created_at  REAL    NOT NULL
);
CREATE INDEX play_sessions_by_campaign ON play_sessions (campaign_id, status, starts_at);

-- One row per reminder of a session (e.g. 24 h and 15 min before); rows, like
-- deadlines, survive restarts and fire exactly once.
CREATE TABLE session_reminders (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,  -- ids name scheduler jobs: never reuse
    session_id   INTEGER NOT NULL REFERENCES play_sessions (id),
    fire_at      REAL    NOT NULL,
    lead_seconds REAL    NOT NULL,
    fired_at     REAL
);
CREATE INDEX session_reminders_pending ON session_reminders (fired_at, fire_at);
