package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.Objects;
import java.util.Optional;

/// The authentication of a FramedContent (RFC 9420 §6.1):
///
/// ```
/// opaque MAC<V>;
///
/// struct {
///     opaque signature<V>;
///     select (FramedContent.content_type) {
///         case commit:      MAC confirmation_tag;
///         case application:
///         case proposal:    struct{};
///     };
/// } FramedContentAuthData;
/// ```
///
/// The confirmation tag is present exactly for commits.
public record FramedContentAuthData(Bytes signature, Optional<Bytes> confirmationTag) {

  public FramedContentAuthData {
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(confirmationTag, "confirmationTag");
  }

  public static FramedContentAuthData decode(TlsReader r, ContentType type) {
    Bytes signature = r.opaqueBytes();
    return new FramedContentAuthData(signature,
        type == ContentType.COMMIT ? Optional.of(r.opaqueBytes()) : Optional.empty());
  }

  public void encode(TlsWriter w, ContentType type) {
    if (confirmationTag.isPresent() != (type == ContentType.COMMIT)) {
      throw new UsageException("a confirmation tag goes with commits and only with them");
    }
    w.opaque(signature);
    confirmationTag.ifPresent(w::opaque);
  }
}
