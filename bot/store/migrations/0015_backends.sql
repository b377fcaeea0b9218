-- Endpoints a server's admins added (`/backend add`): an OpenAI-compatible URL, a model
-- and the key, sealed with the operator's LOREMASTER_SECRET_KEY (never stored in clear).
CREATE TABLE server_endpoints (
    guild_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    base_url TEXT NOT NULL,
    model TEXT NOT NULL DEFAULT '',
    sealed_key BLOB,
    added_by TEXT NOT NULL,
    added_at REAL NOT NULL,
    PRIMARY KEY (guild_id, name)
);

-- Which backends a server (campaign_id 0) or a campaign uses, in failover order (a
-- JSON list of names: the operator's backends and the server's endpoints).
CREATE TABLE backend_choices (
    guild_id INTEGER NOT NULL,
    campaign_id INTEGER NOT NULL DEFAULT 0,
    names TEXT NOT NULL,
    PRIMARY KEY (guild_id, campaign_id)
);
