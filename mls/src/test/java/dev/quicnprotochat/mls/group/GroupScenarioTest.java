package dev.quicnprotochat.mls.group;

import static dev.quicnprotochat.mls.group.GroupTestData.add;
import static dev.quicnprotochat.mls.group.GroupTestData.assertInSync;
import static dev.quicnprotochat.mls.group.GroupTestData.assertTalks;
import static dev.quicnprotochat.mls.group.GroupTestData.config;
import static dev.quicnprotochat.mls.group.GroupTestData.create;
import static dev.quicnprotochat.mls.group.GroupTestData.deliver;
import static dev.quicnprotochat.mls.group.GroupTestData.identity;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Stories of a group's life on suites 1, 2 and 3: joining, adds, updates, removes, external joins, PSKs and both
/// handshake wire formats. After each step every member must agree on epoch, authenticator, members and tree.
class GroupScenarioTest {

  static Stream<CipherSuite> suites() {
    return Stream.of(1, 2, 3).map(CipherSuites::byId);
  }

  @ParameterizedTest
  @MethodSource("suites")
  void threePartyJoin(CipherSuite suite) {
    MlsGroup alice = create(suite, "alice", config());
    MlsGroup bob = add(suite, alice, "bob", config());
    assertInSync(alice, bob);
    MlsGroup carol = add(suite, alice, "carol", config(), bob);
    assertInSync(alice, bob, carol);
    assertEquals(3, alice.members().size());
    assertEquals(2, alice.epoch());
    assertTalks(alice, bob, carol);
    assertTalks(carol, alice, bob);
    assertArrayEquals(alice.export("test", new byte[] {1}, 16), carol.export("test", new byte[] {1}, 16));
  }

  @ParameterizedTest
  @MethodSource("suites")
  void roundsOfAddUpdateAndRemove(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    MlsGroup c = add(suite, a, "c", config(), b);
    MlsGroup d = add(suite, c, "d", config(), a, b);
    assertInSync(a, b, c, d);

    // b proposes an Update; c commits it by reference (c must include a path).
    MLSMessage update = b.proposeUpdate();
    deliver(update, a, c, d);
    CommitResult commit = c.commit(CommitOptions.pending());
    ProcessedMessage.CommitApplied applied = c.mergePendingCommit();
    assertEquals(List.of(b.ownLeaf(), c.ownLeaf()), applied.updated());
    deliver(commit.commit(), a, b, d);
    assertInSync(a, b, c, d);
    assertTalks(b, a, c, d);

    // d refreshes its own keys with an empty commit that carries a path.
    CommitResult self = d.commit(CommitOptions.selfUpdate());
    d.mergePendingCommit();
    deliver(self.commit(), a, b, c);
    assertInSync(a, b, c, d);

    // a removes c by value.
    CommitResult remove = a.commit(CommitOptions.withInline(List.of(
        new dev.quicnprotochat.mls.message.Proposal.Remove(c.ownLeaf()))));
    a.mergePendingCommit();
    deliver(remove.commit(), b, d);
    var removed = (ProcessedMessage.CommitApplied) c.process(GroupTestData.wire(remove.commit()));
    assertTrue(removed.selfRemoved());
    assertFalse(c.isActive());
    assertInSync(a, b, d);
    assertEquals(3, a.members().size());
    assertTalks(d, a, b);

    // b asks to leave; a commits it.
    MLSMessage leave = b.proposeSelfRemove();
    deliver(leave, a, d);
    CommitResult leaveCommit = a.commit(CommitOptions.pending());
    a.mergePendingCommit();
    deliver(leaveCommit.commit(), d);
    assertTrue(((ProcessedMessage.CommitApplied) b.process(GroupTestData.wire(leaveCommit.commit()))).selfRemoved());
    assertInSync(a, d);
    assertEquals(2, d.members().size());

    // a new member fills the first blank leaf.
    MlsGroup e = add(suite, d, "e", config(), a);
    assertInSync(a, d, e);
    assertEquals(LeafIndex.of(1), e.ownLeaf());
  }

  @ParameterizedTest
  @MethodSource("suites")
  void externalJoinFromGroupInfo(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    GroupInfo info = GroupInfo.decode(a.groupInfo(true).toBytes());
    ExternalJoin join = MlsGroup.joinByExternalCommit(info, Optional.empty(), identity(suite, "e"), Optional.empty(),
        config());
    MlsGroup e = join.group();
    var applied = (ProcessedMessage.CommitApplied) a.process(GroupTestData.wire(join.commit()));
    assertEquals(e.ownLeaf(), applied.committer());
    deliver(join.commit(), b);
    assertInSync(a, b, e);
    assertTalks(e, a, b);
    assertTalks(a, e);

    // e rejoins after "losing" its state, removing its old leaf in the same external commit.
    ExternalJoin again = MlsGroup.joinByExternalCommit(a.groupInfo(true), Optional.empty(), identity(suite, "e2"),
        Optional.of(e.ownLeaf()), config());
    deliver(again.commit(), a, b);
    assertInSync(a, b, again.group());
    assertEquals(3, a.members().size());
  }

  @ParameterizedTest
  @MethodSource("suites")
  void externalAndResumptionPsks(CipherSuite suite) {
    Bytes pskId = Bytes.wrap(new byte[] {7, 7});
    GroupConfig withPsk = config().withPsks(PskStore.of(Map.of(pskId, new byte[] {1, 2, 3, 4})));
    MlsGroup a = create(suite, "a", withPsk);
    MlsGroup b = add(suite, a, "b", withPsk);
    deliver(a.proposeExternalPsk(pskId), b);
    CommitResult c1 = a.commit(CommitOptions.pending());
    a.mergePendingCommit();
    deliver(c1.commit(), b);
    assertInSync(a, b);

    long earlier = a.epoch() - 1;
    deliver(b.proposeResumptionPsk(earlier), a);
    CommitResult c2 = b.commit(CommitOptions.pending());
    b.mergePendingCommit();
    deliver(c2.commit(), a);
    assertInSync(a, b);

    // A joiner receives the PSK id in its GroupSecrets and must know the external PSK too.
    KeyPackageBundle kp = GroupTestData.keyPackage(suite, "c");
    CommitResult c3 = a.commit(CommitOptions.withInline(List.of(
        new dev.quicnprotochat.mls.message.Proposal.Add(kp.keyPackage().wire()), a.externalPskProposal(pskId))));
    a.mergePendingCommit();
    deliver(c3.commit(), b);
    MlsGroup c = MlsGroup.joinFromWelcome(c3.welcome().orElseThrow(), kp, Optional.empty(), withPsk);
    assertInSync(a, b, c);
  }

  @ParameterizedTest
  @MethodSource("suites")
  void privateHandshakesAndOutOfBandTree(CipherSuite suite) {
    GroupConfig config = config().withHandshakeWireFormat(WireFormatPolicy.PRIVATE).withRatchetTreeInWelcome(false);
    MlsGroup a = create(suite, "a", config);
    KeyPackageBundle kp = GroupTestData.keyPackage(suite, "b");
    CommitResult r = a.commitAdds(List.of(kp.keyPackage().wire()));
    assertInstanceOf(MLSMessage.OfPrivateMessage.class, r.commit());
    a.mergePendingCommit();
    MlsGroup b = MlsGroup.joinFromWelcome(r.welcome().orElseThrow(), kp, Optional.of(a.ratchetTree()), config);
    KeyPackageBundle kpc = GroupTestData.keyPackage(suite, "c");
    CommitResult rc = b.commitAdds(List.of(kpc.keyPackage().wire()));
    b.mergePendingCommit();
    deliver(rc.commit(), a);
    MlsGroup c = MlsGroup.joinFromWelcome(rc.welcome().orElseThrow(), kpc, Optional.of(b.ratchetTree()), config);
    assertInSync(a, b, c);
    MLSMessage update = c.proposeUpdate();
    assertInstanceOf(MLSMessage.OfPrivateMessage.class, update);
    deliver(update, a, b);
    CommitResult commit = a.commit(CommitOptions.pending());
    a.mergePendingCommit();
    deliver(commit.commit(), b, c);
    assertInSync(a, b, c);
    assertTalks(c, a, b);
  }

  @ParameterizedTest
  @MethodSource("suites")
  void groupContextExtensionsChangeForEveryone(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    Extension required = new GroupExtensions.RequiredCapabilities(List.of(), List.of(), List.of(1)).toExtension();
    deliver(a.proposeGroupContextExtensions(List.of(required)), b);
    CommitResult r = b.commit(CommitOptions.pending());
    b.mergePendingCommit();
    deliver(r.commit(), a);
    assertInSync(a, b);
    assertEquals(List.of(required), a.groupContextExtensions());
    assertEquals(List.of(required), b.groupContextExtensions());
  }
  @ParameterizedTest
  @MethodSource("suites")
  void anExternalSenderProposesARemovalThatAMemberCommits(CipherSuite suite) {
    var service = suite.generateSignatureKeyPair();
    Extension senders = GroupExtensions.externalSenders(List.of(new GroupExtensions.ExternalSender(
        Bytes.of(service.publicKey()), new dev.quicnprotochat.mls.tree.Credential.Basic(Bytes.wrap(new byte[] {9})))));
    MlsGroup a = MlsGroup.create(GroupTestData.GROUP_ID, GroupTestData.keyPackage(suite, "a"), List.of(senders),
        config());
    MlsGroup b = add(suite, a, "b", config());
    MlsGroup c = add(suite, a, "c", config(), b);
    MLSMessage removal = MlsGroup.externalProposal(suite, a.groupId(), a.epoch(), 0,
        new dev.quicnprotochat.mls.message.Proposal.Remove(c.ownLeaf()), service);
    var stored = (ProcessedMessage.ProposalStored) a.process(GroupTestData.wire(removal));
    assertInstanceOf(dev.quicnprotochat.mls.framing.Sender.External.class, stored.sender());
    deliver(removal, b, c);
    CommitResult r = a.commit(CommitOptions.pending());
    a.mergePendingCommit();
    deliver(r.commit(), b);
    assertTrue(((ProcessedMessage.CommitApplied) c.process(GroupTestData.wire(r.commit()))).selfRemoved());
    assertInSync(a, b);
    // A signature by anyone else under the same sender index is refused.
    MLSMessage forged = MlsGroup.externalProposal(suite, a.groupId(), a.epoch(), 0,
        new dev.quicnprotochat.mls.message.Proposal.Remove(b.ownLeaf()), suite.generateSignatureKeyPair());
    assertEquals(dev.quicnprotochat.mls.ValidationCheck.SIGNATURE, org.junit.jupiter.api.Assertions.assertThrows(
        dev.quicnprotochat.mls.ValidationException.class, () -> a.process(GroupTestData.wire(forged))).check());
  }

  @ParameterizedTest
  @MethodSource("suites")
  void theEchoOfOwnCommitMergesItAndAReInitIsReported(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    CommitResult r = a.commit(CommitOptions.selfUpdate());
    deliver(r.commit(), b);
    var echoed = (ProcessedMessage.CommitApplied) a.process(GroupTestData.wire(r.commit()));
    assertEquals(a.ownLeaf(), echoed.committer());
    assertFalse(a.hasPendingCommit());
    assertInSync(a, b);

    var reInit = new dev.quicnprotochat.mls.message.Proposal.ReInit(Bytes.wrap(new byte[] {2}), 1, suite.id(),
        List.of());
    CommitResult ri = b.commit(CommitOptions.withInline(List.of(reInit)));
    b.mergePendingCommit();
    var applied = (ProcessedMessage.CommitApplied) a.process(GroupTestData.wire(ri.commit()));
    assertEquals(Optional.of(reInit), applied.reInit());
    assertInSync(a, b);
  }
  @ParameterizedTest
  @MethodSource("suites")
  void parallelCommitsWelcomesAndJoinsMatchSequentialOnes(CipherSuite suite) {
    // Threshold 1: every HPKE encryption, KeyPackage check and leaf signature check goes to the executor.
    GroupConfig parallel = config().withExecutor(java.util.concurrent.ForkJoinPool.commonPool(), 1);
    MlsGroup a = create(suite, "a", parallel);
    List<KeyPackageBundle> kps = new java.util.ArrayList<>();
    for (String name : List.of("b", "c", "d", "e")) {
      kps.add(GroupTestData.keyPackage(suite, name));
    }
    CommitResult r = a.commit(new CommitOptions(kps.stream().map(k -> (dev.quicnprotochat.mls.message.Proposal)
        new dev.quicnprotochat.mls.message.Proposal.Add(k.keyPackage().wire())).toList(), true, true));
    a.mergePendingCommit();
    List<MlsGroup> members = new java.util.ArrayList<>();
    for (int i = 0; i < kps.size(); i++) {
      // b and d join with parallel leaf-signature checks, c and e sequentially.
      members.add(MlsGroup.joinFromWelcome(r.welcome().orElseThrow(), kps.get(i), Optional.empty(),
          i % 2 == 0 ? parallel : config()));
    }
    MlsGroup[] all = java.util.stream.Stream.concat(Stream.of(a), members.stream()).toArray(MlsGroup[]::new);
    assertInSync(all);
    // A sequential committer (default threshold) and a parallel one produce commits everyone can follow.
    CommitResult u = members.get(2).commit(CommitOptions.selfUpdate());
    members.get(2).mergePendingCommit();
    deliver(u.commit(), a, members.get(0), members.get(1), members.get(3));
    CommitResult v = a.commit(CommitOptions.selfUpdate());
    a.mergePendingCommit();
    deliver(v.commit(), members.toArray(MlsGroup[]::new));
    assertInSync(all);
    assertTalks(members.get(3), a, members.get(0));
  }

  @ParameterizedTest
  @MethodSource("suites")
  void theCommitterLeavesOutPendingProposalsThatWouldInvalidateItsCommit(CipherSuite suite) {
    MlsGroup a = create(suite, "a", config());
    MlsGroup b = add(suite, a, "b", config());
    MlsGroup c = add(suite, a, "c", config(), b);
    MlsGroup d = add(suite, a, "d", config(), b, c);
    deliver(b.proposeUpdate(), a, c, d);                 // superseded: b is removed below
    deliver(c.proposeRemove(b.ownLeaf()), a, b, d);
    deliver(d.proposeRemove(b.ownLeaf()), a, b, c);      // a second Remove of the same leaf
    deliver(d.proposeRemove(a.ownLeaf()), a, b, c);      // a Remove of the committer
    deliver(c.proposeUpdate(), a, b, d);
    assertEquals(5, a.pendingProposals().size());
    CommitResult r = a.commit(CommitOptions.pending());
    ProcessedMessage.CommitApplied applied = a.mergePendingCommit();
    assertEquals(List.of(b.ownLeaf()), applied.removed().stream().map(Member::leaf).toList());
    assertEquals(List.of(c.ownLeaf(), a.ownLeaf()), applied.updated());
    deliver(r.commit(), c, d);
    assertTrue(((ProcessedMessage.CommitApplied) b.process(GroupTestData.wire(r.commit()))).selfRemoved());
    assertInSync(a, c, d);
  }
}
