package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.schedule.GroupContext;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/// A signed, unencrypted handshake message (RFC 9420 §6.2):
///
/// ```
/// struct {
///     FramedContent content;
///     FramedContentAuthData auth;
///     select (PublicMessage.content.sender.sender_type) {
///         case member:            MAC membership_tag;
///         case external:
///         case new_member_commit:
///         case new_member_proposal: struct{};
///     };
/// } PublicMessage;
/// ```
///
/// `membership_tag = MAC(membership_key, AuthenticatedContentTBM)` with
/// `struct { FramedContentTBS content_tbs; FramedContentAuthData auth; } AuthenticatedContentTBM`.
public record PublicMessage(FramedContent content, FramedContentAuthData auth, Optional<Bytes> membershipTag) {

  public PublicMessage {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(auth, "auth");
    Objects.requireNonNull(membershipTag, "membershipTag");
    if (membershipTag.isPresent() != (content.sender() instanceof Sender.Member)) {
      throw new UsageException("a membership tag goes with member senders and only with them");
    }
  }

  /// Frames `authenticated` (wire format `mls_public_message`). RFC 9420 §6.2: application data is never sent in
  /// the clear, so application content is a [UsageException].
  public static PublicMessage protect(CipherSuite suite, AuthenticatedContent authenticated, GroupContext context,
      byte[] membershipKey) {
    if (authenticated.wireFormat() != WireFormat.PUBLIC_MESSAGE) {
      throw new UsageException("content was signed for " + authenticated.wireFormat());
    }
    if (authenticated.content().contentType() == ContentType.APPLICATION) {
      throw new UsageException("application data must not be sent as a PublicMessage");
    }
    Optional<Bytes> tag = authenticated.content().sender() instanceof Sender.Member
        ? Optional.of(Bytes.wrap(membershipTag(suite, authenticated, context, membershipKey)))
        : Optional.empty();
    return new PublicMessage(authenticated.content(), authenticated.auth(), tag);
  }

  /// Checks group, epoch, membership tag and signature (RFC 9420 §6.2, §6.1) and returns the content.
  /// `verificationKeys` maps the sender to its signature public key (and may throw for an unknown sender).
  public AuthenticatedContent unprotect(CipherSuite suite, GroupContext context, byte[] membershipKey,
      Function<Sender, byte[]> verificationKeys) {
    Framing.checkGroupAndEpoch(content.groupId(), content.epoch(), context);
    if (content.contentType() == ContentType.APPLICATION) {
      throw new ValidationException(ValidationCheck.CONTENT_TYPE, "application data in a PublicMessage");
    }
    AuthenticatedContent authenticated = new AuthenticatedContent(WireFormat.PUBLIC_MESSAGE, content, auth);
    if (membershipTag.isPresent()) {
      byte[] expected = membershipTag(suite, authenticated, context, membershipKey);
      if (!MessageDigest.isEqual(expected, membershipTag.get().toByteArray())) {
        throw new ValidationException(ValidationCheck.MEMBERSHIP_TAG, "membership tag does not verify");
      }
    }
    authenticated.verifySignature(suite, verificationKeys.apply(content.sender()), context);
    return authenticated;
  }

  private static byte[] membershipTag(CipherSuite suite, AuthenticatedContent authenticated, GroupContext context,
      byte[] membershipKey) {
    TlsWriter tbm = new TlsWriter(256 + authenticated.content().body().length());
    FramedContentTBS.of(WireFormat.PUBLIC_MESSAGE, authenticated.content(), context).encode(tbm);
    authenticated.auth().encode(tbm, authenticated.content().contentType());
    return suite.mac(membershipKey, tbm.toByteArray());
  }

  public static PublicMessage decode(TlsReader r) {
    FramedContent content = FramedContent.decode(r);
    FramedContentAuthData auth = FramedContentAuthData.decode(r, content.contentType());
    Optional<Bytes> tag = content.sender() instanceof Sender.Member ? Optional.of(r.opaqueBytes())
        : Optional.empty();
    return new PublicMessage(content, auth, tag);
  }

  public void encode(TlsWriter w) {
    content.encode(w);
    auth.encode(w, content.contentType());
    membershipTag.ifPresent(w::opaque);
  }

  public byte[] toByteArray() {
    TlsWriter w = new TlsWriter(256 + content.body().length());
    encode(w);
    return w.toByteArray();
  }
}
