package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// The secrets a Welcome carries to each new member (RFC 9420 §12.4.3):
///
/// ```
/// struct {
///   opaque joiner_secret<V>;
///   optional<PathSecret> path_secret;
///   PreSharedKeyID psks<V>;
/// } GroupSecrets;
/// ```
///
/// `toString` redacts the secrets.
public record GroupSecrets(Bytes joinerSecret, Optional<PathSecret> pathSecret, List<PreSharedKeyID> psks) {

  public GroupSecrets {
    Objects.requireNonNull(joinerSecret, "joinerSecret");
    Objects.requireNonNull(pathSecret, "pathSecret");
    psks = List.copyOf(psks);
  }

  public static GroupSecrets decode(TlsReader r) {
    return new GroupSecrets(r.opaqueBytes(), r.optional(PathSecret::decode), r.vector(PreSharedKeyID::decode));
  }

  public static GroupSecrets decode(Bytes bytes) {
    return TlsReader.decode(bytes, GroupSecrets::decode);
  }

  public void encode(TlsWriter w) {
    w.opaque(joinerSecret);
    w.optional(pathSecret, (x, p) -> p.encode(x));
    w.vector(psks, (x, p) -> p.encode(x));
  }

  public Bytes toBytes() {
    TlsWriter w = new TlsWriter(128);
    encode(w);
    return w.toBytes();
  }

  @Override
  public String toString() {
    return "GroupSecrets[joinerSecret=<redacted>, pathSecret=" + (pathSecret.isPresent() ? "<redacted>" : "none")
        + ", psks=" + psks + "]";
  }
}
