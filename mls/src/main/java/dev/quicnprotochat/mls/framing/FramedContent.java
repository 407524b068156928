package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.message.Commit;
import dev.quicnprotochat.mls.message.Proposal;
import java.util.Objects;

/// The content of a handshake or application message (RFC 9420 §6):
///
/// ```
/// struct {
///     opaque group_id<V>;
///     uint64 epoch;
///     Sender sender;
///     opaque authenticated_data<V>;
///
///     ContentType content_type;
///     select (FramedContent.content_type) {
///         case application: opaque application_data<V>;
///         case proposal:    Proposal proposal;
///         case commit:      Commit commit;
///     };
/// } FramedContent;
/// ```
///
/// `body` holds the application data itself, or the proposal or commit encoded exactly as sent, so that signatures
/// and hashes over a received message cover the bytes the sender signed; [#proposal()] and [#commit()] return it
/// decoded. A content decoded from the wire keeps the Proposal or Commit its decoder read to find the body's end,
/// so a received commit (85 KB at 1024 members) is decoded once, not twice.
///
/// A value class with the accessors, equality and text of a record over the six fields; the decoded body is a cache
/// of `body`, not part of the value.
public final class FramedContent {

  private final Bytes groupId;
  private final long epoch;
  private final Sender sender;
  private final Bytes authenticatedData;
  private final ContentType contentType;
  private final Bytes body;
  /// The Proposal or Commit that `body` encodes, when known; immutable, so sharing it is safe.
  private final Object decoded;

  public FramedContent(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData, ContentType contentType,
      Bytes body) {
    this(groupId, epoch, sender, authenticatedData, contentType, body, null);
  }

  private FramedContent(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData, ContentType contentType,
      Bytes body, Object decoded) {
    this.groupId = Objects.requireNonNull(groupId, "groupId");
    this.epoch = epoch;
    this.sender = Objects.requireNonNull(sender, "sender");
    this.authenticatedData = Objects.requireNonNull(authenticatedData, "authenticatedData");
    this.contentType = Objects.requireNonNull(contentType, "contentType");
    this.body = Objects.requireNonNull(body, "body");
    this.decoded = decoded;
  }

  /// A content whose `body` was read by [#readBody], with the Proposal or Commit decoded on the way.
  static FramedContent of(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData, Body body) {
    return new FramedContent(groupId, epoch, sender, authenticatedData, body.type(), body.bytes(), body.decoded());
  }

  public static FramedContent application(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData,
      Bytes applicationData) {
    return new FramedContent(groupId, epoch, sender, authenticatedData, ContentType.APPLICATION, applicationData);
  }

  public static FramedContent proposal(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData,
      Proposal proposal) {
    return new FramedContent(groupId, epoch, sender, authenticatedData, ContentType.PROPOSAL, proposal.toBytes(),
        proposal);
  }

  public static FramedContent commit(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData,
      Commit commit) {
    return new FramedContent(groupId, epoch, sender, authenticatedData, ContentType.COMMIT, commit.toBytes(), commit);
  }

  public static FramedContent decode(TlsReader r) {
    Bytes groupId = r.opaqueBytes();
    long epoch = r.u64();
    Sender sender = Sender.decode(r);
    Bytes authenticatedData = r.opaqueBytes();
    ContentType type = ContentType.fromCode(r.u8());
    return of(groupId, epoch, sender, authenticatedData, readBody(r, type));
  }

  public void encode(TlsWriter w) {
    encodeHead(w);
    writeBody(w, contentType, body);
  }

  /// Everything [#encode] writes before the body; for a proposal or commit, whose body is written as it is, the
  /// encoding is this followed by [#body()].
  void encodeHead(TlsWriter w) {
    w.opaque(groupId).u64(epoch);
    sender.encode(w);
    w.opaque(authenticatedData).u8(contentType.code());
  }

  /// The number of bytes [#encode] writes.
  public int encodedLength() {
    int bodyLength = contentType == ContentType.APPLICATION ? TlsWriter.opaqueLength(body.length()) : body.length();
    return TlsWriter.opaqueLength(groupId.length()) + 8 + sender.encodedLength()
        + TlsWriter.opaqueLength(authenticatedData.length()) + 1 + bodyLength;
  }

  /// A content body as read: its type, its bytes, and the Proposal or Commit they encode (`null` for application
  /// data).
  record Body(ContentType type, Bytes bytes, Object decoded) {
  }

  /// Reads the content body selected by `type`: the application data, or the bytes of one Proposal or Commit
  /// (decoded once, to find where they end, and kept; shared with the reader's input when that is a [Bytes], as
  /// a decrypted PrivateMessage is, rather than copied).
  static Body readBody(TlsReader r, ContentType type) {
    if (type == ContentType.APPLICATION) {
      return new Body(type, r.opaqueBytes(), null);
    }
    int start = r.position();
    Object decoded = type == ContentType.PROPOSAL ? Proposal.decode(r) : Commit.decode(r);
    return new Body(type, r.consumedView(start), decoded);
  }

  static void writeBody(TlsWriter w, ContentType type, Bytes body) {
    if (type == ContentType.APPLICATION) {
      w.opaque(body);
    } else {
      w.raw(body);
    }
  }

  public Bytes groupId() {
    return groupId;
  }

  public long epoch() {
    return epoch;
  }

  public Sender sender() {
    return sender;
  }

  public Bytes authenticatedData() {
    return authenticatedData;
  }

  public ContentType contentType() {
    return contentType;
  }

  public Bytes body() {
    return body;
  }

  public Proposal proposal() {
    require(ContentType.PROPOSAL);
    return decoded instanceof Proposal p ? p : Proposal.decode(body);
  }

  public Commit commit() {
    require(ContentType.COMMIT);
    return decoded instanceof Commit c ? c : Commit.decode(body);
  }

  public Bytes applicationData() {
    require(ContentType.APPLICATION);
    return body;
  }

  private void require(ContentType type) {
    if (contentType != type) {
      throw new UsageException("content is " + contentType + ", not " + type);
    }
  }

  public byte[] toByteArray() {
    TlsWriter w = new TlsWriter(encodedLength());
    encode(w);
    return w.toByteArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FramedContent f && epoch == f.epoch && groupId.equals(f.groupId) && sender.equals(f.sender)
        && authenticatedData.equals(f.authenticatedData) && contentType == f.contentType && body.equals(f.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, epoch, sender, authenticatedData, contentType, body);
  }

  @Override
  public String toString() {
    return "FramedContent[groupId=" + groupId + ", epoch=" + epoch + ", sender=" + sender + ", authenticatedData="
        + authenticatedData + ", contentType=" + contentType + ", body=" + body + "]";
  }
}
