package dev.quicnprotochat.mls.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.tree.Lifetime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// KeyPackage creation (RFC 9420 §10) through the group API: extensions, lifetime, key checks.
class KeyPackageBundleTest {

  private final CipherSuite suite = CipherSuites.byId(1);
  private final long now = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();

  @Test
  void aKeyPackageCarriesApplicationIdAndLastResortAndVerifiesWithinItsLifetime() {
    Bytes appId = Bytes.wrap(new byte[] {1, 2, 3});
    KeyPackageOptions options = new KeyPackageOptions(new Lifetime(now, now + 86_400), Optional.empty(),
        List.of(GroupExtensions.applicationId(appId)), List.of()).lastResort();
    KeyPackageBundle kp = KeyPackageBundle.create(suite, GroupTestData.identity(suite, "a"), options);
    Clock inside = Clock.fixed(Instant.ofEpochSecond(now + 10), ZoneOffset.UTC);
    kp.keyPackage().wire().verify(suite, inside);
    Extension leafExt = Extension.find(kp.keyPackage().leafNode().extensions(), ExtensionType.APPLICATION_ID)
        .orElseThrow();
    assertEquals(appId, GroupExtensions.decodeApplicationId(leafExt.extensionData()));
    assertTrue(Extension.find(kp.keyPackage().extensions(), GroupExtensions.LAST_RESORT).isPresent());
    assertTrue(kp.keyPackage().leafNode().capabilities().extensions().contains(ExtensionType.APPLICATION_ID));

    Clock after = Clock.fixed(Instant.ofEpochSecond(now + 90_000), ZoneOffset.UTC);
    assertEquals(ValidationCheck.LIFETIME, assertThrows(ValidationException.class,
        () -> kp.keyPackage().wire().verify(suite, after)).check());
    assertEquals(kp.keyPackage().initKey(), kp.keyPackage().wire().initKey());
    assertTrue(!kp.keyPackage().initKey().equals(kp.keyPackage().leafNode().encryptionKey()));
  }

  @Test
  void anAddedMembersLeafShowsItsApplicationId() {
    MlsGroup a = GroupTestData.create(suite, "a", GroupTestData.config());
    Bytes appId = Bytes.wrap(new byte[] {7});
    long t = Clock.systemUTC().instant().getEpochSecond();
    KeyPackageBundle kp = KeyPackageBundle.create(suite, GroupTestData.identity(suite, "b"), new KeyPackageOptions(
        new Lifetime(t - 60, t + 3600), Optional.empty(), List.of(GroupExtensions.applicationId(appId)), List.of()));
    CommitResult r = a.commitAdds(List.of(kp.keyPackage().wire()));
    a.mergePendingCommit();
    MlsGroup b = MlsGroup.joinFromWelcome(r.welcome().orElseThrow(), kp, Optional.empty(), GroupTestData.config());
    var leaf = a.ratchetTree().leaf(b.ownLeaf()).orElseThrow();
    assertEquals(appId, GroupExtensions.decodeApplicationId(Extension.find(leaf.extensions(),
        ExtensionType.APPLICATION_ID).orElseThrow().extensionData()));
  }

  @Test
  void wrongPrivateKeysAndInvertedLifetimesAreRefused() {
    KeyPackageBundle kp = GroupTestData.keyPackage(suite, "a");
    KeyPackageBundle other = GroupTestData.keyPackage(suite, "b");
    Clock clock = Clock.systemUTC();
    assertThrows(UsageException.class, () -> KeyPackageBundle.of(suite, kp.keyPackage().wire(),
        other.initKey().privateKey(), kp.encryptionKey().privateKey(), kp.signatureKeys().privateKey(), clock));
    assertThrows(UsageException.class, () -> KeyPackageBundle.of(suite, kp.keyPackage().wire(),
        kp.initKey().privateKey(), kp.encryptionKey().privateKey(), other.signatureKeys().privateKey(), clock));
    assertEquals(kp.ref(), KeyPackageBundle.of(suite, kp.keyPackage().wire(), kp.initKey().privateKey(),
        kp.encryptionKey().privateKey(), kp.signatureKeys().privateKey(), clock).ref());
    assertThrows(UsageException.class, () -> new KeyPackageOptions(new Lifetime(now + 1, now), Optional.empty(),
        List.of(), List.of()));
  }
}
