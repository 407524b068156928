package dev.quicnprotochat.mls;

/// Bytes that do not decode as the expected RFC 9420 structure: truncated input, trailing bytes, a non-minimal
/// variable-length header, an unknown enum value where none is allowed.
public final class CodecException extends MlsException {

  public CodecException(String message) {
    super(message);
  }
}
