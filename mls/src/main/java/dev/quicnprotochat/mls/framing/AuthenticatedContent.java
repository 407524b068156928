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
    byte[] tbs = FramedContentTBS.of(wireFormat, content, context).toByteArray();
    return Bytes.wrap(suite.signWithLabel(signer, SIGNATURE_LABEL, tbs));
  }

  /// RFC 9420 §6.1: checks the signature with the sender's `verificationKey`; failure is a
  /// [ValidationException] (`SIGNATURE`).
  public void verifySignature(CipherSuite suite, byte[] verificationKey, GroupContext context) {
    byte[] tbs = FramedContentTBS.of(wireFormat, content, context).toByteArray();
    if (!suite.verifyWithLabel(verificationKey, SIGNATURE_LABEL, tbs, auth.signature().toByteArray())) {
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
    if (content.contentType() != ContentType.COMMIT) {
      throw new UsageException("only commits enter the transcript hash");
    }
    TlsWriter w = new TlsWriter(128 + content.body().length() + signature.length());
    w.u16(wireFormat.code());
    content.encode(w);
    w.opaque(signature);
    return w.toByteArray();
  }
}
