-- Semantic recall: one vector per story post and embedding model (float32 bytes),
-- filled in the background like the entity index (memory_index_marks, one mark per
-- model, named 'vectors:<model>').
CREATE TABLE post_vectors (
    post_id     INTEGER NOT NULL,
    model       TEXT    NOT NULL,
    campaign_id INTEGER NOT NULL,
    vector      BLOB    NOT NULL,
    PRIMARY KEY (post_id, model)
) WITHOUT ROWID;
CREATE INDEX post_vectors_by_campaign ON post_vectors (campaign_id, model, post_id);

-- A post deleted, redacted or rewritten loses its vector.
CREATE TRIGGER post_vectors_forget AFTER UPDATE OF content, deleted ON posts
WHEN NEW.deleted = 1 OR NEW.content IS NOT OLD.content
BEGIN
    DELETE FROM post_vectors WHERE post_id = OLD.id;
END;

CREATE TRIGGER post_vectors_removed AFTER DELETE ON posts
BEGIN
    DELETE FROM post_vectors WHERE post_id = OLD.id;
END;
