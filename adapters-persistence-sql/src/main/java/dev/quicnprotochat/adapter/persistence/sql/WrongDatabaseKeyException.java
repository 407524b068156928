package dev.quicnprotochat.adapter.persistence.sql;

import java.io.Serial;

/// The database could not be opened with the key given: a wrong password, a missing one for an encrypted database,
/// or a lost salt file. Nothing on disk was changed. An expected failure: it carries no stack trace.
public final class WrongDatabaseKeyException extends Exception {

  @Serial
  private static final long serialVersionUID = 1L;

  public WrongDatabaseKeyException(String message) {
    super(message, null, false, false);
  }
}
