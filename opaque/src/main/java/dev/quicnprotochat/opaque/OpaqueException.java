package dev.quicnprotochat.opaque;

/// Root of every failure the OPRF/OPAQUE library reports.
///
/// The family separates who is at fault: malformed bytes or invalid group elements from a peer
/// ([OpaqueCodecException]), a failed authentication such as a wrong password or a bad MAC
/// ([OpaqueAuthenticationException]), and caller misuse such as reusing a single-use state ([OpaqueUsageException]).
/// Messages are one line and never contain secret material. Stack traces are not captured: these are expected
/// outcomes, not bugs.
public abstract sealed class OpaqueException extends RuntimeException
    permits OpaqueCodecException, OpaqueAuthenticationException, OpaqueUsageException {

  protected OpaqueException(String message) {
    super(message, null, false, false);
  }
}
