-- A narration that closes its round opens the next one inside the same INSERT, so the
-- two are stored together or not at all, in one statement instead of a transaction.
ALTER TABLE posts ADD COLUMN closes_round INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER narration_opens_next_round AFTER INSERT ON posts
WHEN NEW.closes_round = 1
BEGIN
    UPDATE scenes SET round_no = round_no + 1, round_opened_at = NEW.created_at
    WHERE id = NEW.scene_id AND round_no = NEW.round_no;
END;
