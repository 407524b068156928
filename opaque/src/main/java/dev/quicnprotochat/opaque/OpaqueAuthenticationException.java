package dev.quicnprotochat.opaque;

/// Authentication failed: the envelope did not open (wrong password, or a tampered or fake credential response),
/// the server MAC in KE2 is wrong, or the client MAC in KE3 is wrong. Deliberately says nothing about which value
/// differed.
public final class OpaqueAuthenticationException extends OpaqueException {

  public OpaqueAuthenticationException(String message) {
    super(message);
  }
}
