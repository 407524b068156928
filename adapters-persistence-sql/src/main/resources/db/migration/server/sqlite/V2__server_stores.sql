-- Server stores (DESIGN.md §3, §4). Instants are (seconds, nanos) pairs so they come back exactly.
CREATE TABLE registered_user (
  username            TEXT    PRIMARY KEY,
  identity_key        BLOB    NOT NULL UNIQUE,
  registration_record BLOB    NOT NULL,
  registered_s        INTEGER NOT NULL,
  registered_n        INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE login_session (
  token_hash   BLOB    PRIMARY KEY,
  username     TEXT    NOT NULL,
  identity_key BLOB    NOT NULL,
  created_s    INTEGER NOT NULL,
  created_n    INTEGER NOT NULL,
  expires_s    INTEGER NOT NULL,
  expires_n    INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX login_session_by_expiry ON login_session (expires_s);

-- id keeps publication order, so take() hands out the oldest package first
CREATE TABLE key_package (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  identity_key BLOB    NOT NULL,
  ref          BLOB    NOT NULL,
  data         BLOB    NOT NULL,
  UNIQUE (identity_key, ref)
);

CREATE TABLE last_resort_key_package (
  identity_key BLOB PRIMARY KEY,
  ref          BLOB NOT NULL,
  data         BLOB NOT NULL
) WITHOUT ROWID;

-- the last sequence number handed out per inbox; kept after acks so numbers are never reused
CREATE TABLE inbox_counter (
  recipient BLOB    PRIMARY KEY,
  last_seq  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE inbox_entry (
  recipient  BLOB    NOT NULL,
  seq        INTEGER NOT NULL,
  channel_id BLOB    NOT NULL,
  payload    BLOB    NOT NULL,
  sender     BLOB,
  PRIMARY KEY (recipient, seq)
) WITHOUT ROWID;

CREATE TABLE channel (
  id    BLOB    PRIMARY KEY,
  kind  TEXT    NOT NULL,
  epoch INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE channel_member (
  channel_id   BLOB NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
  identity_key BLOB NOT NULL,
  PRIMARY KEY (channel_id, identity_key)
) WITHOUT ROWID;

CREATE TABLE channel_credential (
  channel_id BLOB    NOT NULL,
  epoch      INTEGER NOT NULL,
  hash       BLOB    NOT NULL,
  PRIMARY KEY (channel_id, epoch)
) WITHOUT ROWID;
