package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.ProposalRef;
import java.util.Objects;

/// A proposal received or sent in the current epoch, kept until a commit references it (RFC 9420 §12.1).
record CachedProposal(ProposalRef ref, Sender sender, Proposal proposal) {

  CachedProposal {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(proposal, "proposal");
  }

  void encode(TlsWriter w) {
    ref.encode(w);
    sender.encode(w);
    proposal.encode(w);
  }

  static CachedProposal decode(TlsReader r) {
    return new CachedProposal(ProposalRef.decode(r), Sender.decode(r), Proposal.decode(r));
  }
}
