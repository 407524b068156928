package dev.quicnprotochat.mls.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.group.CommitOptions;
import dev.quicnprotochat.mls.group.CommitResult;
import dev.quicnprotochat.mls.group.GroupConfig;
import dev.quicnprotochat.mls.group.ProcessedMessage;
import dev.quicnprotochat.mls.group.WireFormatPolicy;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/// Whole group lifecycles between the Java group engine ([dev.quicnprotochat.mls.group.MlsGroup]) and ts-mls
/// 1.6.4, on suites 1 and 3, with handshakes as PublicMessage and as PrivateMessage. After every epoch change
/// both sides must report the same epoch authenticator (RFC 9420 §8.7) and exporter output.
@Timeout(60)
class TsMlsInteropIntegrationTest {

  private static final byte[] GROUP_ID = "interop-group".getBytes(StandardCharsets.UTF_8);

  /// (a) Java creates the group and adds ts-mls; Java commits an Update (a path commit), then removes ts-mls.
  @ParameterizedTest(name = "suite {0}, {1} handshakes")
  @CsvSource({"1, PUBLIC", "1, PRIVATE", "3, PUBLIC", "3, PRIVATE"})
  void tsMlsFollowsAJavaGroupThroughAddUpdateAndRemove(int suiteId, WireFormatPolicy wire) {
    JavaMember alice = new JavaMember(CipherSuites.byId(suiteId), "alice", config(wire));
    try (TsMlsPeer peer = TsMlsPeer.start()) {
      TsMlsMember bob = peer.member();
      bob.init(suiteId, utf8("bob"), true);
      alice.createGroup(GROUP_ID);

      CommitResult add = alice.group.commitAdds(List.of(JavaMember.keyPackageIn(bob.createKeyPackage())));
      assertEquals(wire == WireFormatPolicy.PUBLIC ? WireFormat.PUBLIC_MESSAGE : WireFormat.PRIVATE_MESSAGE,
          add.commit().wireFormat());
      alice.group.mergePendingCommit();
      assertEquals(1, bob.joinFromWelcome(JavaMember.bytes(new MLSMessage.OfWelcome(add.welcome().orElseThrow()))));
      assertSameEpoch(alice, bob, 1);
      assertEquals(2, bob.members().size());
      exchange(alice, bob, 1);

      CommitResult update = alice.group.commit(new CommitOptions(List.of(), true, true));
      alice.group.mergePendingCommit();
      TsMlsMember.Processed updated = bob.processMessage(JavaMember.bytes(update.commit()));
      assertEquals("commit", updated.kind());
      assertEquals(2, updated.epoch());
      assertSameEpoch(alice, bob, 2);
      exchange(alice, bob, 2);

      CommitResult remove = alice.group.commit(CommitOptions.withInline(List.of(new Proposal.Remove(1))));
      alice.group.mergePendingCommit();
      TsMlsMember.Processed removed = bob.processMessage(JavaMember.bytes(remove.commit()));
      assertEquals("commit", removed.kind());
      assertTrue(removed.removed(), "ts-mls sees its own removal");
      assertFalse(bob.active());
      assertEquals(3, alice.group.epoch());
      assertEquals(1, alice.group.members().size());
      byte[] afterRemoval = alice.encrypt(utf8("bob must not read this"));
      assertEquals("mls", assertThrows(TsMlsException.class, () -> bob.processMessage(afterRemoval)).kind());
    }
  }

  /// (b) ts-mls creates the group and adds Java; Java follows ts-mls's Update, its Add of a third member (carol,
  /// ts-mls) and finally its own removal, sending and receiving in every epoch.
  @ParameterizedTest(name = "suite {0}, ts-mls {1} handshakes")
  @CsvSource({"1, PRIVATE", "1, PUBLIC", "3, PRIVATE", "3, PUBLIC"})
  void javaFollowsATsMlsGroupThroughUpdateAddAndItsOwnRemoval(int suiteId, TsMlsMember.Wire wire) {
    JavaMember bob = new JavaMember(CipherSuites.byId(suiteId), "bob", config(WireFormatPolicy.PUBLIC));
    try (TsMlsPeer peer = TsMlsPeer.start()) {
      TsMlsMember alice = peer.member("alice");
      TsMlsMember carol = peer.member("carol");
      alice.init(suiteId, utf8("alice"), true);
      carol.init(suiteId, utf8("carol"), true);
      alice.createGroup(GROUP_ID);

      TsMlsMember.Committed add = alice.addMembers(List.of(bob.keyPackage()), wire);
      bob.joinFromWelcome(add.welcome().orElseThrow());
      assertEquals(new LeafIndex(1), bob.group.ownLeaf());
      assertSameEpoch(bob, alice, 1);
      exchange(bob, alice, 1);

      TsMlsMember.Committed update = alice.update(wire);
      ProcessedMessage.CommitApplied applied = assertInstanceOf(ProcessedMessage.CommitApplied.class,
          bob.process(update.commit()));
      assertEquals(2, applied.epoch());
      assertEquals(new LeafIndex(0), applied.committer());
      assertSameEpoch(bob, alice, 2);
      exchange(bob, alice, 2);

      TsMlsMember.Committed addCarol = alice.addMembers(List.of(carol.createKeyPackage()), wire);
      applied = assertInstanceOf(ProcessedMessage.CommitApplied.class, bob.process(addCarol.commit()));
      assertEquals(1, applied.added().size());
      assertEquals(2, carol.joinFromWelcome(addCarol.welcome().orElseThrow()));
      assertSameEpoch(bob, alice, 3);
      assertSameEpoch(bob, carol, 3);
      exchange(bob, carol, 3);
      byte[] fromBob = bob.encrypt(utf8("to both"));
      assertArrayEquals(utf8("to both"), alice.processMessage(fromBob).plaintext().orElseThrow());
      assertArrayEquals(utf8("to both"), carol.processMessage(fromBob).plaintext().orElseThrow());

      TsMlsMember.Committed remove = alice.remove(1, wire);
      applied = assertInstanceOf(ProcessedMessage.CommitApplied.class, bob.process(remove.commit()));
      assertTrue(applied.selfRemoved());
      assertFalse(bob.group.isActive());
      assertEquals(4, carol.processMessage(remove.commit()).epoch());
      byte[] afterRemoval = alice.encrypt(utf8("bob must not read this"));
      assertThrows(RuntimeException.class, () -> bob.process(afterRemoval));
    }
  }

  private static GroupConfig config(WireFormatPolicy wire) {
    return GroupConfig.defaults().withHandshakeWireFormat(wire);
  }

  /// Both directions, two messages each, with distinct contents per epoch.
  private static void exchange(JavaMember java, TsMlsMember ts, long epoch) {
    List<byte[]> sent = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      byte[] text = utf8("java→ts-mls epoch " + epoch + " #" + i);
      byte[] message = java.encrypt(text);
      assertEquals(WireFormat.PRIVATE_MESSAGE, MLSMessage.decode(Bytes.wrap(message)).wireFormat());
      TsMlsMember.Processed got = ts.processMessage(message);
      assertEquals("application", got.kind());
      assertArrayEquals(text, got.plaintext().orElseThrow());
      sent.add(message);
    }
    assertNotEquals(Bytes.of(sent.get(0)), Bytes.of(sent.get(1)));
    for (int i = 0; i < 2; i++) {
      byte[] text = utf8("ts-mls→java epoch " + epoch + " #" + i);
      ProcessedMessage.ApplicationMessage got = assertInstanceOf(ProcessedMessage.ApplicationMessage.class,
          java.process(ts.encrypt(text)));
      assertEquals(epoch, got.epoch());
      assertEquals(Bytes.of(text), got.data());
    }
  }

  private static void assertSameEpoch(JavaMember java, TsMlsMember ts, long epoch) {
    assertEquals(epoch, java.group.epoch());
    assertEquals(epoch, ts.epoch());
    assertArrayEquals(ts.epochAuthenticator(), java.group.epochAuthenticator(), "epoch authenticator");
    byte[] context = utf8("epoch " + epoch);
    assertArrayEquals(ts.exportSecret("interop test", context, 32), java.group.export("interop test", context, 32),
        "MLS-Exporter");
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
