package dev.quicnprotochat.mls;

/// Root of every failure the MLS library reports.
///
/// The family separates who is at fault, as openmls does: malformed bytes ([CodecException]), well-formed but
/// invalid peer input ([ValidationException]), caller misuse ([UsageException]), a failing primitive
/// ([CryptoException]) and a bug in this library ([InternalException]). Callers can switch over it exhaustively.
public abstract sealed class MlsException extends RuntimeException
    permits CodecException, ValidationException, UsageException, CryptoException, InternalException {

  protected MlsException(String message) {
    super(message, null, false, false);
  }

  protected MlsException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
