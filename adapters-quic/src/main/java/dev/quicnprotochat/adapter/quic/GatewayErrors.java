package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;
import dev.quicnprotochat.domain.channel.Epoch;
import java.util.Optional;

/// Maps a wire error ([CallException]) to the client port's [ServerCallException], in one exhaustive switch.
final class GatewayErrors {
  private GatewayErrors() {}

  static ServerCallException toServerError(CallException failure) {
    ServerErrorCode code = switch (failure.error()) {
      case MALFORMED_REQUEST -> ServerErrorCode.MALFORMED_REQUEST;
      case MESSAGE_TOO_LARGE -> ServerErrorCode.MESSAGE_TOO_LARGE;
      case UNKNOWN_METHOD -> ServerErrorCode.UNKNOWN_METHOD;
      case RATE_LIMITED -> ServerErrorCode.RATE_LIMITED;
      case UNAVAILABLE -> ServerErrorCode.UNAVAILABLE;
      case INTERNAL -> ServerErrorCode.INTERNAL;
      case INBOX_FULL -> ServerErrorCode.INBOX_FULL;
      case UNAUTHENTICATED -> ServerErrorCode.UNAUTHENTICATED;
      case NOT_A_MEMBER -> ServerErrorCode.NOT_A_MEMBER;
      case UNKNOWN_USER -> ServerErrorCode.UNKNOWN_USER;
      case UNKNOWN_CHANNEL -> ServerErrorCode.UNKNOWN_CHANNEL;
      case USERNAME_TAKEN -> ServerErrorCode.USERNAME_TAKEN;
      case IDENTITY_KEY_TAKEN -> ServerErrorCode.IDENTITY_KEY_TAKEN;
      case INVALID_KEY_PACKAGE -> ServerErrorCode.INVALID_KEY_PACKAGE;
      case TOO_MANY_KEY_PACKAGES -> ServerErrorCode.TOO_MANY_KEY_PACKAGES;
      case NO_KEY_PACKAGE -> ServerErrorCode.NO_KEY_PACKAGE;
      case STALE_EPOCH -> ServerErrorCode.STALE_EPOCH;
      case FUTURE_EPOCH -> ServerErrorCode.FUTURE_EPOCH;
      case MEMBERSHIP_REFUSED -> ServerErrorCode.MEMBERSHIP_REFUSED;
      case RECIPIENT_NOT_A_MEMBER -> ServerErrorCode.RECIPIENT_NOT_A_MEMBER;
      case REGISTRATION_CLOSED -> ServerErrorCode.REGISTRATION_CLOSED;
      case CREDENTIAL_REFUSED -> ServerErrorCode.CREDENTIAL_REFUSED;
      case SEALED_SENDER_DISABLED -> ServerErrorCode.SEALED_SENDER_DISABLED;
      case LOGIN_FAILED -> ServerErrorCode.LOGIN_FAILED;
      case INVALID_REQUEST -> ServerErrorCode.INVALID_REQUEST;
      case UNRECOGNISED -> ServerErrorCode.UNRECOGNISED;
    };
    Optional<Epoch> epoch = failure.currentEpoch().isPresent()
        ? Optional.of(new Epoch(failure.currentEpoch().getAsLong()))
        : Optional.empty();
    return new ServerCallException(code, failure.getMessage(), epoch);
  }
}
