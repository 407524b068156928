package dev.quicnprotochat.adapter.cli;

/// A profile could not be opened; the message is one line a person understands (wrong state password, the state
/// directory is in use by another client, a state password is needed, the directory cannot be created, ...).
public final class ProfileException extends Exception {
  public ProfileException(String message) {
    super(message, null, false, false);
  }
}
