package dev.quicnprotochat.mls.framing;

import dev.quicnprotochat.mls.CryptoException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.secrettree.HashRatchet;
import dev.quicnprotochat.mls.secrettree.RatchetKey;
import dev.quicnprotochat.mls.secrettree.RatchetType;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import dev.quicnprotochat.mls.secrettree.SenderDataKeys;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.Arrays;
import java.util.Random;

/// The two encryption layers of a PrivateMessage (RFC 9420 §6.3.1, §6.3.2):
///
/// ```
/// struct {
///     select (PrivateMessage.content_type) {
///         case application: opaque application_data<V>;
///         case proposal:    Proposal proposal;
///         case commit:      Commit commit;
///     };
///     FramedContentAuthData auth;
///     opaque padding[length_of_padding];
/// } PrivateMessageContent;
///
/// struct { opaque group_id<V>; uint64 epoch; ContentType content_type; opaque authenticated_data<V>; }
///     PrivateContentAAD;
/// struct { opaque group_id<V>; uint64 epoch; ContentType content_type; } SenderDataAAD;
/// ```
///
/// The content key comes from the sender's ratchet, its nonce XORed with the 4-byte reuse guard; the sender data is
/// sealed under keys derived from a sample of the content ciphertext.
final class PrivateMessageCrypto {

  private PrivateMessageCrypto() {
  }

  static PrivateMessage protect(CipherSuite suite, AuthenticatedContent authenticated, SecretTree tree,
      byte[] senderDataSecret, int paddingBlock, Random random) {
    FramedContent content = authenticated.content();
    if (authenticated.wireFormat() != WireFormat.PRIVATE_MESSAGE) {
      throw new UsageException("content was signed for " + authenticated.wireFormat());
    }
    if (!(content.sender() instanceof Sender.Member member)) {
      throw new UsageException("only members send PrivateMessages (RFC 9420 §6.3)");
    }
    RatchetKey key = tree.ratchet(member.leaf(), ratchetType(content.contentType())).next();
    byte[] reuseGuard = new byte[SenderData.REUSE_GUARD_LENGTH];
    random.nextBytes(reuseGuard);

    TlsWriter plaintext = new TlsWriter(64 + content.body().length());
    FramedContent.writeBody(plaintext, content.contentType(), content.body());
    authenticated.auth().encode(plaintext, content.contentType());
    int padding = paddingBlock > 1 ? (paddingBlock - plaintext.size() % paddingBlock) % paddingBlock : 0;
    plaintext.raw(new byte[padding]);

    byte[] aad = contentAad(content.groupId(), content.epoch(), content.contentType(), content.authenticatedData());
    byte[] keyBytes = key.key().toByteArray();
    byte[] nonce = guardedNonce(key, reuseGuard);
    byte[] ciphertext;
    try {
      ciphertext = suite.seal(keyBytes, nonce, aad, plaintext.toByteArray());
    } finally {
      Arrays.fill(keyBytes, (byte) 0);
      Arrays.fill(nonce, (byte) 0);
      key.destroy();
    }

    byte[] senderData = new TlsWriter(12).u32(member.leaf().value()).u32(key.generation()).raw(reuseGuard)
        .toByteArray();
    SenderDataKeys sdKeys = SenderDataKeys.derive(suite, senderDataSecret, ciphertext);
    byte[] encryptedSenderData;
    try {
      encryptedSenderData = suite.seal(sdKeys.key(), sdKeys.nonce(),
          senderDataAad(content.groupId(), content.epoch(), content.contentType()), senderData);
    } finally {
      sdKeys.destroy();
    }
    return new PrivateMessage(content.groupId(), content.epoch(), content.contentType(), content.authenticatedData(),
        Bytes.wrap(encryptedSenderData), Bytes.wrap(ciphertext));
  }

  /// Decrypts both layers; does not verify the signature.
  static AuthenticatedContent decrypt(CipherSuite suite, PrivateMessage message, SecretTree tree,
      byte[] senderDataSecret) {
    // The ciphertext is read in place: only its sample is copied.
    Bytes ciphertext = message.ciphertext();
    SenderDataKeys sdKeys = SenderDataKeys.derive(suite, senderDataSecret,
        ciphertext.copyOfRange(0, Math.min(ciphertext.length(), suite.hashLength())));
    byte[] senderDataBytes;
    try {
      senderDataBytes = suite.open(sdKeys.key(), sdKeys.nonce(),
          senderDataAad(message.groupId(), message.epoch(), message.contentType()),
          message.encryptedSenderData().toByteArray());
    } catch (CryptoException e) {
      throw new ValidationException(ValidationCheck.SENDER, "sender data does not decrypt");
    } finally {
      sdKeys.destroy();
    }
    SenderData senderData = TlsReader.decode(senderDataBytes, SenderData::decode);
    LeafIndex leaf = senderData.leafIndex();
    if (leaf.value() >= tree.leafCount()) {
      throw new ValidationException(ValidationCheck.SENDER, "sender leaf " + leaf.value() + " is outside the tree");
    }

    HashRatchet ratchet = tree.ratchet(leaf, ratchetType(message.contentType()));
    RatchetKey key = ratchet.get(senderData.generation());
    byte[] aad = contentAad(message.groupId(), message.epoch(), message.contentType(), message.authenticatedData());
    byte[] keyBytes = key.key().toByteArray();
    byte[] nonce = guardedNonce(key, senderData.reuseGuard().toByteArray());
    byte[] plaintext;
    try {
      plaintext = suite.open(keyBytes, nonce, aad, ciphertext);
    } catch (CryptoException e) {
      // Nothing was accepted under this key: keep it for an intact copy of the message.
      ratchet.restore(key);
      throw e;
    } finally {
      Arrays.fill(keyBytes, (byte) 0);
      Arrays.fill(nonce, (byte) 0);
    }
    // RFC 9420 §9.2: the key is deleted once its message is decrypted.
    key.destroy();

    // The plaintext is ours and never written again: the commit body and its path ciphertexts stay views of it.
    TlsReader r = new TlsReader(Bytes.wrap(plaintext));
    FramedContent.Body body = FramedContent.readBody(r, message.contentType());
    FramedContentAuthData auth = FramedContentAuthData.decode(r, message.contentType());
    // RFC 9420 §6.3.1: the padding must be all zeros.
    while (r.hasRemaining()) {
      if (r.u8() != 0) {
        throw new ValidationException(ValidationCheck.PADDING, "non-zero padding");
      }
    }
    FramedContent content = FramedContent.of(message.groupId(), message.epoch(), new Sender.Member(leaf),
        message.authenticatedData(), body);
    return new AuthenticatedContent(WireFormat.PRIVATE_MESSAGE, content, auth);
  }

  private static RatchetType ratchetType(ContentType type) {
    return type == ContentType.APPLICATION ? RatchetType.APPLICATION : RatchetType.HANDSHAKE;
  }

  /// RFC 9420 §6.3.1: the first four bytes of the nonce are XORed with the reuse guard.
  private static byte[] guardedNonce(RatchetKey key, byte[] reuseGuard) {
    byte[] nonce = key.nonce().toByteArray();
    for (int i = 0; i < reuseGuard.length; i++) {
      nonce[i] ^= reuseGuard[i];
    }
    return nonce;
  }

  private static byte[] contentAad(Bytes groupId, long epoch, ContentType type, Bytes authenticatedData) {
    return new TlsWriter(32 + groupId.length() + authenticatedData.length()).opaque(groupId).u64(epoch)
        .u8(type.code()).opaque(authenticatedData).toByteArray();
  }

  private static byte[] senderDataAad(Bytes groupId, long epoch, ContentType type) {
    return new TlsWriter(16 + groupId.length()).opaque(groupId).u64(epoch).u8(type.code()).toByteArray();
  }
}
