package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.application.port.in.InboxFull;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.NotAMember;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownChannel;
import dev.quicnprotochat.application.port.in.UnknownUser;

/// The wire errors of the result records many use cases share. Each handler's exhaustive switch calls these, so
/// one record always gets the same code and message.
final class Outcomes {
  private Outcomes() {}

  static CallException unauthenticated(Unauthenticated outcome) {
    return new CallException(CallError.UNAUTHENTICATED, switch (outcome.reason()) {
      case MISSING_TOKEN -> "this method needs a session: log in first";
      case INVALID_OR_EXPIRED_TOKEN -> "the session is unknown, revoked or expired: log in again";
    });
  }

  static CallException rateLimited(RateLimited outcome) {
    return new CallException(CallError.RATE_LIMITED,
        "too many calls on this session: retry in " + Math.max(1, outcome.retryAfter().toMillis()) + " ms");
  }

  static CallException invalidRequest(InvalidRequest outcome) {
    return new CallException(CallError.INVALID_REQUEST, oneLine(outcome.reason()));
  }

  static CallException unknownUser(UnknownUser outcome) {
    return new CallException(CallError.UNKNOWN_USER, "no such user");
  }

  static CallException unknownChannel(UnknownChannel outcome) {
    return new CallException(CallError.UNKNOWN_CHANNEL, "no such channel");
  }

  static CallException notAMember(NotAMember outcome) {
    return new CallException(CallError.NOT_A_MEMBER, "you are not a member of this channel");
  }

  static CallException inboxFull(InboxFull outcome) {
    return new CallException(CallError.INBOX_FULL,
        "the inbox of " + outcome.recipient() + " is full: nothing was delivered, retry later");
  }

  /// Keeps a reason to one printable line, whatever a store or validator put in it.
  static String oneLine(String text) {
    String line = text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("[^ -~]", "?");
    return line.length() <= 200 ? line : line.substring(0, 200) + "...";
  }
}
