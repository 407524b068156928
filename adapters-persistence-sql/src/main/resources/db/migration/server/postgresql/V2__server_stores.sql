-- Server stores (DESIGN.md §3, §4). Instants are (seconds, nanos) pairs so they come back exactly.
CREATE TABLE registered_user (
  username            TEXT   PRIMARY KEY,
  identity_key        BYTEA  NOT NULL UNIQUE,
  registration_record BYTEA  NOT NULL,
  registered_s        BIGINT NOT NULL,
  registered_n        INTEGER NOT NULL
);

CREATE TABLE login_session (
  token_hash   BYTEA   PRIMARY KEY,
  username     TEXT    NOT NULL,
  identity_key BYTEA   NOT NULL,
  created_s    BIGINT  NOT NULL,
  created_n    INTEGER NOT NULL,
  expires_s    BIGINT  NOT NULL,
  expires_n    INTEGER NOT NULL
);
CREATE INDEX login_session_by_expiry ON login_session (expires_s);

-- id keeps publication order, so take() hands out the oldest package first
CREATE TABLE key_package (
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  identity_key BYTEA  NOT NULL,
  ref          BYTEA  NOT NULL,
  data         BYTEA  NOT NULL,
  UNIQUE (identity_key, ref)
);

CREATE TABLE last_resort_key_package (
  identity_key BYTEA PRIMARY KEY,
  ref          BYTEA NOT NULL,
  data         BYTEA NOT NULL
);

-- the last sequence number handed out per inbox; kept after acks so numbers are never reused
CREATE TABLE inbox_counter (
  recipient BYTEA  PRIMARY KEY,
  last_seq  BIGINT NOT NULL
);

CREATE TABLE inbox_entry (
  recipient  BYTEA  NOT NULL,
  seq        BIGINT NOT NULL,
  channel_id BYTEA  NOT NULL,
  payload    BYTEA  NOT NULL,
  sender     BYTEA,
  PRIMARY KEY (recipient, seq)
);

CREATE TABLE channel (
  id    BYTEA  PRIMARY KEY,
  kind  TEXT   NOT NULL,
  epoch BIGINT NOT NULL
);

CREATE TABLE channel_member (
  channel_id   BYTEA NOT NULL REFERENCES channel (id) ON DELETE CASCADE,
  identity_key BYTEA NOT NULL,
  PRIMARY KEY (channel_id, identity_key)
);

CREATE TABLE channel_credential (
  channel_id BYTEA  NOT NULL,
  epoch      BIGINT NOT NULL,
  hash       BYTEA  NOT NULL,
  PRIMARY KEY (channel_id, epoch)
);
