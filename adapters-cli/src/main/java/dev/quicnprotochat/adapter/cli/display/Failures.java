package dev.quicnprotochat.adapter.cli.display;

import dev.quicnprotochat.application.port.in.client.NoIdentity;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.client.ServerErrorCode;

/// The one line for each shared failure record.
public final class Failures {
  private Failures() {}

  /// The connection failed; the message passes through (it names a changed certificate and what to do).
  public static String unreachable(ServerUnreachable failure) {
    return "server unreachable: " + Text.clean(failure.message());
  }

  public static String noIdentity(NoIdentity ignored) {
    return "this profile has no identity yet: run 'register' (or any command that talks to the server)";
  }

  /// What the server refused, with what to do where there is something to do.
  public static String refused(ServerRefused refusal) {
    String detail = Text.clean(refusal.message());
    String advice = switch (refusal.code()) {
      case UNAUTHENTICATED -> "the session is no longer valid: run 'login'";
      case NOT_A_MEMBER, RECIPIENT_NOT_A_MEMBER -> "not a member of this conversation";
      case UNKNOWN_USER -> "unknown user";
      case UNKNOWN_CHANNEL -> "the server does not know this conversation";
      case RATE_LIMITED -> "too many requests: wait a moment and retry";
      case UNAVAILABLE, INTERNAL -> "the server cannot answer now: retry later";
      case INBOX_FULL -> "a recipient's inbox is full: nothing was delivered";
      case MESSAGE_TOO_LARGE -> "the message is too large for this server";
      case REGISTRATION_CLOSED -> "registration needs the server's access code: set QUICNPROTOCHAT_AUTH_TOKEN";
      case LOGIN_FAILED -> "wrong password or unknown user";
      case USERNAME_TAKEN -> "the username is taken";
      case STALE_EPOCH, FUTURE_EPOCH -> "the group moved on while committing: retry";
      case MALFORMED_REQUEST, UNKNOWN_METHOD, IDENTITY_KEY_TAKEN, INVALID_KEY_PACKAGE, TOO_MANY_KEY_PACKAGES,
           NO_KEY_PACKAGE, MEMBERSHIP_REFUSED, CREDENTIAL_REFUSED, SEALED_SENDER_DISABLED, INVALID_REQUEST,
           UNRECOGNISED -> "server refused the request";
    };
    return detail.isBlank() || detail.equals(advice)
        ? advice + " (" + code(refusal.code()) + ")"
        : advice + " (" + code(refusal.code()) + "): " + detail;
  }

  private static String code(ServerErrorCode code) {
    return code.name();
  }
}
