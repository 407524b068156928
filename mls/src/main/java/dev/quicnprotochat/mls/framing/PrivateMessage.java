package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;

/// An encrypted handshake or application message (RFC 9420 §6.3):
///
/// ```
/// struct {
///     opaque group_id<V>;
///     uint64 epoch;
///     ContentType content_type;
///     opaque authenticated_data<V>;
///     opaque encrypted_sender_data<V>;
///     opaque ciphertext<V>;
/// } PrivateMessage;
/// ```
///
/// [#protect] and [#unprotect] implement §6.3.1 and §6.3.2 in [PrivateMessageCrypto].
public record PrivateMessage(Bytes groupId, long epoch, ContentType contentType, Bytes authenticatedData,
    Bytes encryptedSenderData, Bytes ciphertext) {

  public PrivateMessage {
    Objects.requireNonNull(groupId, "groupId");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(authenticatedData, "authenticatedData");
    Objects.requireNonNull(encryptedSenderData, "encryptedSenderData");
    Objects.requireNonNull(ciphertext, "ciphertext");
  }

  /// Encrypts `authenticated` (signed for `mls_private_message` by a member) with the next key of the sender's
  /// ratchet in `tree`. The plaintext is zero-padded to a multiple of `paddingBlock` bytes (0 or 1: no padding);
  /// `random` supplies the reuse guard: a `SecureRandom` in production, a seeded one only in tests.
  public static PrivateMessage protect(CipherSuite suite, AuthenticatedContent authenticated, SecretTree tree,
      byte[] senderDataSecret, int paddingBlock, Random random) {
    return PrivateMessageCrypto.protect(suite, authenticated, tree, senderDataSecret, paddingBlock, random);
  }

  /// Decrypts the sender data and the content, checks group, epoch, padding and the sender's signature, and returns
  /// the authenticated content. `verificationKeys` maps the (member) sender to its signature key.
  public AuthenticatedContent unprotect(CipherSuite suite, SecretTree tree, byte[] senderDataSecret,
      GroupContext context, Function<Sender, byte[]> verificationKeys) {
    AuthenticatedContent authenticated = decryptUnverified(suite, tree, senderDataSecret, context);
    authenticated.verifySignature(suite, verificationKeys.apply(authenticated.content().sender()), context);
    return authenticated;
  }

  /// [#unprotect] without the signature check, for a caller that checks the signature itself
  /// ([AuthenticatedContent#verifySignature]) before it uses the content for anything but speculative work.
  public AuthenticatedContent decryptUnverified(CipherSuite suite, SecretTree tree, byte[] senderDataSecret,
      GroupContext context) {
    Framing.checkGroupAndEpoch(groupId, epoch, context);
    return PrivateMessageCrypto.decrypt(suite, this, tree, senderDataSecret);
  }

  public static PrivateMessage decode(TlsReader r) {
    // The ciphertext, nearly the whole message, stays in the message's bytes (no copy of an 85 KB commit).
    return new PrivateMessage(r.opaqueBytes(), r.u64(), ContentType.fromCode(r.u8()), r.opaqueBytes(),
        r.opaqueBytes(), r.opaqueView());
  }

  public void encode(TlsWriter w) {
    w.opaque(groupId).u64(epoch).u8(contentType.code()).opaque(authenticatedData).opaque(encryptedSenderData)
        .opaque(ciphertext);
  }

  public byte[] toByteArray() {
    TlsWriter w = new TlsWriter(32 + groupId.length() + authenticatedData.length() + encryptedSenderData.length()
        + ciphertext.length());
    encode(w);
    return w.toByteArray();
  }
}
