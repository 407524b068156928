package dev.quicnprotochat.application.testing.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.clientstate.CachedSession;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.clientstate.KeyPackageSecret;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.clientstate.ServerAddress;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.domain.keypackage.KeyPackageRef;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;

/// Builders for client-state values, shared by the contract tests and the adapters' tests.
public final class ClientStateTestData {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ClientStateTestData() {}

  public static IdentityKeyPair anIdentity() {
    return IdentityKeyPair.generate(RANDOM);
  }

  public static IdentityKey anIdentityKey() {
    return anIdentity().publicKey();
  }

  public static KeyPackageRef aKeyPackageRef() {
    return new KeyPackageRef(Bytes.wrap(randomBytes(32)));
  }

  public static KeyPackageSecret aKeyPackageSecret() {
    return KeyPackageSecret.of(aKeyPackageRef(), false, randomBytes(64));
  }

  public static KeyPackageSecret aLastResortSecret() {
    return KeyPackageSecret.of(aKeyPackageRef(), true, randomBytes(64));
  }

  public static ChannelId aGroupId() {
    return ChannelId.randomGroupId(RANDOM);
  }

  /// A group state holding `marker` in the clear between random bytes, so scans of a state directory can look for it.
  public static SerializedGroupState aGroupState(String marker) {
    byte[] text = marker.getBytes(StandardCharsets.UTF_8);
    byte[] state = new byte[text.length + 64];
    RANDOM.nextBytes(state);
    System.arraycopy(text, 0, state, 32, text.length);
    return SerializedGroupState.of(state);
  }

  public static SerializedGroupState aGroupState() {
    return SerializedGroupState.of(randomBytes(200));
  }

  public static ServerAddress aServer() {
    return new ServerAddress("chat.example", 7000);
  }

  public static CachedSession aCachedSession(ServerAddress server, Username username, Instant expiresAt) {
    return new CachedSession(server, username, SessionToken.generate(RANDOM), expiresAt);
  }

  public static byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    RANDOM.nextBytes(bytes);
    return bytes;
  }
}
