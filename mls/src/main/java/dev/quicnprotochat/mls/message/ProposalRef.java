package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import java.util.Objects;

/// `HashReference ProposalRef;` (RFC 9420 §5.2): `RefHash("MLS 1.0 Proposal Reference", AuthenticatedContent)`.
public record ProposalRef(Bytes value) {

  /// The RefHash label. Unlike the *WithLabel functions, RefHash takes its label verbatim (§5.2; crypto-basics
  /// tests it with the bare label "RefHash"), so the "MLS 1.0 " prefix is part of it.
  public static final String LABEL = "MLS 1.0 Proposal Reference";

  public ProposalRef {
    Objects.requireNonNull(value, "value");
  }

  /// The reference of an encoded AuthenticatedContent that carries a proposal.
  public static ProposalRef of(CipherSuite suite, Bytes authenticatedContent) {
    return new ProposalRef(Bytes.wrap(suite.refHash(LABEL, authenticatedContent.toByteArray())));
  }

  public static ProposalRef decode(TlsReader r) {
    return new ProposalRef(r.opaqueBytes());
  }

  public void encode(TlsWriter w) {
    w.opaque(value);
  }
}
