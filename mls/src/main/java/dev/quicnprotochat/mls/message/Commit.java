package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.treekem.UpdatePath;
import java.util.List;
import java.util.Optional;

/// `struct { ProposalOrRef proposals<V>; optional<UpdatePath> path; } Commit;` (RFC 9420 §12.4).
public record Commit(List<ProposalOrRef> proposals, Optional<UpdatePath> path) {

  public Commit {
    proposals = List.copyOf(proposals);
    java.util.Objects.requireNonNull(path, "path");
  }

  public static Commit decode(TlsReader r) {
    return new Commit(r.vector(ProposalOrRef::decode), r.optional(UpdatePath::decode));
  }

  public static Commit decode(Bytes bytes) {
    return TlsReader.decode(bytes, Commit::decode);
  }

  public void encode(TlsWriter w) {
    w.vector(proposals, (x, p) -> p.encode(x));
    w.optional(path, (x, p) -> p.encode(x));
  }

  public Bytes toBytes() {
    TlsWriter w = new TlsWriter(1024);
    encode(w);
    return w.toBytes();
  }
}
