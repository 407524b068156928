package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.InternalException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.extension.ExtensionType;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.ContentType;
import dev.quicnprotochat.mls.framing.FramedContent;
import dev.quicnprotochat.mls.framing.PrivateMessage;
import dev.quicnprotochat.mls.framing.PublicMessage;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.message.Commit;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.ProposalRef;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeSource;
import dev.quicnprotochat.mls.tree.LeafNodeValidation;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/// Dispatches an incoming group message (RFC 9420 §6, §12): unprotects it against the right epoch, then handles
/// application data, a proposal or a commit. Returns the outcome and the state to adopt; throws, with the state
/// untouched, when any check fails.
final class IncomingMessages {

  record Outcome(ProcessedMessage result, GroupState state) {
  }

  private IncomingMessages() {
  }

  static Outcome process(GroupState state, MLSMessage message, GroupConfig config) {
    return switch (message) {
      case MLSMessage.OfPublicMessage pm -> processPublic(state, pm.message(), config);
      case MLSMessage.OfPrivateMessage pm -> processPrivate(state, pm.message(), config);
      default -> throw new UsageException("a " + message.wireFormat() + " is not processed by a group");
    };
  }

  private static Outcome processPublic(GroupState state, PublicMessage pm, GroupConfig config) {
    EpochState ep = state.current();
    FramedContent content = pm.content();
    checkGroup(state, content.groupId());
    if (content.epoch() != ep.epoch()) {
      throw new ValidationException(ValidationCheck.WRONG_EPOCH, "handshake message for epoch "
          + Long.toUnsignedString(content.epoch()) + ", the group is in " + Long.toUnsignedString(ep.epoch()));
    }
    Optional<PendingCommit> pending = state.pending();
    if (pending.isPresent() && content.sender().equals(new Sender.Member(ep.ownLeaf()))
        && content.contentType() == ContentType.COMMIT
        && pending.get().content().equals(Bytes.wrap(content.toByteArray()))) {
      // The delivery service echoed this client's own commit: that is its confirmation.
      PendingCommit p = pending.get();
      return new Outcome(p.summary(), state.advance(p.next(), p.summary().reInit(), config.pastEpochs(), true));
    }
    AuthenticatedContent ac = pm.unprotect(state.suite(), ep.context(), ep.keys().membership(),
        sender -> verificationKey(state, content, sender));
    return handle(state, ac, config);
  }

  /// A commit of at least `parallelThreshold` × this many bytes has its signature checked on the executor while it
  /// is processed (a 1024-member path commit is about 85 KB; the default threshold, 32, makes this 8 KB).
  static final int PARALLEL_VERIFY_BYTES_PER_UNIT = 256;

  private static Outcome processPrivate(GroupState state, PrivateMessage pm, GroupConfig config) {
    checkGroup(state, pm.groupId());
    EpochState ep = state.epoch(pm.epoch()).orElseThrow(() -> new ValidationException(ValidationCheck.WRONG_EPOCH,
        "message for epoch " + Long.toUnsignedString(pm.epoch()) + ", which this client does not hold (current "
            + Long.toUnsignedString(state.current().epoch()) + ")"));
    if (ep != state.current() && pm.contentType() != ContentType.APPLICATION) {
      throw new ValidationException(ValidationCheck.WRONG_EPOCH, "handshake message for past epoch "
          + Long.toUnsignedString(pm.epoch()));
    }
    // Decrypting consumes ratchet keys: work on a copy, kept only if the message is accepted.
    SecretTree st = ep.secretTree().copy();
    AuthenticatedContent ac;
    try {
      ac = pm.decryptUnverified(state.suite(), st, ep.keys().senderData(), ep.context());
    } catch (dev.quicnprotochat.mls.CryptoException e) {
      // RFC 9420 §6.3.1: content that does not open under the sender's ratchet key is rejected.
      throw new ValidationException(ValidationCheck.DECRYPTION, "the message content does not decrypt");
    }
    byte[] key = ep.member(((Sender.Member) ac.content().sender()).leaf()).signatureKey().toByteArray();
    GroupState updated = state.replaceEpoch(ep.withSecretTree(st));
    if (pm.contentType() == ContentType.COMMIT
        && ac.content().body().length() >= (long) config.parallelThreshold() * PARALLEL_VERIFY_BYTES_PER_UNIT) {
      return handleWhileVerifying(updated, ac, key, ep.context(), config);
    }
    ac.verifySignature(state.suite(), key, ep.context());
    if (pm.contentType() == ContentType.APPLICATION) {
      Sender.Member m = (Sender.Member) ac.content().sender();
      LeafNode leaf = ep.member(m.leaf());
      Member sender = new Member(m.leaf(), leaf.credential(), leaf.signatureKey(), leaf.encryptionKey());
      return new Outcome(new ProcessedMessage.ApplicationMessage(ep.epoch(), sender, ac.content().applicationData(),
          ac.content().authenticatedData()), updated);
    }
    return handle(updated, ac, config);
  }

  /// Processes a large commit while another thread checks its signature: the signature covers the whole commit
  /// (SHA-512 over it for Ed25519, about a third of the work at 1024 members), and nothing from `handle` is used
  /// before the check passed. The same thread then checks the signature of the committer's new leaf (RFC 9420
  /// §7.3), which `handle` would otherwise check on the calling thread. A failed signature is reported in
  /// preference to any failure of `handle`, exactly as when the check runs first. Before the checks, that thread
  /// computes the confirmed transcript hash (§8.2, a hash over the whole commit), which `handle` needs only once the
  /// path is merged and decrypted. The calling thread never waits for either to start: whatever no executor thread
  /// has taken by the time the calling thread needs it, the calling thread runs itself.
  private static Outcome handleWhileVerifying(GroupState updated, AuthenticatedContent ac, byte[] key,
      GroupContext context, GroupConfig config) {
    // Only a member's path leaf of source commit: any other leaf fails `handle`'s own checks first, as before.
    Optional<LeafNode> pathLeaf = ac.content().sender() instanceof Sender.Member
        ? ac.content().commit().path().map(p -> p.leafNode())
            .filter(l -> l.source() == LeafNodeSource.COMMIT)
        : Optional.empty();
    byte[] interim = updated.current().interimTranscriptHash().toByteArray();
    FutureTask<byte[]> transcript = new FutureTask<>(() -> ac.confirmedTranscriptHash(updated.suite(), interim));
    FutureTask<Void> verified = new FutureTask<>(() -> {
      ac.verifySignature(updated.suite(), key, context);
      pathLeaf.ifPresent(leaf -> LeafNodeValidation.requireSignature(updated.suite(),
          leaf, context.groupId(), ((Sender.Member) ac.content().sender()).leaf()));
      return null;
    });
    try {
      // Each task records its own outcome; this one only runs them in order.
      config.executor().execute(new FutureTask<Void>(() -> {
        transcript.run();
        verified.run();
      }, null));
    } catch (RejectedExecutionException e) {
      // Both then run below, on this thread.
    }
    Outcome outcome = null;
    RuntimeException failure = null;
    try {
      outcome = handle(updated, ac, config, pathLeaf.isPresent(), () -> {
        // A task that already started or finished is not run again.
        transcript.run();
        return await(transcript);
      });
    } catch (RuntimeException e) {
      failure = e;
    }
    // If no executor thread has started the check yet (a busy machine, a saturated pool), this thread runs it rather
    // than wait for one; a task that already started or finished is not run again.
    verified.run();
    await(verified);
    if (failure != null) {
      throw failure;
    }
    return outcome;
  }

  /// Waits for `task` (running on another thread) without giving up on an interrupt, which is kept for the caller;
  /// rethrows its failure as it was thrown.
  private static <T> T await(FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw new InternalException("a check of the commit failed", e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static void checkGroup(GroupState state, Bytes groupId) {
    if (!groupId.equals(state.current().context().groupId())) {
      throw new ValidationException(ValidationCheck.WRONG_GROUP, "message is for another group");
    }
  }

  /// RFC 9420 §6.1: who may send what, and with which key their signature verifies.
  private static byte[] verificationKey(GroupState state, FramedContent content, Sender sender) {
    EpochState ep = state.current();
    return switch (sender) {
      case Sender.Member m -> ep.member(m.leaf()).signatureKey().toByteArray();
      case Sender.External e -> {
        if (content.contentType() != ContentType.PROPOSAL) {
          throw new ValidationException(ValidationCheck.SENDER, "an external sender sent a commit");
        }
        Extension ext = Extension.find(ep.context().extensions(), ExtensionType.EXTERNAL_SENDERS).orElseThrow(
            () -> new ValidationException(ValidationCheck.SENDER, "the group has no external senders"));
        List<GroupExtensions.ExternalSender> senders = GroupExtensions.decodeExternalSenders(ext.extensionData());
        if (e.senderIndex() >= senders.size()) {
          throw new ValidationException(ValidationCheck.SENDER, "unknown external sender " + e.senderIndex());
        }
        yield senders.get(e.senderIndex()).signatureKey().toByteArray();
      }
      case Sender.NewMemberProposal n -> {
        if (content.contentType() != ContentType.PROPOSAL || !(content.proposal() instanceof Proposal.Add add)) {
          throw new ValidationException(ValidationCheck.SENDER, "a new_member_proposal sender sent no Add");
        }
        yield add.keyPackage().leafNode().signatureKey().toByteArray();
      }
      case Sender.NewMemberCommit n -> {
        if (content.contentType() != ContentType.COMMIT) {
          throw new ValidationException(ValidationCheck.SENDER, "a new_member_commit sender sent no commit");
        }
        Commit commit = content.commit();
        yield commit.path().orElseThrow(() -> new ValidationException(ValidationCheck.EXTERNAL_COMMIT,
            "an external commit without a path")).leafNode().signatureKey().toByteArray();
      }
    };
  }

  private static Outcome handle(GroupState state, AuthenticatedContent ac, GroupConfig config) {
    return handle(state, ac, config, false, null);
  }

  /// `leafSignatureChecked`: the caller checks the commit's path leaf signature and adopts nothing unless it passed.
  /// `confirmedTranscriptHash`, when not `null`, supplies a commit's confirmed transcript hash (computed elsewhere).
  private static Outcome handle(GroupState state, AuthenticatedContent ac, GroupConfig config,
      boolean leafSignatureChecked, Supplier<byte[]> confirmedTranscriptHash) {
    if (!state.active()) {
      throw new UsageException("this client was removed from the group and takes no more handshake messages");
    }
    return switch (ac.content().contentType()) {
      case APPLICATION -> throw new ValidationException(ValidationCheck.CONTENT_TYPE, "application data in the clear");
      case PROPOSAL -> handleProposal(state, ac, config);
      case COMMIT -> {
        IncomingCommit.Staged staged = IncomingCommit.process(state, ac, config, leafSignatureChecked,
            confirmedTranscriptHash);
        GroupState next = staged.next()
            .map(n -> state.advance(n, staged.summary().reInit(), config.pastEpochs(), true))
            .orElseGet(() -> state.withPending(Optional.empty()).advanceRemoved());
        yield new Outcome(staged.summary(), next);
      }
    };
  }

  /// RFC 9420 §12.1: a proposal is checked on its own when it arrives and cached by its reference; the list-level
  /// rules of §12.2 run when a commit uses it.
  private static Outcome handleProposal(GroupState state, AuthenticatedContent ac, GroupConfig config) {
    CipherSuite suite = state.suite();
    EpochState ep = state.current();
    Proposal p = ac.content().proposal();
    Sender sender = ac.content().sender();
    switch (p) {
      case Proposal.Add a -> {
        var kp = a.keyPackage().verify(suite, config.clock());
        Capability.requireSupports(kp.leafNode(), suite.id(), ep.context().extensions(), "added member");
      }
      case Proposal.Update u -> {
        if (!(sender instanceof Sender.Member m)) {
          throw new ValidationException(ValidationCheck.PROPOSAL_LIST, "an Update from a non-member");
        }
        dev.quicnprotochat.mls.tree.LeafNodeValidation.validate(suite, u.leafNode(),
            dev.quicnprotochat.mls.tree.LeafNodeSource.UPDATE, ep.context().groupId(), m.leaf(), config.clock(),
            ep.tree());
        Capability.requireSupports(u.leafNode(), suite.id(), ep.context().extensions(), "updated leaf");
      }
      case Proposal.Remove r -> ep.tree().leaf(r.removedLeaf()).orElseThrow(() -> new ValidationException(
          ValidationCheck.PROPOSAL_LIST, "Remove of blank or absent leaf " + r.removed()));
      case Proposal.PreSharedKey psk -> {
        if (psk.psk().pskNonce().length() != suite.hashLength()) {
          throw new ValidationException(ValidationCheck.PSK, "PSK nonce of " + psk.psk().pskNonce().length()
              + " bytes");
        }
      }
      case Proposal.ExternalInit ei -> throw new ValidationException(ValidationCheck.PROPOSAL_LIST,
          "an ExternalInit outside an external commit");
      case Proposal.GroupContextExtensions g -> {
        Extension.requireUniqueTypes(g.extensions());
        ProposalRules.requireDecodable(g.extensions());
      }
      case Proposal.ReInit ri -> {
      }
      case Proposal.Unknown u -> {
      }
    }
    ProposalRef ref = ProposalRef.of(suite, Bytes.wrap(ac.toByteArray()));
    if (state.proposals().stream().anyMatch(c -> c.ref().equals(ref))) {
      throw new ValidationException(ValidationCheck.PROPOSAL_LIST, "the proposal was already received");
    }
    return new Outcome(new ProcessedMessage.ProposalStored(ep.epoch(), sender, ref, p),
        state.withProposal(new CachedProposal(ref, sender, p)));
  }
}
