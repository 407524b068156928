package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.tree.Credential;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.List;
import java.util.Optional;

/// A commit this client sent and has not merged yet: the epoch it leads to, what it changes, and its content
/// bytes (the FramedContent), by which an echo from the delivery service is recognised.
record PendingCommit(EpochState next, ProcessedMessage.CommitApplied summary, Bytes content) {

  void encode(TlsWriter w, Optional<CipherSuite> hashesFor) {
    next.encode(w, hashesFor, hashesFor.isPresent());
    w.opaque(content);
    ProcessedMessage.CommitApplied s = summary;
    w.u64(s.epoch()).u32(s.committer().value());
    w.vector(s.added(), PendingCommit::encodeMember);
    w.vector(s.removed(), PendingCommit::encodeMember);
    w.vector(s.updated(), (x, l) -> x.u32(l.value()));
    w.bool(s.selfRemoved());
    w.optional(s.reInit(), (x, p) -> p.encode(x));
  }

  static PendingCommit decode(CipherSuite suite, TlsReader r, boolean withHashesField) {
    EpochState next = EpochState.decode(suite, r, withHashesField);
    Bytes content = r.opaqueBytes();
    long epoch = r.u64();
    LeafIndex committer = LeafIndex.of(r.u32AsInt());
    List<Member> added = r.vector(PendingCommit::decodeMember);
    List<Member> removed = r.vector(PendingCommit::decodeMember);
    List<LeafIndex> updated = r.vector(x -> LeafIndex.of(x.u32AsInt()));
    boolean self = r.bool();
    Optional<Proposal.ReInit> reInit = r.optional(x -> {
      if (Proposal.decode(x) instanceof Proposal.ReInit ri) {
        return ri;
      }
      throw new dev.quicnprotochat.mls.CodecException("stored re-init is not a ReInit proposal");
    });
    return new PendingCommit(next, new ProcessedMessage.CommitApplied(epoch, committer, added, removed, updated,
        self, reInit), content);
  }

  private static void encodeMember(TlsWriter w, Member m) {
    w.u32(m.leaf().value());
    m.credential().encode(w);
    w.opaque(m.signatureKey()).opaque(m.encryptionKey());
  }

  private static Member decodeMember(TlsReader r) {
    return new Member(LeafIndex.of(r.u32AsInt()), Credential.decode(r), r.opaqueBytes(), r.opaqueBytes());
  }
}
