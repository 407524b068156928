package dev.quicnprotochat.mls.group;

import static dev.quicnprotochat.mls.group.GroupTestData.add;
import static dev.quicnprotochat.mls.group.GroupTestData.assertInSync;
import static dev.quicnprotochat.mls.group.GroupTestData.assertTalks;
import static dev.quicnprotochat.mls.group.GroupTestData.config;
import static dev.quicnprotochat.mls.group.GroupTestData.create;
import static dev.quicnprotochat.mls.group.GroupTestData.deliver;
import static dev.quicnprotochat.mls.group.GroupTestData.wire;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.FramedContentAuthData;
import dev.quicnprotochat.mls.framing.PrivateMessage;
import dev.quicnprotochat.mls.framing.PublicMessage;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.message.MLSMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// The group state as a value: rejected input changes nothing (down to the serialised bytes), and the state
/// survives a save/restore byte for byte while damaged bytes are refused.
class GroupStateTest {

  static Stream<CipherSuite> suites() {
    return Stream.of(1, 2, 3).map(CipherSuites::byId);
  }

  private static void assertRejectedUnchanged(MlsGroup g, ValidationCheck check, Supplier<MLSMessage> message) {
    byte[] before = g.toBytes();
    MLSMessage m = message.get();
    ValidationException e = assertThrows(ValidationException.class, () -> g.process(m));
    assertEquals(check, e.check(), e.getMessage());
    assertArrayEquals(before, g.toBytes(), "state changed by a rejected " + check + " message");
  }

  @ParameterizedTest
  @MethodSource("suites")
  void rejectedMessagesLeaveTheSerialisedStateIdentical(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    MlsGroup c = add(suite, a, "c", config(), b);

    // An application message whose ciphertext was altered: the ratchet key it would consume stays available.
    PrivateMessage pm = ((MLSMessage.OfPrivateMessage) a.encrypt(new byte[] {1, 2, 3})).message();
    byte[] ct = pm.ciphertext().toByteArray();
    ct[ct.length - 1] ^= 1;
    assertRejectedUnchanged(b, ValidationCheck.DECRYPTION, () -> new MLSMessage.OfPrivateMessage(new PrivateMessage(
        pm.groupId(), pm.epoch(), pm.contentType(), pm.authenticatedData(), pm.encryptedSenderData(),
        Bytes.wrap(ct))));
    assertEquals(3, ((ProcessedMessage.ApplicationMessage) b.process(new MLSMessage.OfPrivateMessage(pm)))
        .data().length());
    // The same message again is a replay.
    assertRejectedUnchanged(b, ValidationCheck.GENERATION, () -> new MLSMessage.OfPrivateMessage(pm));

    CommitResult commit = a.commit(CommitOptions.selfUpdate());
    PublicMessage good = ((MLSMessage.OfPublicMessage) commit.commit()).message();
    // A commit with a damaged membership tag.
    byte[] tag = good.membershipTag().orElseThrow().toByteArray();
    tag[0] ^= 1;
    assertRejectedUnchanged(b, ValidationCheck.MEMBERSHIP_TAG, () -> new MLSMessage.OfPublicMessage(
        new PublicMessage(good.content(), good.auth(), Optional.of(Bytes.wrap(tag)))));
    // A commit with a wrong confirmation tag but a valid membership tag (only a member could make one).
    byte[] confirmation = good.auth().confirmationTag().orElseThrow().toByteArray();
    confirmation[0] ^= 1;
    AuthenticatedContent badTag = new AuthenticatedContent(WireFormat.PUBLIC_MESSAGE, good.content(),
        new FramedContentAuthData(good.auth().signature(), Optional.of(Bytes.wrap(confirmation))));
    EpochState ep = a.state().current();
    assertRejectedUnchanged(b, ValidationCheck.CONFIRMATION_TAG, () -> new MLSMessage.OfPublicMessage(
        PublicMessage.protect(suite, badTag, ep.context(), ep.keys().membership())));

    // The untouched commit still applies, and everybody agrees afterwards.
    a.mergePendingCommit();
    deliver(commit.commit(), b, c);
    assertInSync(a, b, c);

    // A commit that refers to a proposal b never received.
    a.proposeRemove(c.ownLeaf());
    CommitResult byRef = a.commit(CommitOptions.pending());
    assertRejectedUnchanged(b, ValidationCheck.PROPOSAL_LIST, () -> wire(byRef.commit()));
    // A message for another epoch.
    assertRejectedUnchanged(c, ValidationCheck.WRONG_EPOCH, () -> wire(stale(a)));
  }

  /// A handshake message of the epoch before the current one.
  private static MLSMessage stale(MlsGroup a) {
    PublicMessage pm = ((MLSMessage.OfPublicMessage) a.proposeUpdate()).message();
    var content = pm.content();
    var older = new dev.quicnprotochat.mls.framing.FramedContent(content.groupId(), content.epoch() - 1,
        content.sender(), content.authenticatedData(), content.contentType(), content.body());
    return new MLSMessage.OfPublicMessage(new PublicMessage(older, pm.auth(), pm.membershipTag()));
  }

  @ParameterizedTest
  @MethodSource("suites")
  void stateRoundTripsByteForByteAndKeepsWorking(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    a.encrypt(new byte[] {9});
    deliver(b.proposeUpdate(), a);
    MLSMessage late = a.encrypt(new byte[] {1});
    a.encrypt(new byte[] {2});
    MLSMessage newest = a.encrypt(new byte[] {3});
    b.process(wire(newest));
    CommitResult pending = b.commit(CommitOptions.pending());

    for (MlsGroup g : new MlsGroup[] {a, b}) {
      byte[] saved = g.toBytes();
      assertArrayEquals(saved, MlsGroup.fromBytes(saved, config()).toBytes());
    }
    MlsGroup restoredB = MlsGroup.fromBytes(b.toBytes(), config());
    assertEquals(1, ((ProcessedMessage.ApplicationMessage) restoredB.process(wire(late))).data().get(0));
    restoredB.mergePendingCommit();
    MlsGroup restoredA = MlsGroup.fromBytes(a.toBytes(), config());
    deliver(pending.commit(), restoredA);
    assertInSync(restoredA, restoredB);
    assertTalks(restoredA, restoredB);
  }

  @Test
  void stateOfTheFormerFormatWithoutTreeHashesIsStillRead() {
    CipherSuite suite = CipherSuites.byId(1);
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    byte[] old = b.state().encode(1);
    assertEquals(1, old[0]);
    assertEquals(3, b.toBytes()[0]);
    assertTrue(old.length < b.toBytes().length, "format 1 lacks the tree hashes");
    MlsGroup restored = MlsGroup.fromBytes(old, config());
    assertArrayEquals(b.toBytes(), restored.toBytes(), "restored and saved again in the current format");
    deliver(a.commit(new CommitOptions(List.of(), true, true)).commit(), restored);
    a.mergePendingCommit();
    assertInSync(a, restored);
  }

  @Test
  void stateOfFormatTwoWithoutAReInitIsStillRead() {
    CipherSuite suite = CipherSuites.byId(1);
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    byte[] old = b.state().encode(2);
    assertEquals(2, old[0]);
    MlsGroup restored = MlsGroup.fromBytes(old, config());
    assertArrayEquals(b.toBytes(), restored.toBytes(), "restored and saved again in the current format");
    assertEquals(java.util.Optional.empty(), restored.committedReInit());
    deliver(a.commit(new CommitOptions(List.of(), true, true)).commit(), restored);
    a.mergePendingCommit();
    assertInSync(a, restored);
  }

  @Test
  void damagedStateIsACodecException() {
    CipherSuite suite = CipherSuites.byId(1);
    MlsGroup a = create(suite, "a", config());
    add(suite, a, "b", config());
    byte[] saved = a.toBytes();
    assertThrows(CodecException.class, () -> MlsGroup.fromBytes(Arrays.copyOf(saved, saved.length - 1), config()));
    assertThrows(CodecException.class, () -> MlsGroup.fromBytes(Arrays.copyOf(saved, saved.length + 1), config()));
    assertThrows(CodecException.class, () -> MlsGroup.fromBytes(new byte[0], config()));
    for (int i : new int[] {0, 5, saved.length / 2, saved.length - 40, saved.length - 1}) {
      byte[] damaged = saved.clone();
      damaged[i] ^= 0x10;
      assertThrows(CodecException.class, () -> MlsGroup.fromBytes(damaged, config()), "flipped byte " + i);
    }
  }

  @Test
  void keyPackageBundleRoundTripsAndRefusesDamage() {
    KeyPackageBundle kp = GroupTestData.keyPackage(CipherSuites.byId(2), "kp");
    byte[] bytes = kp.toBytes();
    KeyPackageBundle back = KeyPackageBundle.fromBytes(bytes);
    assertArrayEquals(bytes, back.toBytes());
    assertEquals(kp.ref(), back.ref());
    assertThrows(CodecException.class, () -> KeyPackageBundle.fromBytes(Arrays.copyOf(bytes, bytes.length - 1)));
    byte[] damaged = bytes.clone();
    damaged[damaged.length - 5] ^= 1;
    assertThrows(CodecException.class, () -> KeyPackageBundle.fromBytes(damaged));
    org.junit.jupiter.api.Assertions.assertFalse(kp.toString().contains(
        java.util.HexFormat.of().formatHex(kp.initKey().privateKey())));
  }
}
