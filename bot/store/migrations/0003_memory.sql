-- Long-term memory: chapter summaries and the chronicle, world state, the
-- full-text index the narrator recalls old events from, and memory snapshots.

-- A chapter summarises posts first_seq..last_seq of one scene; the chronicle
-- (one per campaign, scene_id NULL) rolls up chapters marked in_chronicle.
-- stale = 1: a post it covers was edited, deleted or redacted; recompute it.
CREATE TABLE memory_summaries (
    id           INTEGER PRIMARY KEY,
    campaign_id  INTEGER NOT NULL REFERENCES campaigns (id),
    scene_id     INTEGER REFERENCES scenes (id),
    level        TEXT    NOT NULL CHECK (level IN ('chapter', 'chronicle')),
    first_seq    INTEGER NOT NULL DEFAULT 0,
    last_seq     INTEGER NOT NULL DEFAULT 0,
    content      TEXT    NOT NULL,
    stale        INTEGER NOT NULL DEFAULT 0,
    in_chronicle INTEGER NOT NULL DEFAULT 0,
    created_at   REAL    NOT NULL,
    updated_at   REAL    NOT NULL
);
CREATE INDEX memory_summaries_by_scene ON memory_summaries (scene_id, level, first_seq);
CREATE INDEX memory_summaries_by_campaign ON memory_summaries (campaign_id, level);
CREATE UNIQUE INDEX memory_one_chronicle ON memory_summaries (campaign_id)
    WHERE level = 'chronicle';

-- One row per campaign: the state as JSON, and the GM's edits to replay after a rebuild.
CREATE TABLE world_states (
    campaign_id INTEGER PRIMARY KEY REFERENCES campaigns (id),
    state       TEXT    NOT NULL DEFAULT '{}',
    gm_edits    TEXT    NOT NULL DEFAULT '[]',
    updated_at  REAL    NOT NULL
);

-- The memory text a scene's prompt used, and the window start it was made for:
-- kept until the window folds, so the system message stays byte-identical.
CREATE TABLE memory_snapshots (
    scene_id     INTEGER PRIMARY KEY REFERENCES scenes (id),
    window_start INTEGER NOT NULL,
    content      TEXT    NOT NULL,
    created_at   REAL    NOT NULL
);

-- Story posts the narrator may recall: live, and never ooc, gm_note, whisper or pass.
CREATE VIRTUAL TABLE post_fts USING fts5 (
    body, campaign_id UNINDEXED, scene_id UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE summary_fts USING fts5 (
    body, campaign_id UNINDEXED, scene_id UNINDEXED,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

INSERT INTO post_fts (rowid, body, campaign_id, scene_id)
    SELECT p.id, p.content, s.campaign_id, p.scene_id FROM posts p JOIN scenes s ON s.id = p.scene_id
    WHERE p.deleted = 0 AND p.kind IN ('action', 'narration', 'gm_narration', 'opening');

CREATE TRIGGER post_fts_insert AFTER INSERT ON posts
WHEN NEW.deleted = 0 AND NEW.kind IN ('action', 'narration', 'gm_narration', 'opening')
BEGIN
    INSERT INTO post_fts (rowid, body, campaign_id, scene_id)
    VALUES (NEW.id, NEW.content,
            (SELECT campaign_id FROM scenes WHERE id = NEW.scene_id), NEW.scene_id);
END;

CREATE TRIGGER post_fts_update AFTER UPDATE OF content, deleted, kind ON posts
BEGIN
    DELETE FROM post_fts WHERE rowid = OLD.id;
    INSERT INTO post_fts (rowid, body, campaign_id, scene_id)
    SELECT NEW.id, NEW.content, s.campaign_id, NEW.scene_id FROM scenes s
    WHERE s.id = NEW.scene_id AND NEW.deleted = 0
      AND NEW.kind IN ('action', 'narration', 'gm_narration', 'opening');
END;

CREATE TRIGGER post_fts_delete AFTER DELETE ON posts
BEGIN
    DELETE FROM post_fts WHERE rowid = OLD.id;
END;

-- A retcon (edit, delete, redaction) makes every chapter covering the post stale.
CREATE TRIGGER posts_stale_chapters AFTER UPDATE OF content, deleted ON posts
WHEN OLD.content IS NOT NEW.content OR OLD.deleted IS NOT NEW.deleted
BEGIN
    UPDATE memory_summaries SET stale = 1
    WHERE level = 'chapter' AND scene_id = NEW.scene_id AND stale = 0
      AND NEW.seq BETWEEN first_seq AND last_seq;
END;

-- A stale chapter makes the chronicle that holds it stale, and drops the cached
-- memory of the campaign's scenes so no prompt repeats the retconned text.
CREATE TRIGGER summaries_stale_spread AFTER UPDATE OF stale ON memory_summaries
WHEN NEW.stale = 1 AND OLD.stale = 0
BEGIN
    UPDATE memory_summaries SET stale = 1
    WHERE level = 'chronicle' AND campaign_id = NEW.campaign_id AND stale = 0
      AND NEW.level = 'chapter' AND NEW.in_chronicle = 1;
    DELETE FROM memory_snapshots
    WHERE scene_id IN (SELECT id FROM scenes WHERE campaign_id = NEW.campaign_id);
END;

CREATE TRIGGER summary_fts_insert AFTER INSERT ON memory_summaries
WHEN NEW.stale = 0 AND NEW.level = 'chapter'
BEGIN
    INSERT INTO summary_fts (rowid, body, campaign_id, scene_id)
    VALUES (NEW.id, NEW.content, NEW.campaign_id, NEW.scene_id);
END;

CREATE TRIGGER summary_fts_update AFTER UPDATE OF content, stale ON memory_summaries
BEGIN
    DELETE FROM summary_fts WHERE rowid = OLD.id;
    INSERT INTO summary_fts (rowid, body, campaign_id, scene_id)
    SELECT NEW.id, NEW.content, NEW.campaign_id, NEW.scene_id
    WHERE NEW.stale = 0 AND NEW.level = 'chapter';
END;

CREATE TRIGGER summary_fts_delete AFTER DELETE ON memory_summaries
BEGIN
    DELETE FROM summary_fts WHERE rowid = OLD.id;
END;
