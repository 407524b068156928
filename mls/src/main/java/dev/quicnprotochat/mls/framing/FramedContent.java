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
/// and hashes over a received message cover the bytes the sender signed; [#proposal()] and [#commit()] decode it.
public record FramedContent(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData,
    ContentType contentType, Bytes body) {

  public FramedContent {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(sender, "sender");
    Objects.requireNonNull(authenticatedData, "authenticatedData");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
  }

  public static FramedContent application(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData,
      Bytes applicationData) {
    return new FramedContent(groupId, epoch, sender, authenticatedData, ContentType.APPLICATION, applicationData);
  }

  public static FramedContent proposal(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData,
      Proposal proposal) {
    return new FramedContent(groupId, epoch, sender, authenticatedData, ContentType.PROPOSAL, proposal.toBytes());
  }

  public static FramedContent commit(Bytes groupId, long epoch, Sender sender, Bytes authenticatedData,
      Commit commit) {
    return new FramedContent(groupId, epoch, sender, authenticatedData, ContentType.COMMIT, commit.toBytes());
  }

  public static FramedContent decode(TlsReader r) {
    Bytes groupId = r.opaqueBytes();
    long epoch = r.u64();
    Sender sender = Sender.decode(r);
    Bytes authenticatedData = r.opaqueBytes();
    ContentType type = ContentType.fromCode(r.u8());
    return new FramedContent(groupId, epoch, sender, authenticatedData, type, readBody(r, type));
  }

  public void encode(TlsWriter w) {
    w.opaque(groupId).u64(epoch);
    sender.encode(w);
    w.opaque(authenticatedData).u8(contentType.code());
    writeBody(w, contentType, body);
  }

  /// Reads the content body selected by `type`: the application data, or the bytes of one Proposal or Commit.
  static Bytes readBody(TlsReader r, ContentType type) {
    if (type == ContentType.APPLICATION) {
      return r.opaqueBytes();
    }
    int start = r.position();
    if (type == ContentType.PROPOSAL) {
      Proposal.decode(r);
    } else {
      Commit.decode(r);
    }
    return r.consumedSince(start);
  }

  static void writeBody(TlsWriter w, ContentType type, Bytes body) {
    if (type == ContentType.APPLICATION) {
      w.opaque(body);
    } else {
      w.raw(body);
    }
  }

  public Proposal proposal() {
    require(ContentType.PROPOSAL);
    return Proposal.decode(body);
  }

  public Commit commit() {
    require(ContentType.COMMIT);
    return Commit.decode(body);
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
    TlsWriter w = new TlsWriter(64 + groupId.length() + authenticatedData.length() + body.length());
    encode(w);
    return w.toByteArray();
  }
}
