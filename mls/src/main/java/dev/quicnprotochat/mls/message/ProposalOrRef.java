package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.Objects;

/// A proposal inside a Commit, given inline or by reference (RFC 9420 §12.4):
///
/// ```
/// struct {
///     ProposalOrRefType type;
///     select (ProposalOrRef.type) {
///         case proposal:  Proposal proposal;
///         case reference: ProposalRef reference;
///     };
/// } ProposalOrRef;
/// ```
public sealed interface ProposalOrRef {

  int PROPOSAL = 1;
  int REFERENCE = 2;

  void encode(TlsWriter w);

  static ProposalOrRef decode(TlsReader r) {
    int type = r.u8();
    return switch (type) {
      case PROPOSAL -> new Inline(Proposal.decode(r));
      case REFERENCE -> new Reference(ProposalRef.decode(r));
      default -> throw new CodecException("unknown ProposalOrRef type " + type);
    };
  }

  record Inline(Proposal proposal) implements ProposalOrRef {
    public Inline {
      Objects.requireNonNull(proposal, "proposal");
    }

    @Override
    public void encode(TlsWriter w) {
      w.u8(PROPOSAL);
      proposal.encode(w);
    }
  }

  record Reference(ProposalRef reference) implements ProposalOrRef {
    public Reference {
      Objects.requireNonNull(reference, "reference");
    }

    @Override
    public void encode(TlsWriter w) {
      w.u8(REFERENCE);
      reference.encode(w);
    }
  }
}
