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
      case INBOX_FULL -> Qpc.ErrorCode.INBOX_FULL;
      case UNAUTHENTICATED -> Qpc.ErrorCode.UNAUTHENTICATED;
      case NOT_A_MEMBER -> Qpc.ErrorCode.NOT_A_MEMBER;
      case UNKNOWN_USER -> Qpc.ErrorCode.UNKNOWN_USER;
      case UNKNOWN_CHANNEL -> Qpc.ErrorCode.UNKNOWN_CHANNEL;
      case USERNAME_TAKEN -> Qpc.ErrorCode.USERNAME_TAKEN;
      case IDENTITY_KEY_TAKEN -> Qpc.ErrorCode.IDENTITY_KEY_TAKEN;
      case INVALID_KEY_PACKAGE -> Qpc.ErrorCode.INVALID_KEY_PACKAGE;
      case TOO_MANY_KEY_PACKAGES -> Qpc.ErrorCode.TOO_MANY_KEY_PACKAGES;
      case NO_KEY_PACKAGE -> Qpc.ErrorCode.NO_KEY_PACKAGE;
      case STALE_EPOCH -> Qpc.ErrorCode.STALE_EPOCH;
      case FUTURE_EPOCH -> Qpc.ErrorCode.FUTURE_EPOCH;
      case MEMBERSHIP_REFUSED -> Qpc.ErrorCode.MEMBERSHIP_REFUSED;
      case RECIPIENT_NOT_A_MEMBER -> Qpc.ErrorCode.RECIPIENT_NOT_A_MEMBER;
      case REGISTRATION_CLOSED -> Qpc.ErrorCode.REGISTRATION_CLOSED;
      case CREDENTIAL_REFUSED -> Qpc.ErrorCode.CREDENTIAL_REFUSED;
      case SEALED_SENDER_DISABLED -> Qpc.ErrorCode.SEALED_SENDER_DISABLED;
      case LOGIN_FAILED -> Qpc.ErrorCode.LOGIN_FAILED;
      case INVALID_REQUEST -> Qpc.ErrorCode.INVALID_REQUEST;
      case INTERNAL, UNRECOGNISED -> Qpc.ErrorCode.INTERNAL;
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
      case UNAUTHENTICATED -> CallError.UNAUTHENTICATED;
      case NOT_A_MEMBER -> CallError.NOT_A_MEMBER;
      case UNKNOWN_USER -> CallError.UNKNOWN_USER;
      case UNKNOWN_CHANNEL -> CallError.UNKNOWN_CHANNEL;
      case USERNAME_TAKEN -> CallError.USERNAME_TAKEN;
      case IDENTITY_KEY_TAKEN -> CallError.IDENTITY_KEY_TAKEN;
      case INVALID_KEY_PACKAGE -> CallError.INVALID_KEY_PACKAGE;
      case TOO_MANY_KEY_PACKAGES -> CallError.TOO_MANY_KEY_PACKAGES;
      case NO_KEY_PACKAGE -> CallError.NO_KEY_PACKAGE;
      case STALE_EPOCH -> CallError.STALE_EPOCH;
      case FUTURE_EPOCH -> CallError.FUTURE_EPOCH;
      case MEMBERSHIP_REFUSED -> CallError.MEMBERSHIP_REFUSED;
      case RECIPIENT_NOT_A_MEMBER -> CallError.RECIPIENT_NOT_A_MEMBER;
      case REGISTRATION_CLOSED -> CallError.REGISTRATION_CLOSED;
      case CREDENTIAL_REFUSED -> CallError.CREDENTIAL_REFUSED;
      case SEALED_SENDER_DISABLED -> CallError.SEALED_SENDER_DISABLED;
      case LOGIN_FAILED -> CallError.LOGIN_FAILED;
      case INVALID_REQUEST -> CallError.INVALID_REQUEST;
      case UNSPECIFIED, _NOT_IN_SCHEMA -> CallError.UNRECOGNISED;
    };
  }

  /// Fills `response` with an `Error` for `failure`.
  static void write(CallException failure, Qpc.Response.Builder response) {
    Qpc.Error.Builder error = response.initError();
    error.setCode((short) toWire(failure.error()).ordinal());
    error.setMessage(failure.getMessage());
    failure.currentEpoch().ifPresent(error::setCurrentEpoch);
  }

  /// Reads a wire `Error` into the exception a client raises.
  static CallException read(Qpc.Error.Reader error) {
    int code = Short.toUnsignedInt(error.getCode());
    CallError kind = fromWire(code);
    String message = error.hasMessage() ? error.getMessage().toString() : "";
    if (kind == CallError.UNRECOGNISED) {
      return new CallException(kind, "server error code " + code + ": " + message);
    }
    if ((kind == CallError.STALE_EPOCH || kind == CallError.FUTURE_EPOCH) && error.getCurrentEpoch() >= 0) {
      return CallException.withEpoch(kind, message, error.getCurrentEpoch());
    }
    return new CallException(kind, message);
  }
}
