package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.domain.session.SessionTokenHash;
import java.util.Optional;

/// Decides whether a session may make one more call now (DESIGN.md §2: calls per second per session).
@FunctionalInterface
public interface RateLimitPolicy {

  /// Consumes one call of `session`'s allowance; empty if the call may proceed, otherwise how long to wait.
  Optional<RateLimited> tryAcquire(SessionTokenHash session);

  /// A policy that admits everything, for tests and single-user setups.
  static RateLimitPolicy unlimited() {
    return session -> Optional.empty();
  }
}
