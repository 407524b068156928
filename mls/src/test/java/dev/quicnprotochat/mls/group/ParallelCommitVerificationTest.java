package dev.quicnprotochat.mls.group;

import static dev.quicnprotochat.mls.group.GroupTestData.add;
import static dev.quicnprotochat.mls.group.GroupTestData.assertInSync;
import static dev.quicnprotochat.mls.group.GroupTestData.create;
import static dev.quicnprotochat.mls.group.GroupTestData.wire;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.FramedContent;
import dev.quicnprotochat.mls.framing.FramedContentAuthData;
import dev.quicnprotochat.mls.framing.PrivateMessage;
import dev.quicnprotochat.mls.message.Commit;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.treekem.UpdatePath;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/// Large PrivateMessage commits have their signature checked on the executor while the commit is processed
/// (`IncomingMessages.handleWhileVerifying`); with `parallelThreshold` 1 every commit of 256 bytes or more takes
/// that path. The outcome must be exactly that of checking first.
@Timeout(60)
class ParallelCommitVerificationTest {

  private final CipherSuite suite = CipherSuites.byId(1);
  private final AtomicInteger offloaded = new AtomicInteger();
  private final Executor counting = task -> {
    offloaded.incrementAndGet();
    java.util.concurrent.ForkJoinPool.commonPool().execute(task);
  };

  private GroupConfig parallel() {
    return GroupConfig.defaults().withHandshakeWireFormat(WireFormatPolicy.PRIVATE).withExecutor(counting, 1);
  }

  /// a's self-update commit, still pending at a, as b decrypts it before any check: the starting point for
  /// crafting a bad commit that a could have sent instead (`aBefore` is a's state before committing).
  private record Received(MlsGroup a, MlsGroup b, byte[] aBefore, CommitResult genuine, EpochState epoch,
                          AuthenticatedContent content) {}

  private Received receivedSelfUpdate() {
    MlsGroup a = create(suite, "a", parallel());
    MlsGroup b = add(suite, a, "b", parallel());
    byte[] aBefore = a.toBytes();
    CommitResult r = a.commit(CommitOptions.selfUpdate());
    PrivateMessage pm = ((MLSMessage.OfPrivateMessage) wire(r.commit())).message();
    EpochState ep = b.state().current();
    AuthenticatedContent ac = pm.decryptUnverified(suite, ep.secretTree().copy(), ep.keys().senderData(),
        ep.context());
    return new Received(a, b, aBefore, r, ep, ac);
  }

  /// `content` framed by a's state from before its commit, as a would have sent it.
  private MLSMessage framedByA(Received received, AuthenticatedContent content) {
    return Framer.frame(MlsGroup.fromBytes(received.aBefore(), parallel()).state(), content, parallel()).message();
  }

  /// `content` with one bit of its signature flipped.
  private static AuthenticatedContent withFlippedSignatureBit(AuthenticatedContent content, int index) {
    byte[] sig = content.auth().signature().toByteArray();
    sig[index] ^= 1;
    return new AuthenticatedContent(content.wireFormat(), content.content(),
        new FramedContentAuthData(Bytes.wrap(sig), content.auth().confirmationTag()));
  }

  /// The genuine commit still applies at `receiver` after the crafted one was refused.
  private static void genuineStillApplies(Received received, MlsGroup receiver) {
    received.a().mergePendingCommit();
    receiver.process(wire(received.genuine().commit()));
    assertInSync(received.a(), receiver);
  }

  @Test
  void aValidCommitIsAppliedAfterItsSignatureWasCheckedAside() {
    MlsGroup a = create(suite, "a", parallel());
    MlsGroup b = add(suite, a, "b", parallel());
    add(suite, a, "c", parallel(), b);
    int before = offloaded.get();
    CommitResult r = a.commit(CommitOptions.selfUpdate());
    a.mergePendingCommit();
    b.process(wire(r.commit()));
    assertInSync(a, b);
    assertTrue(offloaded.get() > before, "the signature check went to the executor");
  }

  @Test
  void aForgedSignatureIsRefusedAndChangesNothing() {
    Received received = receivedSelfUpdate();
    MlsGroup b = received.b();
    // The same commit, re-framed by a's state before it with one bit of the signature flipped.
    MLSMessage message = framedByA(received, withFlippedSignatureBit(received.content(), 5));

    byte[] bBefore = b.toBytes();
    ValidationException e = assertThrows(ValidationException.class, () -> b.process(wire(message)));
    assertEquals(ValidationCheck.SIGNATURE, e.check());
    assertArrayEquals(bBefore, b.toBytes(), "the rejected commit left no trace");
    genuineStillApplies(received, b);
  }

  @Test
  void aWrongConfirmationTagIsRefusedAgainstTheTranscriptHashTakenAsideAndChangesNothing() {
    Received received = receivedSelfUpdate();
    MlsGroup b = received.b();
    AuthenticatedContent ac = received.content();
    // The signature does not cover the confirmation tag (RFC 9420 §6.1), so it still verifies.
    byte[] tag = ac.auth().confirmationTag().orElseThrow().toByteArray();
    tag[3] ^= 1;
    AuthenticatedContent wrongTag = new AuthenticatedContent(ac.wireFormat(), ac.content(),
        new FramedContentAuthData(ac.auth().signature(), java.util.Optional.of(Bytes.wrap(tag))));
    MLSMessage message = framedByA(received, wrongTag);

    byte[] bBefore = b.toBytes();
    int before = offloaded.get();
    ValidationException e = assertThrows(ValidationException.class, () -> b.process(wire(message)));
    assertEquals(ValidationCheck.CONFIRMATION_TAG, e.check(), e.getMessage());
    assertTrue(offloaded.get() > before, "the transcript hash and signature check went to the executor");
    assertArrayEquals(bBefore, b.toBytes(), "the rejected commit left no trace");
    genuineStillApplies(received, b);
  }

  @Test
  void aCommitWhosePathLeafSignatureIsForgedIsRefusedAndChangesNothing() {
    Received received = receivedSelfUpdate();
    MlsGroup b = received.b();
    AuthenticatedContent ac = received.content();
    // The committer's new leaf with one bit of its signature flipped, in a commit a signs properly.
    Commit commit = ac.content().commit();
    UpdatePath path = commit.path().orElseThrow();
    LeafNode leaf = path.leafNode();
    byte[] leafSig = leaf.signature().toByteArray();
    leafSig[3] ^= 1;
    LeafNode forgedLeaf = new LeafNode(leaf.encryptionKey(), leaf.signatureKey(), leaf.credential(),
        leaf.capabilities(), leaf.source(), leaf.lifetime(), leaf.parentHash(), leaf.extensions(),
        Bytes.wrap(leafSig));
    Commit forgedCommit = new Commit(commit.proposals(), java.util.Optional.of(new UpdatePath(forgedLeaf,
        path.nodes())));
    FramedContent content = FramedContent.commit(ac.content().groupId(), ac.content().epoch(),
        ac.content().sender(), ac.content().authenticatedData(), forgedCommit);
    AuthenticatedContent signed = AuthenticatedContent.sign(suite, ac.wireFormat(), content,
        received.epoch().context(), MlsGroup.fromBytes(received.aBefore(), parallel()).state().signer(),
        ac.auth().confirmationTag());
    MLSMessage message = framedByA(received, signed);

    byte[] bBefore = b.toBytes();
    int before = offloaded.get();
    ValidationException e = assertThrows(ValidationException.class, () -> b.process(wire(message)));
    assertTrue(offloaded.get() > before, "the check went to the executor");
    assertEquals(ValidationCheck.SIGNATURE, e.check(), e.getMessage());
    assertTrue(e.getMessage().contains("leaf"), e.getMessage());
    assertArrayEquals(bBefore, b.toBytes(), "the rejected commit left no trace");
    genuineStillApplies(received, b);
  }

  @Test
  void aCheckNoExecutorThreadTakesRunsOnTheCallingThread() {
    Received received = receivedSelfUpdate();
    MLSMessage message = framedByA(received, withFlippedSignatureBit(received.content(), 9));
    // The receiver's executor accepts the signature check and never runs it, like a pool whose threads are all
    // busy: processing must neither hang nor skip the check. (Other tasks run inline.)
    java.util.List<Runnable> parked = new java.util.ArrayList<>();
    GroupConfig stalled = parallel().withExecutor(task -> {
      if (task instanceof java.util.concurrent.FutureTask<?>) {
        parked.add(task);
      } else {
        task.run();
      }
    }, 1);
    MlsGroup receiver = MlsGroup.fromBytes(received.b().toBytes(), stalled);
    ValidationException e = assertThrows(ValidationException.class, () -> receiver.process(wire(message)));
    assertEquals(ValidationCheck.SIGNATURE, e.check());
    assertEquals(1, parked.size(), "the check was handed to the executor first");
    genuineStillApplies(received, receiver);
    assertEquals(2, parked.size());
  }
}
