package dev.quicnprotochat.mls.group;

import static dev.quicnprotochat.mls.group.GroupTestData.add;
import static dev.quicnprotochat.mls.group.GroupTestData.config;
import static dev.quicnprotochat.mls.group.GroupTestData.create;
import static dev.quicnprotochat.mls.group.GroupTestData.deliver;
import static dev.quicnprotochat.mls.group.GroupTestData.wire;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Proposal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Delivery stories on suites 1, 2 and 3: out-of-order and duplicate messages, late messages from past epochs,
/// and what a removed member can still read.
class MessageDeliveryScenarioTest {

  static Stream<CipherSuite> suites() {
    return Stream.of(1, 2, 3).map(CipherSuites::byId);
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] read(MlsGroup g, MLSMessage m) {
    return ((ProcessedMessage.ApplicationMessage) g.process(wire(m))).data().toByteArray();
  }

  @ParameterizedTest
  @MethodSource("suites")
  void outOfOrderMessagesDecryptAndReplaysAreRejected(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    MLSMessage m1 = a.encrypt(text("one"));
    MLSMessage m2 = a.encrypt(text("two"));
    MLSMessage m3 = a.encrypt(text("three"));
    assertArrayEquals(text("three"), read(b, m3));
    assertArrayEquals(text("one"), read(b, m1));
    assertArrayEquals(text("two"), read(b, m2));
    ValidationException replay = assertThrows(ValidationException.class, () -> b.process(wire(m2)));
    assertEquals(ValidationCheck.GENERATION, replay.check());
  }

  @ParameterizedTest
  @MethodSource("suites")
  void messagesBeyondTheOutOfOrderWindowAreRefused(CipherSuite suite) {
    GroupConfig narrow = config().withOutOfOrderWindow(2);
    MlsGroup a = create(suite, "a", narrow);
    MlsGroup b = add(suite, a, "b", narrow);
    MLSMessage old = a.encrypt(text("old"));
    for (int i = 0; i < 3; i++) {
      a.encrypt(text("skipped " + i));
    }
    read(b, a.encrypt(text("newest")));
    // b kept only the two most recent skipped keys, so the oldest message can no longer be read.
    assertEquals(ValidationCheck.GENERATION, assertThrows(ValidationException.class, () -> b.process(wire(old)))
        .check());
  }

  @ParameterizedTest
  @MethodSource("suites")
  void lateMessagesOfRetainedEpochsAreAcceptedOlderOnesRefused(CipherSuite suite) {
    GroupConfig keepOne = config().withPastEpochs(1);
    MlsGroup a = create(suite, "a", keepOne);
    MlsGroup b = add(suite, a, "b", keepOne);
    MLSMessage inEpoch1 = a.encrypt(text("epoch 1"));
    MLSMessage alsoInEpoch1 = a.encrypt(text("epoch 1 again"));
    advance(a, b);
    assertArrayEquals(text("epoch 1"), read(b, inEpoch1));
    advance(a, b);
    ValidationException tooOld = assertThrows(ValidationException.class, () -> b.process(wire(alsoInEpoch1)));
    assertEquals(ValidationCheck.WRONG_EPOCH, tooOld.check());
  }

  @ParameterizedTest
  @MethodSource("suites")
  void handshakeMessagesOfPastEpochsAreRefused(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    MLSMessage update = a.proposeUpdate();
    advance(b, a);
    assertEquals(ValidationCheck.WRONG_EPOCH, assertThrows(ValidationException.class,
        () -> b.process(wire(update))).check());
  }

  @ParameterizedTest
  @MethodSource("suites")
  void aRemovedMemberCannotReadTheNextEpoch(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    MlsGroup c = add(suite, a, "c", config(), b);
    MLSMessage beforeRemoval = a.encrypt(text("still for c"));
    CommitResult remove = a.commit(CommitOptions.withInline(List.of(new Proposal.Remove(c.ownLeaf()))));
    a.mergePendingCommit();
    deliver(remove.commit(), b, c);
    // c may read what was sent while it was a member ...
    assertArrayEquals(text("still for c"), read(c, beforeRemoval));
    // ... but nothing of the epoch that removed it, and it cannot send.
    MLSMessage after = a.encrypt(text("not for c"));
    assertArrayEquals(text("not for c"), read(b, after));
    assertEquals(ValidationCheck.WRONG_EPOCH, assertThrows(ValidationException.class, () -> c.process(wire(after)))
        .check());
    assertThrows(UsageException.class, () -> c.encrypt(text("x")));
    MLSMessage nextCommit = b.commit(CommitOptions.selfUpdate()).commit();
    b.mergePendingCommit();
    assertThrows(ValidationException.class, () -> c.process(wire(nextCommit)));
  }

  /// `committer` commits an empty self-update and `others` process it.
  private static void advance(MlsGroup committer, MlsGroup... others) {
    CommitResult r = committer.commit(CommitOptions.selfUpdate());
    committer.mergePendingCommit();
    deliver(r.commit(), others);
  }
}
