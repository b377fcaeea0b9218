-- The last prompt the narrator saw in each scene, part by part, for `/gm prompt` and
-- `loremaster prompt`: one row per scene, replaced on every narration attempt.
CREATE TABLE scene_prompts (
    scene_id INTEGER PRIMARY KEY REFERENCES scenes(id) ON DELETE CASCADE,
    round_no INTEGER NOT NULL,
    context_window INTEGER NOT NULL,
    reply_tokens INTEGER NOT NULL,
    sections TEXT NOT NULL,
    created_at REAL NOT NULL
);
