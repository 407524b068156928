-- Client conversation database (DESIGN.md §5). Times are epoch milliseconds (UTC).
CREATE TABLE conversation (
  id           BLOB    PRIMARY KEY,
  kind         TEXT    NOT NULL,
  title        TEXT    NOT NULL,
  created_at   INTEGER NOT NULL,
  muted        INTEGER NOT NULL DEFAULT 0,
  next_seq     INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

CREATE TABLE message (
  conversation_id BLOB    NOT NULL REFERENCES conversation(id) ON DELETE CASCADE,
  seq             INTEGER NOT NULL,
  direction       TEXT    NOT NULL,
  sender          TEXT    NOT NULL,
  sent_at         INTEGER NOT NULL,
  received_at     INTEGER NOT NULL,
  body            TEXT    NOT NULL,
  PRIMARY KEY (conversation_id, seq)
) WITHOUT ROWID;

CREATE INDEX message_by_time ON message(conversation_id, sent_at, seq);
