package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import dev.quicnprotochat.domain.session.Session;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/// Builders for server-side test values. Random ones are unique per call, so contract tests can share one database
/// between tests without cleaning it.
public final class ServerTestData {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final AtomicLong COUNTER = new AtomicLong();

  private ServerTestData() {}

  public static IdentityKey anIdentityKey() {
    return IdentityKey.of(randomBytes(32));
  }

  public static Username aUsername() {
    return Username.of("u" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-"
        + COUNTER.incrementAndGet());
  }

  public static ChannelId aGroupChannelId() {
    return ChannelId.randomGroupId(RANDOM);
  }

  public static RegistrationRecord aRegistrationRecord() {
    return new RegistrationRecord(Bytes.wrap(randomBytes(64)));
  }

  public static RegisteredUser aRegisteredUser() {
    return new RegisteredUser(
        aUsername(), anIdentityKey(), aRegistrationRecord(), Instant.parse("2026-01-01T00:00:00Z"));
  }

  public static Bytes aPayload(String text) {
    return Bytes.of(text.getBytes(StandardCharsets.UTF_8));
  }

  public static Envelope anEnvelope(IdentityKey recipient, ChannelId channel, String text) {
    return new Envelope(recipient, channel, aPayload(text), Optional.empty());
  }

  /// A single-use key package with random contents and a ref derived from them.
  public static StoredKeyPackage aKeyPackage() {
    return keyPackage(false);
  }

  public static StoredKeyPackage aLastResortKeyPackage() {
    return keyPackage(true);
  }

  public static Session aSession(SessionToken token, RegisteredUser user, Instant now, Duration lifetime) {
    return Session.start(token.hash(), user.username(), user.identityKey(), now, lifetime);
  }

  public static SessionToken aSessionToken() {
    return SessionToken.generate(RANDOM);
  }

  public static byte[] randomBytes(int length) {
    byte[] value = new byte[length];
    RANDOM.nextBytes(value);
    return value;
  }

  private static StoredKeyPackage keyPackage(boolean lastResort) {
    byte[] ref = randomBytes(32);
    return new StoredKeyPackage(new KeyPackageRef(Bytes.wrap(ref)), Bytes.wrap(randomBytes(96)), lastResort);
  }
}
