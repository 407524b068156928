package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.FramedContent;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.ProposalRef;
import dev.quicnprotochat.mls.message.Welcome;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeSource;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// One client's view of one MLS group (RFC 9420): the facade the client uses for every conversation.
///
/// Every operation either succeeds completely or leaves the group exactly as it was: the state is an immutable
/// value ([GroupState]) replaced only when an operation succeeded, so a rejected message, down to its serialised
/// bytes, changes nothing. Sending consumes ratchet keys and so changes the state, as does [#commit] (which leaves
/// the commit pending). Not thread-safe: use one group from one thread at a time.
///
/// Errors follow the [dev.quicnprotochat.mls.MlsException] family: invalid peer input is a
/// [dev.quicnprotochat.mls.ValidationException] naming the failed [dev.quicnprotochat.mls.ValidationCheck];
/// misuse is a [UsageException]; damaged stored bytes are a [dev.quicnprotochat.mls.CodecException].
public final class MlsGroup {

  private final GroupConfig config;
  private GroupState state;

  private MlsGroup(GroupState state, GroupConfig config) {
    this.state = state;
    this.config = Objects.requireNonNull(config, "config");
  }

  // ---- creating and joining ---------------------------------------------------------------------------------

  /// A new group with this client as its only member, at epoch 0 (RFC 9420 §11). `groupContextExtensions` may hold
  /// required_capabilities and external_senders; `bundle` supplies the creator's leaf (its init key is unused).
  public static MlsGroup create(Bytes groupId, KeyPackageBundle bundle, List<Extension> groupContextExtensions,
      GroupConfig config) {
    return new MlsGroup(GroupCreation.create(groupId, bundle, groupContextExtensions, config), config);
  }

  /// Joins from a Welcome addressed to `bundle`'s KeyPackage (RFC 9420 §12.4.3.1). The ratchet tree comes from the
  /// Welcome's ratchet_tree extension unless `ratchetTree` supplies it out of band.
  public static MlsGroup joinFromWelcome(Welcome welcome, KeyPackageBundle bundle, Optional<RatchetTree> ratchetTree,
      GroupConfig config) {
    return new MlsGroup(Welcomes.join(welcome, bundle, ratchetTree, config), config);
  }

  /// Joins the successor of `predecessor`, a group in which a ReInit was committed, from a Welcome addressed to
  /// `bundle`'s KeyPackage (RFC 9420 §11.2, §12.4.3.1). Beyond the checks of [#joinFromWelcome], the Welcome must
  /// name exactly one `reinit` resumption PSK, the one of the predecessor's current epoch (the epoch the ReInit
  /// commit started; its secret comes from the predecessor's state), and the new group must be at epoch 1 with the
  /// group id, version, cipher suite and extensions of the ReInit; otherwise a
  /// [dev.quicnprotochat.mls.ValidationException] with check `PSK`. The predecessor is not changed.
  public static MlsGroup joinReInitSuccessor(Welcome welcome, KeyPackageBundle bundle,
      Optional<RatchetTree> ratchetTree, MlsGroup predecessor, GroupConfig config) {
    return new MlsGroup(Welcomes.join(welcome, bundle, ratchetTree, config, Optional.of(predecessor.state)), config);
  }

  /// Joins by external commit (RFC 9420 §12.4.3.2) from a GroupInfo carrying external_pub. `resync` names this
  /// client's own old leaf to remove when it rejoins after losing its state. The returned commit must reach the
  /// members; the group is already in the new epoch.
  public static ExternalJoin joinByExternalCommit(GroupInfo groupInfo, Optional<RatchetTree> ratchetTree,
      Identity identity, Optional<LeafIndex> resync, GroupConfig config) {
    return ExternalCommits.join(groupInfo, ratchetTree, identity, resync, config);
  }

  /// A proposal from one of the group's external senders (RFC 9420 §12.1.8.1), e.g. a service removing a lost
  /// device: a PublicMessage for `epoch`, signed with `signer`, naming entry `senderIndex` of the group's
  /// external_senders extension. Only Add, Remove, PreSharedKey, ReInit and GroupContextExtensions make sense here.
  public static MLSMessage externalProposal(CipherSuite suite, Bytes groupId, long epoch, int senderIndex,
      Proposal proposal, dev.quicnprotochat.mls.crypto.SignatureKeyPair signer) {
    if (proposal instanceof Proposal.Update || proposal instanceof Proposal.ExternalInit) {
      throw new UsageException("an external sender cannot propose " + proposal.getClass().getSimpleName());
    }
    FramedContent content = FramedContent.proposal(groupId, epoch, new Sender.External(senderIndex), Bytes.EMPTY,
        proposal);
    // The GroupContext is not signed for external senders (§6.1), so none is needed here.
    AuthenticatedContent ac = AuthenticatedContent.sign(suite, WireFormat.PUBLIC_MESSAGE, content, null, signer,
        Optional.empty());
    return new MLSMessage.OfPublicMessage(dev.quicnprotochat.mls.framing.PublicMessage.protect(suite, ac, null,
        new byte[0]));
  }

  static MlsGroup of(GroupState state, GroupConfig config) {
    return new MlsGroup(state, config);
  }

  /// Restores a group stored by [#toBytes]; damaged bytes are a [dev.quicnprotochat.mls.CodecException].
  public static MlsGroup fromBytes(byte[] bytes, GroupConfig config) {
    return new MlsGroup(GroupState.decode(bytes), config);
  }

  /// The whole state, deterministic: restoring and saving again gives the same bytes. Holds private keys and
  /// epoch secrets: store it encrypted.
  public byte[] toBytes() {
    return state.encode();
  }

  // ---- proposals --------------------------------------------------------------------------------------------

  /// Proposes adding the owner of `keyPackage` (RFC 9420 §12.1.1). The KeyPackage is verified first.
  public MLSMessage proposeAdd(KeyPackageIn keyPackage) {
    keyPackage.verify(state.suite(), config.clock());
    return propose(new Proposal.Add(keyPackage), null);
  }

  /// Proposes replacing this client's leaf with fresh keys (RFC 9420 §12.1.2).
  public MLSMessage proposeUpdate() {
    EpochState ep = state.current();
    HpkeKeyPair key = state.suite().generateHpkeKeyPair();
    LeafNode own = ep.tree().leaf(ep.ownLeaf()).orElseThrow();
    LeafNode leaf = new LeafNode(Bytes.of(key.publicKey()), own.signatureKey(), own.credential(),
        own.capabilities(), LeafNodeSource.UPDATE, Optional.empty(), Optional.empty(), own.extensions(), Bytes.EMPTY)
        .signed(state.suite(), state.signer().privateKey(), ep.context().groupId(), ep.ownLeaf());
    return propose(new Proposal.Update(leaf), key);
  }

  /// Proposes removing the member at `leaf` (RFC 9420 §12.1.3).
  public MLSMessage proposeRemove(LeafIndex leaf) {
    requireMember(leaf);
    return propose(new Proposal.Remove(leaf), null);
  }

  /// Proposes removing this client itself; another member commits it (RFC 9420 §12.1.3: a committer cannot remove
  /// itself).
  public MLSMessage proposeSelfRemove() {
    return propose(new Proposal.Remove(state.current().ownLeaf()), null);
  }

  /// Proposes injecting the external PSK `pskId` (RFC 9420 §12.1.4); the group's [PskStore] must know it.
  public MLSMessage proposeExternalPsk(Bytes pskId) {
    if (config.psks().externalPsk(pskId).isEmpty()) {
      throw new UsageException("unknown external PSK " + pskId);
    }
    return propose(new Proposal.PreSharedKey(new PreSharedKeyID.External(pskId, freshNonce())), null);
  }

  /// Proposes injecting the resumption PSK of one of this group's earlier epochs (RFC 9420 §8.6).
  public MLSMessage proposeResumptionPsk(long epoch) {
    if (!state.resumptionPsks().containsKey(epoch)) {
      throw new UsageException("no resumption PSK kept for epoch " + Long.toUnsignedString(epoch));
    }
    return propose(new Proposal.PreSharedKey(new PreSharedKeyID.Resumption(PreSharedKeyID.USAGE_APPLICATION,
        groupId(), epoch, freshNonce())), null);
  }

  /// Proposes replacing the group context extensions (RFC 9420 §12.1.7).
  public MLSMessage proposeGroupContextExtensions(List<Extension> extensions) {
    return propose(new Proposal.GroupContextExtensions(extensions), null);
  }

  /// Proposes re-initialising the group under a new id, suite or extensions (RFC 9420 §12.1.5).
  public MLSMessage proposeReInit(Bytes newGroupId, int cipherSuite, List<Extension> extensions) {
    return propose(new Proposal.ReInit(newGroupId, 1, cipherSuite, extensions), null);
  }

  /// A PreSharedKey proposal for `pskId` with a fresh nonce, to commit inline.
  public Proposal externalPskProposal(Bytes pskId) {
    return new Proposal.PreSharedKey(new PreSharedKeyID.External(pskId, freshNonce()));
  }

  private Bytes freshNonce() {
    byte[] nonce = new byte[state.suite().hashLength()];
    config.random().nextBytes(nonce);
    return Bytes.wrap(nonce);
  }

  private MLSMessage propose(Proposal proposal, HpkeKeyPair updateKey) {
    requireActive();
    EpochState ep = state.current();
    WireFormat wire = Framer.handshakeWireFormat(config);
    Sender self = new Sender.Member(ep.ownLeaf());
    FramedContent content = FramedContent.proposal(ep.context().groupId(), ep.epoch(), self, Bytes.EMPTY, proposal);
    AuthenticatedContent ac = Framer.sign(state, wire, content);
    ProposalRef ref = ProposalRef.of(state.suite(), Bytes.wrap(ac.toByteArray()));
    Framer.Framed framed = Framer.frame(state, ac, config);
    GroupState next = state.withCurrent(framed.epoch()).withProposal(new CachedProposal(ref, self, proposal));
    if (updateKey != null) {
      next = next.withOwnUpdateKey(updateKey);
    }
    state = next;
    return framed.message();
  }

  // ---- commits ----------------------------------------------------------------------------------------------

  /// Builds a commit (RFC 9420 §12.4) and leaves it pending: merge it with [#mergePendingCommit] once the delivery
  /// service accepted it (or when it comes back as a PublicMessage echo through [#process]), or drop it with
  /// [#discardPendingCommit] if another commit won the epoch.
  public CommitResult commit(CommitOptions options) {
    requireActive();
    if (state.pending().isPresent()) {
      throw new UsageException("a commit is already pending");
    }
    OutgoingCommit.Built built = OutgoingCommit.build(state, options, config);
    state = built.state();
    return built.result();
  }

  /// Adds the owners of `keyPackages` in one commit, by value, together with everything pending.
  public CommitResult commitAdds(List<KeyPackageIn> keyPackages) {
    List<Proposal> adds = new ArrayList<>();
    keyPackages.forEach(kp -> adds.add(new Proposal.Add(kp)));
    return commit(CommitOptions.withInline(adds));
  }

  /// Creates the successor of this group after a ReInit was committed into its current epoch (RFC 9420 §11.2): a
  /// new group with the ReInit's group id, cipher suite and extensions, created by this client with `bundle` (a
  /// KeyPackage in the new suite), whose first commit adds the owners of `keyPackages` (the other members' KeyPackages
  /// in the new suite) and injects this group's `reinit` resumption PSK; the Welcome goes to them, and they join
  /// with [#joinReInitSuccessor]. This group is not changed. Any member may create the successor; the
  /// application decides who does.
  public ReInitSuccessor createReInitSuccessor(KeyPackageBundle bundle, List<KeyPackageIn> keyPackages) {
    OutgoingCommit.Built built = ReInits.createSuccessor(state, bundle, keyPackages, config);
    return new ReInitSuccessor(new MlsGroup(built.state(), config), built.result());
  }

  /// The ReInit committed into the current epoch, if any: the group should then be replaced by its successor
  /// ([#createReInitSuccessor], [#joinReInitSuccessor]).
  public Optional<Proposal.ReInit> committedReInit() {
    return state.reInit();
  }

  /// Moves to the epoch of the pending commit.
  public ProcessedMessage.CommitApplied mergePendingCommit() {
    PendingCommit p = state.pending().orElseThrow(() -> new UsageException("no commit is pending"));
    state = state.advance(p.next(), p.summary().reInit(), config.pastEpochs(), true);
    return p.summary();
  }

  /// Forgets the pending commit; the group stays in its epoch.
  public void discardPendingCommit() {
    state = state.withPending(Optional.empty());
  }

  public boolean hasPendingCommit() {
    return state.pending().isPresent();
  }

  // ---- incoming messages ------------------------------------------------------------------------------------

  /// Processes a PublicMessage or PrivateMessage of this group (RFC 9420 §6, §12). Invalid input throws and leaves
  /// the group unchanged.
  public ProcessedMessage process(MLSMessage message) {
    IncomingMessages.Outcome outcome = IncomingMessages.process(state, message, config);
    state = outcome.state();
    return outcome.result();
  }

  // ---- application messages ---------------------------------------------------------------------------------

  /// Encrypts `plaintext` as a PrivateMessage of the current epoch (RFC 9420 §6.3); `authenticatedData` travels in
  /// the clear but is authenticated.
  public MLSMessage encrypt(byte[] plaintext, byte[] authenticatedData) {
    requireActive();
    EpochState ep = state.current();
    FramedContent content = FramedContent.application(ep.context().groupId(), ep.epoch(),
        new Sender.Member(ep.ownLeaf()), Bytes.of(authenticatedData), Bytes.of(plaintext));
    Framer.Framed framed = Framer.frame(state, Framer.sign(state, WireFormat.PRIVATE_MESSAGE, content), config);
    state = state.withCurrent(framed.epoch());
    return framed.message();
  }

  public MLSMessage encrypt(byte[] plaintext) {
    return encrypt(plaintext, new byte[0]);
  }

  // ---- queries ----------------------------------------------------------------------------------------------

  /// MLS-Exporter(label, context, length) of the current epoch (RFC 9420 §8.5).
  public byte[] export(String label, byte[] context, int length) {
    return state.current().keys().export(state.suite(), label, context, length);
  }

  /// The current epoch's authenticator (RFC 9420 §8.7), for out-of-band comparison.
  public byte[] epochAuthenticator() {
    return state.current().keys().authenticator();
  }

  public long epoch() {
    return state.current().epoch();
  }

  public Bytes groupId() {
    return state.current().context().groupId();
  }

  public CipherSuite suite() {
    return state.suite();
  }

  public LeafIndex ownLeaf() {
    return state.current().ownLeaf();
  }

  /// Whether this client is still a member (false after a commit removed it).
  public boolean isActive() {
    return state.active();
  }

  /// The current members, by leaf order.
  public List<Member> members() {
    RatchetTree tree = state.current().tree();
    List<Member> out = new ArrayList<>();
    for (LeafIndex l : tree.occupiedLeaves()) {
      LeafNode leaf = tree.leaf(l).orElseThrow();
      out.add(new Member(l, leaf.credential(), leaf.signatureKey(), leaf.encryptionKey()));
    }
    return out;
  }

  public List<Extension> groupContextExtensions() {
    return state.current().context().extensions();
  }

  public RatchetTree ratchetTree() {
    return state.current().tree();
  }

  /// Proposals cached in the current epoch, waiting for a commit.
  public List<ProposalRef> pendingProposals() {
    return state.proposals().stream().map(CachedProposal::ref).toList();
  }

  /// A signed GroupInfo of the current epoch with external_pub, for external joiners (RFC 9420 §12.4.3.2).
  public GroupInfo groupInfo(boolean withRatchetTree) {
    EpochState ep = state.current();
    // The confirmation tag is not stored; it is recomputed from the confirmation key and the transcript hash.
    byte[] tag = state.suite().mac(ep.keys().confirmation(), ep.context().confirmedTranscriptHash().toByteArray());
    return GroupInfos.sign(state.suite(), ep.context(), ep.tree(), ep.ownLeaf(), tag, ep.keys(), state.signer(),
        withRatchetTree);
  }

  /// The state value, for tests in this package.
  GroupState state() {
    return state;
  }

  private void requireActive() {
    if (!state.active()) {
      throw new UsageException("this client is no longer a member of the group");
    }
  }

  private void requireMember(LeafIndex leaf) {
    if (state.current().tree().leaf(leaf).isEmpty()) {
      throw new UsageException(leaf + " is not a member");
    }
  }

  @Override
  public String toString() {
    return "MlsGroup[suite=" + state.suite().id() + ", epoch=" + Long.toUnsignedString(epoch()) + ", members="
        + state.current().tree().occupiedLeaves().size() + (state.active() ? "" : ", removed") + "]";
  }
}
