package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;

/// The one mapping between [CallError] and the schema's stable `ErrorCode` numbers. Both switches are exhaustive,
/// so adding a constant on either side fails the build until it is mapped here.
final class WireErrors {
  private WireErrors() {}

  static Qpc.ErrorCode toWire(CallError error) {
    return switch (error) {
      case MALFORMED_REQUEST -> Qpc.ErrorCode.MALFORMED_REQUEST;
      case MESSAGE_TOO_LARGE -> Qpc.ErrorCode.MESSAGE_TOO_LARGE;
      case UNKNOWN_METHOD -> Qpc.ErrorCode.UNKNOWN_METHOD;
      case RATE_LIMITED -> Qpc.ErrorCode.RATE_LIMITED;
      case UNAVAILABLE -> Qpc.ErrorCode.UNAVAILABLE;
      case INTERNAL, UNRECOGNISED -> Qpc.ErrorCode.INTERNAL;
      case INBOX_FULL -> Qpc.ErrorCode.INBOX_FULL;
    };
  }

  static CallError fromWire(int code) {
    Qpc.ErrorCode[] known = Qpc.ErrorCode.values();
    // the generated enum ends with _NOT_IN_SCHEMA, which is not a wire value
    if (code < 0 || code >= known.length - 1) {
      return CallError.UNRECOGNISED;
    }
    return switch (known[code]) {
      case MALFORMED_REQUEST -> CallError.MALFORMED_REQUEST;
      case MESSAGE_TOO_LARGE -> CallError.MESSAGE_TOO_LARGE;
      case UNKNOWN_METHOD -> CallError.UNKNOWN_METHOD;
      case RATE_LIMITED -> CallError.RATE_LIMITED;
      case UNAVAILABLE -> CallError.UNAVAILABLE;
      case INTERNAL -> CallError.INTERNAL;
      case INBOX_FULL -> CallError.INBOX_FULL;
      case UNSPECIFIED, _NOT_IN_SCHEMA -> CallError.UNRECOGNISED;
    };
  }

  /// Fills `response` with an `Error` for `failure`.
  static void write(CallException failure, Qpc.Response.Builder response) {
    Qpc.Error.Builder error = response.initError();
    error.setCode((short) toWire(failure.error()).ordinal());
    error.setMessage(failure.getMessage());
  }

  /// Reads a wire `Error` into the exception a client raises.
  static CallException read(Qpc.Error.Reader error) {
    int code = Short.toUnsignedInt(error.getCode());
    CallError kind = fromWire(code);
    String message = error.hasMessage() ? error.getMessage().toString() : "";
    return new CallException(kind, kind == CallError.UNRECOGNISED
        ? "server error code " + code + ": " + message
        : message);
  }
}
