package dev.quicnprotochat.opaque;

/// Peer bytes that do not decode: a wrong length, a non-canonical encoding, a point off the curve or equal to the
/// identity element, a zero scalar.
public final class OpaqueCodecException extends OpaqueException {

  public OpaqueCodecException(String message) {
    super(message);
  }
}
