-- The entity index of long-term memory: what each story post names (proper names,
-- numbers, quoted terms; bot/engine/memory/entities.py), so a question naming an
-- entity, or a character, reaches the post that introduced it. Filled from Python
-- (`index_new_posts`) for posts past the mark in memory_index_marks.

-- One row per entity of a campaign: how many posts name it, and the first of them.
CREATE TABLE memory_entities (
    campaign_id   INTEGER NOT NULL REFERENCES campaigns (id),
    key           TEXT    NOT NULL,
    posts         INTEGER NOT NULL DEFAULT 0,
    first_post_id INTEGER NOT NULL,
    first_author  TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, key)
) WITHOUT ROWID;
CREATE INDEX memory_entities_by_first_post ON memory_entities (first_post_id);
CREATE INDEX memory_entities_by_author
    ON memory_entities (campaign_id, first_author, first_post_id);

CREATE TABLE post_entities (
    campaign_id INTEGER NOT NULL,
    key         TEXT    NOT NULL,
    post_id     INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, key, post_id)
) WITHOUT ROWID;
CREATE INDEX post_entities_by_post ON post_entities (post_id);

-- How far the index has read the posts table.
CREATE TABLE memory_index_marks (
    name         TEXT PRIMARY KEY,
    last_post_id INTEGER NOT NULL
);
INSERT INTO memory_index_marks (name, last_post_id) VALUES ('entities', 0);

-- A post deleted, redacted or rewritten leaves the index, and so does an entity it
-- introduced (the name came from its text).
CREATE TRIGGER post_entities_forget AFTER UPDATE OF content, deleted ON posts
WHEN NEW.deleted = 1 OR NEW.content IS NOT OLD.content
BEGIN
    DELETE FROM post_entities WHERE post_id = OLD.id;
    DELETE FROM memory_entities WHERE first_post_id = OLD.id;
END;

CREATE TRIGGER post_entities_removed AFTER DELETE ON posts
BEGIN
    DELETE FROM post_entities WHERE post_id = OLD.id;
    DELETE FROM memory_entities WHERE first_post_id = OLD.id;
END;
