package dev.quicnprotochat.mls.group;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Welcome;
import dev.quicnprotochat.mls.testing.Vectors;
import dev.quicnprotochat.mls.tree.RatchetTree;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Runs every `passive-client-*.json` vector file (RFC 9420 §8.7, §12.4.2, §12.4.3) as the vector guide describes:
/// the three private keys must match the KeyPackage; the client joins from the Welcome (tree from the extension or
/// out of band, external PSKs supplied) and must reach `initial_epoch_authenticator`; then, epoch by epoch, it
/// caches the proposals, applies the commit and must reach each `epoch_authenticator`.
class PassiveClientVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.filesStartingWith("passive-client-").stream().flatMap(Vectors::cases);
  }

  @Test
  void theRunnerFindsTheVectorFiles() {
    var files = Vectors.filesStartingWith("passive-client-");
    assertFalse(files.isEmpty(), "no passive-client-*.json found");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void passiveClientFollowsTheGroup(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    KeyPackageIn kp = assertInstanceOf(MLSMessage.OfKeyPackage.class,
        MLSMessage.decode(Bytes.wrap(Vectors.hex(c, "key_package")))).keyPackage();
    // The vectors' lifetimes have long expired: judge every lifetime at the key package's own not_before.
    long notBefore = kp.leafNode().lifetime().orElseThrow().notBefore();
    Clock clock = Clock.fixed(Instant.ofEpochSecond(notBefore), ZoneOffset.UTC);
    KeyPackageBundle bundle = KeyPackageBundle.of(suite, kp, Vectors.hex(c, "init_priv"),
        Vectors.hex(c, "encryption_priv"), Vectors.hex(c, "signature_priv"), clock);

    Map<Bytes, byte[]> psks = new HashMap<>();
    for (JsonNode p : c.get("external_psks")) {
      psks.put(Bytes.wrap(Vectors.hex(p, "psk_id")), Vectors.hex(p, "psk"));
    }
    GroupConfig config = GroupConfig.defaults().withClock(clock).withPsks(PskStore.of(psks));
    byte[] treeBytes = Vectors.hex(c, "ratchet_tree");
    Optional<RatchetTree> tree = treeBytes == null ? Optional.empty()
        : Optional.of(RatchetTree.decode(Bytes.wrap(treeBytes)));
    Welcome welcome = assertInstanceOf(MLSMessage.OfWelcome.class,
        MLSMessage.decode(Bytes.wrap(Vectors.hex(c, "welcome")))).welcome();

    MlsGroup group = MlsGroup.joinFromWelcome(welcome, bundle, tree, config);
    assertArrayEquals(Vectors.hex(c, "initial_epoch_authenticator"), group.epochAuthenticator(),
        "initial epoch authenticator");

    int i = 0;
    for (JsonNode epoch : c.get("epochs")) {
      for (JsonNode p : epoch.get("proposals")) {
        assertInstanceOf(ProcessedMessage.ProposalStored.class,
            group.process(MLSMessage.decode(Bytes.wrap(HexOf.parse(p.asText())))), "proposal in epoch step " + i);
      }
      long before = group.epoch();
      assertInstanceOf(ProcessedMessage.CommitApplied.class,
          group.process(MLSMessage.decode(Bytes.wrap(Vectors.hex(epoch, "commit")))), "commit in epoch step " + i);
      assertEquals(before + 1, group.epoch());
      assertArrayEquals(Vectors.hex(epoch, "epoch_authenticator"), group.epochAuthenticator(),
          "epoch authenticator after epoch step " + i);
      i++;
    }
  }

  private static final class HexOf {
    static byte[] parse(String hex) {
      return java.util.HexFormat.of().parseHex(hex);
    }
  }
}
