package dev.quicnprotochat.application.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/// The server's policy knobs the use cases need; bootstrap builds it from the configuration (DESIGN.md §6).
///
/// @param sessionLifetime how long a session token is valid after login
/// @param registrationAuthToken the server access code registration requires, if any (a secret)
/// @param inboxDepthLimit the most entries one inbox may hold before application messages to it are refused
/// @param maxFetchLimit the most entries one fetch returns, whatever the client asks for
/// @param maxKeyPackages the most single-use key packages one identity may have stored
/// @param allowSealedSender whether sealed-sender sends are accepted
/// @param loginAttemptLifetime how long the server waits for KE3 after sending KE2
/// @param maxPendingLogins the most logins waiting for KE3 at once; more are rate-limited
public record ServerSettings(
    Duration sessionLifetime,
    Optional<String> registrationAuthToken,
    int inboxDepthLimit,
    int maxFetchLimit,
    int maxKeyPackages,
    boolean allowSealedSender,
    Duration loginAttemptLifetime,
    int maxPendingLogins) {

  public ServerSettings {
    requirePositive(sessionLifetime, "session lifetime");
    Objects.requireNonNull(registrationAuthToken, "registration auth token");
    if (registrationAuthToken.filter(String::isEmpty).isPresent()) {
      throw new IllegalArgumentException("an empty auth_token would admit everyone; leave it unset instead");
    }
    requirePositive(inboxDepthLimit, "inbox depth limit");
    requirePositive(maxFetchLimit, "fetch limit");
    requirePositive(maxKeyPackages, "key package limit");
    requirePositive(loginAttemptLifetime, "login attempt lifetime");
    requirePositive(maxPendingLogins, "pending login limit");
  }

  /// Defaults for a small server: day-long sessions, open registration, sealed sender off.
  public static ServerSettings defaults() {
    return new ServerSettings(Duration.ofHours(24), Optional.empty(), 10_000, 500, 200, false, Duration.ofMinutes(2),
        10_000);
  }

  public ServerSettings withSessionLifetime(Duration lifetime) {
    return new ServerSettings(lifetime, registrationAuthToken, inboxDepthLimit, maxFetchLimit, maxKeyPackages,
        allowSealedSender, loginAttemptLifetime, maxPendingLogins);
  }

  public ServerSettings withRegistrationAuthToken(String token) {
    return new ServerSettings(sessionLifetime, Optional.of(token), inboxDepthLimit, maxFetchLimit, maxKeyPackages,
        allowSealedSender, loginAttemptLifetime, maxPendingLogins);
  }

  public ServerSettings withInboxDepthLimit(int limit) {
    return new ServerSettings(sessionLifetime, registrationAuthToken, limit, maxFetchLimit, maxKeyPackages,
        allowSealedSender, loginAttemptLifetime, maxPendingLogins);
  }

  public ServerSettings withMaxKeyPackages(int limit) {
    return new ServerSettings(sessionLifetime, registrationAuthToken, inboxDepthLimit, maxFetchLimit, limit,
        allowSealedSender, loginAttemptLifetime, maxPendingLogins);
  }

  public ServerSettings withSealedSender(boolean allowed) {
    return new ServerSettings(sessionLifetime, registrationAuthToken, inboxDepthLimit, maxFetchLimit, maxKeyPackages,
        allowed, loginAttemptLifetime, maxPendingLogins);
  }

  public ServerSettings withMaxPendingLogins(int limit) {
    return new ServerSettings(sessionLifetime, registrationAuthToken, inboxDepthLimit, maxFetchLimit, maxKeyPackages,
        allowSealedSender, loginAttemptLifetime, limit);
  }

  /// Whether `presented` opens registration: always without a configured token, otherwise only the same token,
  /// compared in constant time.
  public boolean admitsRegistration(Optional<String> presented) {
    if (registrationAuthToken.isEmpty()) {
      return true;
    }
    return presented.isPresent() && MessageDigest.isEqual(
        registrationAuthToken.get().getBytes(StandardCharsets.UTF_8), presented.get().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "ServerSettings[sessionLifetime=" + sessionLifetime + ", registrationAuthToken="
        + (registrationAuthToken.isPresent() ? "set" : "unset") + ", inboxDepthLimit=" + inboxDepthLimit
        + ", maxFetchLimit=" + maxFetchLimit + ", maxKeyPackages=" + maxKeyPackages + ", allowSealedSender="
        + allowSealedSender + ", loginAttemptLifetime=" + loginAttemptLifetime + ", maxPendingLogins="
        + maxPendingLogins + "]";
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("the " + name + " must be positive");
    }
  }

  private static void requirePositive(int value, String name) {
    if (value < 1) {
      throw new IllegalArgumentException("the " + name + " must be at least 1, got " + value);
    }
  }
}
