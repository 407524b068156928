package dev.quicnprotochat.opaque;

/// The caller misused the API: a single-use state used twice, a configuration mismatch, an out-of-range parameter.
public final class OpaqueUsageException extends OpaqueException {

  public OpaqueUsageException(String message) {
    super(message);
  }
}
