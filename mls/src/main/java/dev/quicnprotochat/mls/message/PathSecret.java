package dev.quicnprotochat.mls.message;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.Objects;

/// `struct { opaque path_secret<V>; } PathSecret;` (RFC 9420 §12.4.3). A secret: `toString` redacts it.
public record PathSecret(Bytes pathSecret) {

  public PathSecret {
    Objects.requireNonNull(pathSecret, "pathSecret");
  }

  public static PathSecret decode(TlsReader r) {
    return new PathSecret(r.opaqueBytes());
  }

  public void encode(TlsWriter w) {
    w.opaque(pathSecret);
  }

  @Override
  public String toString() {
    return "PathSecret[<redacted>]";
  }
}
