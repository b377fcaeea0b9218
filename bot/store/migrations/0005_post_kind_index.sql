-- Lookups by kind within a scene (GM steers, whispers, openings) without a scene scan.
CREATE INDEX posts_by_kind ON posts (scene_id, kind, seq);
