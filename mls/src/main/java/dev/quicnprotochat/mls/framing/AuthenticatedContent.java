package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.schedule.GroupContext;
import java.util.Objects;
import java.util.Optional;

/// A FramedContent with its authentication, as both message forms carry it (RFC 9420 §6.1):
///
/// ```
/// struct {
///     WireFormat wire_format;
///     FramedContent content;
///     FramedContentAuthData auth;
/// } AuthenticatedContent;
/// ```
///
/// The signature is `SignWithLabel(., "FramedContentTBS", FramedContentTBS)`.
public record AuthenticatedContent(WireFormat wireFormat, FramedContent content, FramedContentAuthData auth) {

  static final String SIGNATURE_LABEL = "FramedContentTBS";

  public AuthenticatedContent {
    Objects.requireNonNull(wireFormat, "wireFormat");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(auth, "auth");
    if (auth.confirmationTag().isPresent() != (content.contentType() == ContentType.COMMIT)) {
      throw new UsageException("a confirmation tag goes with commits and only with them");
    }
  }

  /// Signs `content` for `wireFormat`; `confirmationTag` must be present exactly for commits (compute it from
  /// [#confirmedTranscriptHashInput] of the signed content first, see [#signature]).
  public static AuthenticatedContent sign(CipherSuite suite, WireFormat wireFormat, FramedContent content,
      GroupContext context, SignatureKeyPair signer, Optional<Bytes> confirmationTag) {
    return new AuthenticatedContent(wireFormat, content,
        new FramedContentAuthData(signature(suite, wireFormat, content, context, signer), confirmationTag));
  }

  /// The signature alone, for commits whose confirmation tag depends on it.
  public static Bytes signature(CipherSuite suite, WireFormat wireFormat, FramedContent content,
      GroupContext context, SignatureKeyPair signer) {
    FramedContentTBS tbs = FramedContentTBS.of(wireFormat, content, context);
    return Bytes.wrap(suite.signWithLabel(signer, SIGNATURE_LABEL, tbs.encodedLength(), tbs::encode));
  }

  /// RFC 9420 §6.1: checks the signature with the sender's `verificationKey`; failure is a
  /// [ValidationException] (`SIGNATURE`).
  public void verifySignature(CipherSuite suite, byte[] verificationKey, GroupContext context) {
    // The TBS is written straight into the SignContent: no separate copy of a large commit.
    FramedContentTBS tbs = FramedContentTBS.of(wireFormat, content, context);
    if (!suite.verifyWithLabel(verificationKey, SIGNATURE_LABEL, tbs.encodedLength(), tbs::encode,
        auth.signature().toByteArray())) {
      throw new ValidationException(ValidationCheck.SIGNATURE, "FramedContent signature does not verify");
    }
  }

  public static AuthenticatedContent decode(TlsReader r) {
    WireFormat wireFormat = WireFormat.fromCode(r.u16());
    FramedContent content = FramedContent.decode(r);
    return new AuthenticatedContent(wireFormat, content, FramedContentAuthData.decode(r, content.contentType()));
  }

  public void encode(TlsWriter w) {
    w.u16(wireFormat.code());
    content.encode(w);
    auth.encode(w, content.contentType());
  }

  public byte[] toByteArray() {
    TlsWriter w = new TlsWriter(128 + content.body().length());
    encode(w);
    return w.toByteArray();
  }

  /// `struct { WireFormat wire_format; FramedContent content; opaque signature<V>; }
  /// ConfirmedTranscriptHashInput` of §8.2, for a commit.
  public byte[] confirmedTranscriptHashInput() {
    return confirmedTranscriptHashInput(wireFormat, content, auth.signature());
  }

  public static byte[] confirmedTranscriptHashInput(WireFormat wireFormat, FramedContent content, Bytes signature) {
    return confirmedTranscriptHashInput(new byte[0], wireFormat, content, signature);
  }

  /// RFC 9420 §8.2: `confirmed_transcript_hash = Hash(interim_transcript_hash || ConfirmedTranscriptHashInput)`,
  /// hashed in three parts (interim hash and the content's head, the body as it is, the signature) without
  /// building the input.
  public byte[] confirmedTranscriptHash(CipherSuite suite, byte[] interimBefore) {
    return confirmedTranscriptHash(suite, interimBefore, wireFormat, content, auth.signature());
  }

  /// As above, for a commit being built (its signature made, its confirmation tag not yet).
  public static byte[] confirmedTranscriptHash(CipherSuite suite, byte[] interimBefore, WireFormat wireFormat,
      FramedContent content, Bytes signature) {
    if (content.contentType() != ContentType.COMMIT) {
      throw new UsageException("only commits enter the transcript hash");
    }
    // The commit's body (85 KB at 1024 members) is hashed where it lies; only what surrounds it is written out.
    TlsWriter head = new TlsWriter(interimBefore.length + 64 + content.groupId().length()
        + content.authenticatedData().length());
    head.raw(interimBefore).u16(wireFormat.code());
    content.encodeHead(head);
    TlsWriter tail = new TlsWriter(TlsWriter.opaqueLength(signature.length()));
    tail.opaque(signature);
    return suite.hash(Bytes.wrap(head.detach()), content.body(), Bytes.wrap(tail.detach()));
  }

  private static byte[] confirmedTranscriptHashInput(byte[] prefix, WireFormat wireFormat, FramedContent content,
      Bytes signature) {
    if (content.contentType() != ContentType.COMMIT) {
      throw new UsageException("only commits enter the transcript hash");
    }
    TlsWriter w = new TlsWriter(prefix.length + 2 + content.encodedLength()
        + TlsWriter.opaqueLength(signature.length()));
    w.raw(prefix).u16(wireFormat.code());
    content.encode(w);
    w.opaque(signature);
    return w.detach();
  }
}
