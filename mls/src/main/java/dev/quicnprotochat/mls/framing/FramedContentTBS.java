package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.schedule.GroupContext;
import java.util.Objects;
import java.util.Optional;

/// What a message signature covers (RFC 9420 §6.1):
///
/// ```
/// struct {
///     ProtocolVersion version = mls10;
///     WireFormat wire_format;
///     FramedContent content;
///     select (FramedContentTBS.content.sender.sender_type) {
///         case member:
///         case new_member_commit:   GroupContext context;
///         case external:
///         case new_member_proposal: struct{};
///     };
/// } FramedContentTBS;
/// ```
public record FramedContentTBS(WireFormat wireFormat, FramedContent content, Optional<GroupContext> context) {

  public FramedContentTBS {
    Objects.requireNonNull(wireFormat, "wireFormat");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(context, "context");
    if (context.isPresent() != content.sender().signsGroupContext()) {
      throw new UsageException("the GroupContext is signed for member and new_member_commit senders only");
    }
  }

  /// The TBS for `content`, including `context` when the sender type asks for it.
  public static FramedContentTBS of(WireFormat wireFormat, FramedContent content, GroupContext context) {
    return new FramedContentTBS(wireFormat, content,
        content.sender().signsGroupContext() ? Optional.of(context) : Optional.empty());
  }

  public void encode(TlsWriter w) {
    w.u16(GroupContext.MLS10).u16(wireFormat.code());
    content.encode(w);
    context.ifPresent(c -> c.encode(w));
  }

  /// The number of bytes [#encode] writes.
  public int encodedLength() {
    return 4 + content.encodedLength() + context.map(c -> c.toByteArray().length).orElse(0);
  }

  public byte[] toByteArray() {
    TlsWriter w = new TlsWriter(encodedLength());
    encode(w);
    return w.detach();
  }
}
