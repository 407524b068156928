package dev.quicnprotochat.adapter.quic;

import dev.quicnprotochat.adapter.quic.wire.Qpc;
import dev.quicnprotochat.domain.session.SessionToken;
import java.util.Optional;

/// Reads `Request.sessionToken`, which travels outside the method union so every method carries it the same way.
final class SessionTokens {
  private SessionTokens() {}

  /// Absent or empty is no token; any other length than 32 bytes cannot be a token the server issued, so it is
  /// refused as `unauthenticated`, the same answer a wrong token of the right length gets.
  static Optional<SessionToken> read(Qpc.Request.Reader request) {
    if (!request.hasSessionToken()) {
      return Optional.empty();
    }
    byte[] value = request.getSessionToken().toArray();
    if (value.length == 0) {
      return Optional.empty();
    }
    if (value.length != SessionToken.LENGTH) {
      throw new CallException(CallError.UNAUTHENTICATED, "invalid session token: log in again");
    }
    return Optional.of(SessionToken.of(value));
  }
}
