package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.LoginAttemptId;
import dev.quicnprotochat.application.port.out.OpaqueServer.LoginState;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/// Logins between KE2 and KE3, in memory: both steps arrive on the same QUIC connection, hence the same node.
/// Each attempt is used at most once and expires after the configured lifetime; the number pending is bounded.
@Singleton
public final class PendingLogins {

  /// One login waiting for KE3; `user` is empty for an unknown username (whose KE3 can never succeed).
  public record Pending(Optional<RegisteredUser> user, LoginState state, Instant expiresAt) {}

  private final Map<LoginAttemptId, Pending> pending = new ConcurrentHashMap<>();
  private final ServerSettings settings;
  private final Clock clock;
  private final SecureRandom random;

  @Inject
  public PendingLogins(ServerSettings settings, Clock clock, SecureRandom random) {
    this.settings = settings;
    this.clock = clock;
    this.random = random;
  }

  /// Stores a new attempt under a fresh id; empty when too many logins are pending even after dropping expired ones.
  public Optional<LoginAttemptId> add(Optional<RegisteredUser> user, LoginState state) {
    Instant now = clock.instant();
    if (pending.size() >= settings.maxPendingLogins()) {
      pending.values().removeIf(attempt -> !now.isBefore(attempt.expiresAt()));
      if (pending.size() >= settings.maxPendingLogins()) {
        return Optional.empty();
      }
    }
    LoginAttemptId id = LoginAttemptId.random(random);
    pending.put(id, new Pending(user, state, now.plus(settings.loginAttemptLifetime())));
    return Optional.of(id);
  }

  /// Removes and returns the attempt if it exists and has not expired: a KE3 gets exactly one try.
  public Optional<Pending> take(LoginAttemptId id) {
    Pending attempt = pending.remove(id);
    if (attempt == null || !clock.instant().isBefore(attempt.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(attempt);
  }
}
