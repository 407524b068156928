package dev.quicnprotochat.mls.group;

import static dev.quicnprotochat.mls.group.GroupTestData.add;
import static dev.quicnprotochat.mls.group.GroupTestData.config;
import static dev.quicnprotochat.mls.group.GroupTestData.create;
import static dev.quicnprotochat.mls.group.GroupTestData.deliver;
import static dev.quicnprotochat.mls.group.GroupTestData.wire;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.FramedContent;
import dev.quicnprotochat.mls.framing.FramedContentAuthData;
import dev.quicnprotochat.mls.framing.PublicMessage;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.message.Commit;
import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.ProposalOrRef;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import dev.quicnprotochat.mls.tree.Lifetime;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// One bad input per group-level check of docs/validation.md (GRP-xx). Proposal-list rules run identically for
/// the committer and for receivers, so some are provoked by committing, others by forging a message a member could
/// send; either way the exception names the check and the group is unchanged.
class GroupValidationTest {

  private final CipherSuite suite = CipherSuites.byId(1);
  private KeyPackageBundle bKeys;
  private MlsGroup a;
  private MlsGroup b;
  private MlsGroup c;

  @BeforeEach
  void threeMembers() {
    a = create(suite, "a", config());
    bKeys = GroupTestData.keyPackage(suite, "b");
    CommitResult r = a.commitAdds(List.of(bKeys.keyPackage().wire()));
    a.mergePendingCommit();
    b = MlsGroup.joinFromWelcome(r.welcome().orElseThrow(), bKeys, Optional.empty(), config());
    c = add(suite, a, "c", config(), b);
  }

  private void assertCheck(ValidationCheck check, MlsGroup g, Runnable action) {
    byte[] before = g.toBytes();
    ValidationException e = assertThrows(ValidationException.class, action::run);
    assertEquals(check, e.check(), e.getMessage());
    assertArrayEquals(before, g.toBytes(), "state changed");
  }

  private void assertCommitRefused(ValidationCheck check, Proposal... inline) {
    assertCheck(check, a, () -> a.commit(CommitOptions.withInline(List.of(inline))));
  }

  private void assertReceiveRefused(ValidationCheck check, Supplier<MLSMessage> message) {
    MLSMessage m = message.get();
    assertCheck(check, b, () -> b.process(wire(m)));
  }

  /// A PublicMessage commit from `sender` (a member) that passes the membership tag and signature checks; its
  /// confirmation tag is junk, so it must be refused by an earlier check to get the expected one.
  private static MLSMessage forgedCommit(MlsGroup sender, Commit commit) {
    EpochState ep = sender.state().current();
    FramedContent content = FramedContent.commit(ep.context().groupId(), ep.epoch(),
        new Sender.Member(ep.ownLeaf()), Bytes.EMPTY, commit);
    Bytes sig = AuthenticatedContent.signature(sender.suite(), WireFormat.PUBLIC_MESSAGE, content, ep.context(),
        sender.state().signer());
    AuthenticatedContent ac = new AuthenticatedContent(WireFormat.PUBLIC_MESSAGE, content,
        new FramedContentAuthData(sig, Optional.of(Bytes.zeros(32))));
    return new MLSMessage.OfPublicMessage(PublicMessage.protect(sender.suite(), ac, ep.context(),
        ep.keys().membership()));
  }

  private static MLSMessage forgedProposal(MlsGroup sender, Sender as, Proposal p) {
    EpochState ep = sender.state().current();
    FramedContent content = FramedContent.proposal(ep.context().groupId(), ep.epoch(), as, Bytes.EMPTY, p);
    AuthenticatedContent ac = AuthenticatedContent.sign(sender.suite(), WireFormat.PUBLIC_MESSAGE, content,
        ep.context(), sender.state().signer(), Optional.empty());
    return new MLSMessage.OfPublicMessage(PublicMessage.protect(sender.suite(), ac, ep.context(),
        ep.keys().membership()));
  }

  private Proposal.PreSharedKey psk(byte[] id, int nonceLength) {
    return new Proposal.PreSharedKey(new PreSharedKeyID.External(Bytes.wrap(id), Bytes.zeros(nonceLength)));
  }

  @Test
  void proposalListRules() {
    Proposal removeB = new Proposal.Remove(b.ownLeaf());
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, new Proposal.Remove(a.ownLeaf()));
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, removeB, removeB);
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, new Proposal.Remove(LeafIndex.of(7)));
    Proposal.Add d = new Proposal.Add(GroupTestData.keyPackage(suite, "d").keyPackage().wire());
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, d, d);
    Proposal.Add bAgain = new Proposal.Add(KeyPackageBundle.create(suite, bKeys.identity(),
        KeyPackageOptions.validFor(Clock.systemUTC().instant().getEpochSecond(), 1)).keyPackage().wire());
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, bAgain);
    Proposal gce = new Proposal.GroupContextExtensions(List.of());
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, gce, gce);
    Proposal reInit = new Proposal.ReInit(Bytes.wrap(new byte[] {1}), 1, 1, List.of());
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, reInit, removeB);
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, new Proposal.ReInit(Bytes.wrap(new byte[] {1}), 0, 1,
        List.of()));
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, psk(new byte[] {1}, 32), psk(new byte[] {1}, 32));
    assertCommitRefused(ValidationCheck.PROPOSAL_LIST, new Proposal.Unknown(0x0A0A, Bytes.EMPTY));
  }

  @Test
  void pskRules() {
    assertCommitRefused(ValidationCheck.PSK, psk(new byte[] {9}, 32));
    assertCommitRefused(ValidationCheck.PSK, psk(new byte[] {9}, 5));
    assertCommitRefused(ValidationCheck.PSK, new Proposal.PreSharedKey(new PreSharedKeyID.Resumption(
        PreSharedKeyID.USAGE_APPLICATION, a.groupId(), 999, Bytes.zeros(32))));
    assertCommitRefused(ValidationCheck.PSK, new Proposal.PreSharedKey(new PreSharedKeyID.Resumption(
        PreSharedKeyID.USAGE_BRANCH, a.groupId(), a.epoch(), Bytes.zeros(32))));
  }

  @Test
  void extensionAndCapabilityRules() {
    Extension unsupported = new Extension(0xff00, Bytes.EMPTY);
    assertCommitRefused(ValidationCheck.CAPABILITIES, new Proposal.GroupContextExtensions(List.of(unsupported)));
    Extension required = new GroupExtensions.RequiredCapabilities(List.of(0xff01), List.of(), List.of())
        .toExtension();
    assertCommitRefused(ValidationCheck.CAPABILITIES, new Proposal.GroupContextExtensions(List.of(required)));
    Extension sender = GroupExtensions.externalSenders(List.of());
    assertCommitRefused(ValidationCheck.EXTENSIONS, new Proposal.GroupContextExtensions(List.of(sender, sender)));
    Extension garbled = new Extension(ExtensionType.EXTERNAL_SENDERS, Bytes.wrap(new byte[] {5, 1}));
    assertCommitRefused(ValidationCheck.EXTENSIONS, new Proposal.GroupContextExtensions(List.of(garbled)));
  }

  @Test
  void addedKeyPackagesAreVerified() {
    long now = Clock.systemUTC().instant().getEpochSecond();
    KeyPackageBundle expired = KeyPackageBundle.create(suite, GroupTestData.identity(suite, "old"),
        new KeyPackageOptions(new Lifetime(now - 7200, now - 3600), Optional.empty(), List.of(), List.of()));
    assertCommitRefused(ValidationCheck.LIFETIME, new Proposal.Add(expired.keyPackage().wire()));
    KeyPackageBundle otherSuite = GroupTestData.keyPackage(CipherSuites.byId(3), "x");
    assertCommitRefused(ValidationCheck.CIPHER_SUITE_MISMATCH, new Proposal.Add(otherSuite.keyPackage().wire()));
  }

  @Test
  void forgedCommitsAreRefusedByReceivers() {
    assertReceiveRefused(ValidationCheck.PATH_REQUIRED, () -> forgedCommit(a, new Commit(List.of(
        new ProposalOrRef.Inline(new Proposal.Remove(c.ownLeaf()))), Optional.empty())));
    assertReceiveRefused(ValidationCheck.PATH_REQUIRED, () -> forgedCommit(a, new Commit(List.of(),
        Optional.empty())));
    assertReceiveRefused(ValidationCheck.PROPOSAL_LIST, () -> forgedCommit(a, new Commit(List.of(
        new ProposalOrRef.Inline(new Proposal.ExternalInit(Bytes.zeros(32)))), Optional.empty())));
    assertReceiveRefused(ValidationCheck.SENDER, () -> forgedCommit(b, new Commit(List.of(), Optional.empty())));
    // An Add-only commit needs no path; its confirmation tag is then the first thing that is wrong.
    Proposal.Add d = new Proposal.Add(GroupTestData.keyPackage(suite, "d").keyPackage().wire());
    assertReceiveRefused(ValidationCheck.CONFIRMATION_TAG, () -> forgedCommit(a, new Commit(List.of(
        new ProposalOrRef.Inline(d)), Optional.empty())));
  }

  @Test
  void proposalSendersAndDuplicates() {
    MLSMessage update = a.proposeUpdate();
    deliver(update, b);
    assertReceiveRefused(ValidationCheck.PROPOSAL_LIST, () -> update);
    assertReceiveRefused(ValidationCheck.PROPOSAL_LIST, () -> forgedProposal(a, new Sender.Member(a.ownLeaf()),
        new Proposal.ExternalInit(Bytes.zeros(32))));
    MLSMessage external = forgedProposal(a, new Sender.External(0), new Proposal.Remove(c.ownLeaf()));
    assertReceiveRefused(ValidationCheck.SENDER, () -> external);
  }

  @Test
  void externalCommitRules() {
    EpochState ep = a.state().current();
    FramedContent content = FramedContent.commit(ep.context().groupId(), ep.epoch(), new Sender.NewMemberCommit(),
        Bytes.EMPTY, new Commit(List.of(new ProposalOrRef.Inline(new Proposal.ExternalInit(Bytes.zeros(32)))),
            Optional.empty()));
    AuthenticatedContent ac = new AuthenticatedContent(WireFormat.PUBLIC_MESSAGE, content,
        new FramedContentAuthData(Bytes.zeros(64), Optional.of(Bytes.zeros(32))));
    MLSMessage noPath = new MLSMessage.OfPublicMessage(PublicMessage.protect(suite, ac, ep.context(), new byte[0]));
    assertReceiveRefused(ValidationCheck.EXTERNAL_COMMIT, () -> noPath);

    GroupInfo info = a.groupInfo(true);
    GroupInfo withoutPub = new GroupInfo(info.groupContext(), info.extensions().stream()
        .filter(e -> e.extensionType() != ExtensionType.EXTERNAL_PUB).toList(), info.confirmationTag(),
        info.signer(), Bytes.EMPTY).signed(suite, a.state().signer().privateKey());
    ValidationException e = assertThrows(ValidationException.class, () -> MlsGroup.joinByExternalCommit(withoutPub,
        Optional.empty(), GroupTestData.identity(suite, "e"), Optional.empty(), config()));
    assertEquals(ValidationCheck.EXTENSIONS, e.check());
    byte[] sig = info.signature().toByteArray();
    sig[3] ^= 1;
    GroupInfo badSig = new GroupInfo(info.groupContext(), info.extensions(), info.confirmationTag(), info.signer(),
        Bytes.wrap(sig));
    e = assertThrows(ValidationException.class, () -> MlsGroup.joinByExternalCommit(badSig, Optional.empty(),
        GroupTestData.identity(suite, "e"), Optional.empty(), config()));
    assertEquals(ValidationCheck.SIGNATURE, e.check());
  }

  @Test
  void welcomeRules() {
    KeyPackageBundle d = GroupTestData.keyPackage(suite, "d");
    KeyPackageBundle stranger = GroupTestData.keyPackage(suite, "stranger");
    CommitResult r = a.commit(CommitOptions.withInline(List.of(new Proposal.Add(d.keyPackage().wire()))));
    var welcome = r.welcome().orElseThrow();
    ValidationException e = assertThrows(ValidationException.class,
        () -> MlsGroup.joinFromWelcome(welcome, stranger, Optional.empty(), config()));
    assertEquals(ValidationCheck.WELCOME, e.check());
    e = assertThrows(ValidationException.class,
        () -> MlsGroup.joinFromWelcome(welcome, d, Optional.of(b.ratchetTree()), config()));
    assertEquals(ValidationCheck.TREE_HASH, e.check());

    GroupConfig noTree = config().withRatchetTreeInWelcome(false);
    MlsGroup solo = create(suite, "solo", noTree);
    KeyPackageBundle f = GroupTestData.keyPackage(suite, "f");
    var bare = solo.commitAdds(List.of(f.keyPackage().wire())).welcome().orElseThrow();
    e = assertThrows(ValidationException.class, () -> MlsGroup.joinFromWelcome(bare, f, Optional.empty(), noTree));
    assertEquals(ValidationCheck.WELCOME, e.check());
  }
}
