package dev.quicnprotochat.mls.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.keypackage.KeyPackage;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.message.GroupSecrets;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Welcome;
import dev.quicnprotochat.mls.message.WelcomeDecryption;
import dev.quicnprotochat.mls.schedule.EpochSecrets;
import dev.quicnprotochat.mls.testing.MemberTestData;
import dev.quicnprotochat.mls.tree.Credential;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.tree.TreeValidation;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Interop below the group engine: the building blocks read what ts-mls writes. Java verifies ts-mls key packages
/// (with GREASE values) and, as a member ts-mls adds, decrypts its Welcome, checks the tree and the GroupInfo, and
/// derives the same epoch authenticator and exporter output as ts-mls.
@Timeout(60)
class TsMlsWireInteropIntegrationTest {

  private static final byte[] ALICE = "alice".getBytes(StandardCharsets.UTF_8);

  @ParameterizedTest(name = "suite {0}")
  @ValueSource(ints = {1, 3})
  void tsMlsKeyPackagesVerifyAndReencodeIdentically(int suiteId) {
    CipherSuite suite = CipherSuites.byId(suiteId);
    try (TsMlsPeer peer = TsMlsPeer.start()) {
      TsMlsMember ts = peer.member();
      byte[] signatureKey = ts.init(suiteId, ALICE, true);
      // GREASE is random per key package (p = 0.1 per value and list): several packages exercise it.
      for (int i = 0; i < 8; i++) {
        byte[] wire = ts.createKeyPackage();
        MLSMessage message = MLSMessage.decode(Bytes.wrap(wire));
        KeyPackageIn in = assertInstanceOf(MLSMessage.OfKeyPackage.class, message).keyPackage();
        KeyPackage kp = in.verify(suite, Clock.systemUTC());
        assertEquals(suiteId, kp.cipherSuite());
        assertEquals(new Credential.Basic(Bytes.of(ALICE)), kp.leafNode().credential());
        assertEquals(Bytes.of(signatureKey), kp.leafNode().signatureKey());
        assertArrayEquals(wire, message.toBytes().toByteArray(), "decode/encode is the identity on ts-mls bytes");
      }
    }
  }

  @ParameterizedTest(name = "suite {0}")
  @ValueSource(ints = {1, 3})
  void javaDecryptsATsMlsWelcomeAndAgreesOnTheEpoch(int suiteId) {
    CipherSuite suite = CipherSuites.byId(suiteId);
    MemberTestData.Member bob = MemberTestData.aMember(suite, "bob");
    byte[] groupId = "wire-interop".getBytes(StandardCharsets.UTF_8);
    try (TsMlsPeer peer = TsMlsPeer.start()) {
      TsMlsMember alice = peer.member();
      byte[] aliceKey = alice.init(suiteId, ALICE, true);
      alice.createGroup(groupId);
      byte[] bobKeyPackage = new MLSMessage.OfKeyPackage(bob.keyPackage().wire()).toBytes().toByteArray();
      TsMlsMember.Committed added = alice.addMembers(List.of(bobKeyPackage), TsMlsMember.Wire.PRIVATE);
      assertEquals(1, added.epoch());
      assertEquals(WireFormat.PRIVATE_MESSAGE, MLSMessage.decode(Bytes.wrap(added.commit())).wireFormat());

      Welcome welcome = assertInstanceOf(MLSMessage.OfWelcome.class,
          MLSMessage.decode(Bytes.wrap(added.welcome().orElseThrow()))).welcome();
      GroupSecrets secrets = WelcomeDecryption.decryptGroupSecrets(suite, welcome,
          WelcomeDecryption.entryFor(suite, welcome, bob.keyPackage().ref(suite)), bob.initKey());
      assertTrue(secrets.pathSecret().isEmpty(), "ts-mls add-only commits carry no path (docs/interop.md)");
      byte[] joiner = secrets.joinerSecret().toByteArray();
      byte[] noPsk = new byte[suite.hashLength()];
      GroupInfo info = WelcomeDecryption.decryptGroupInfo(suite, welcome, joiner, noPsk);
      EpochSecrets epoch = WelcomeDecryption.epochSecrets(suite, info, joiner, noPsk);

      assertEquals(1, info.groupContext().epoch());
      assertEquals(Bytes.of(groupId), info.groupContext().groupId());
      RatchetTree tree = RatchetTree.fromExtension(info.extension(ExtensionType.RATCHET_TREE).orElseThrow());
      TreeValidation.verifyReceivedTree(suite, tree, info.groupContext().groupId(), info.groupContext().treeHash());
      LeafNode signer = tree.leaf(info.signer()).orElseThrow();
      assertEquals(Bytes.of(aliceKey), signer.signatureKey());
      assertTrue(info.verifySignature(suite, signer.signatureKey()), "GroupInfo signed by ts-mls verifies");
      assertEquals(bob.leaf(), tree.leaf(new LeafIndex(1)).orElseThrow(), "our key package leaf, unchanged");

      assertArrayEquals(alice.epochAuthenticator(), epoch.epochAuthenticator());
      byte[] context = {1, 2, 3};
      assertArrayEquals(alice.exportSecret("interop", context, 42), epoch.export("interop", context, 42));
      assertNotEquals(Bytes.of(alice.exportSecret("interop", new byte[0], 42)),
          Bytes.of(epoch.export("interop", context, 42)), "the context is bound into the exporter");
    }
  }
}
