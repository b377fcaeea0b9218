-- A scene's runtime state leaves the JSON `settings` (which keeps configuration only)
-- for columns of its own, each written by a single-column UPDATE: two writers of
-- different keys can no longer overwrite each other's read-modify-write of one dict.
ALTER TABLE scenes ADD COLUMN window_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE scenes ADD COLUMN narrate_due_round INTEGER;
ALTER TABLE scenes ADD COLUMN nudged_round INTEGER;
ALTER TABLE scenes ADD COLUMN clock_started_at REAL;
ALTER TABLE scenes ADD COLUMN spotlight_holder TEXT;
ALTER TABLE scenes ADD COLUMN spotlight_order TEXT NOT NULL DEFAULT '[]';
ALTER TABLE scenes ADD COLUMN paced_round INTEGER;

-- Older versions kept these in `settings`: move them over, then drop them from it.
UPDATE scenes SET
    window_start = COALESCE(CAST(json_extract(settings, '$.window_start') AS INTEGER), 0),
    narrate_due_round = json_extract(settings, '$.narrate_due'),
    clock_started_at = json_extract(settings, '$.spotlight.turn_started_at'),
    spotlight_holder = json_extract(settings, '$.spotlight.holder'),
    spotlight_order = CASE json_type(settings, '$.spotlight.order')
        WHEN 'array' THEN json_extract(settings, '$.spotlight.order') ELSE '[]' END,
    paced_round = json_extract(settings, '$.spotlight.advanced_round')
WHERE json_valid(settings);

UPDATE scenes
SET settings = json_remove(settings, '$.window_start', '$.narrate_due', '$.spotlight')
WHERE json_valid(settings);
