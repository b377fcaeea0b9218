-- Turns keep a scene's recent posts between them and read only what was appended since.
-- Any other change to a post bumps its scene's revision in the same statement, so the
-- next turn sees the change and reads the posts afresh.
ALTER TABLE scenes ADD COLUMN posts_revision INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER post_changed_bumps_revision AFTER UPDATE ON posts
BEGIN
    UPDATE scenes SET posts_revision = posts_revision + 1
    WHERE id IN (OLD.scene_id, NEW.scene_id);
END;

CREATE TRIGGER post_removed_bumps_revision AFTER DELETE ON posts
BEGIN
    UPDATE scenes SET posts_revision = posts_revision + 1 WHERE id = OLD.scene_id;
END;
