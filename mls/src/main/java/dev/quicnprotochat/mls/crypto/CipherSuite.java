package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.InternalException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.util.function.Consumer;

/// One RFC 9420 §17.1 cipher suite: hash, KDF, AEAD, HPKE and signature scheme, plus the labelled operations of
/// §5.1–§5.2 and §8 built on them.
///
/// Labels are passed without the `"MLS 1.0 "` prefix; implementations prepend it (except [#refHash], see there).
/// Byte arrays in and out are never retained or shared: callers may zero them afterwards. Instances are thread-safe.
public interface CipherSuite {

  /// The §17.1 code point (1–7 for the RFC suites, 77–88 for the provisional post-quantum ones).
  int id();

  /// Nh: output length of the KDF, the size of key-schedule secrets. It is also the [#hash] length, except in the
  /// post-quantum suites 77–80, whose KDF is HKDF-SHA512 under a SHA-256 or SHA-384 Hash (docs/post-quantum.md).
  int hashLength();

  /// Nk: AEAD key length.
  int aeadKeyLength();

  /// Nn: AEAD nonce length.
  int aeadNonceLength();

  byte[] hash(byte[] data);

  /// Hash of the concatenation of `parts`, without building it: for hashes over a large received message (the
  /// confirmed transcript hash of an 85 KB commit, §8.2).
  default byte[] hash(Bytes... parts) {
    int length = 0;
    for (Bytes p : parts) {
      length += p.length();
    }
    byte[] all = new byte[length];
    int at = 0;
    for (Bytes p : parts) {
      p.copyTo(all, at);
      at += p.length();
    }
    return hash(all);
  }

  /// MAC(key, data): HMAC with the suite's hash (§5.2).
  byte[] mac(byte[] key, byte[] data);

  /// KDF.Extract(salt, ikm).
  byte[] extract(byte[] salt, byte[] ikm);

  /// KDF.Expand(prk, info, length).
  byte[] expand(byte[] prk, byte[] info, int length);

  /// ExpandWithLabel(secret, label, context, length) of §8.
  byte[] expandWithLabel(byte[] secret, String label, byte[] context, int length);

  /// DeriveSecret(secret, label) = ExpandWithLabel(secret, label, "", Nh) of §8.
  byte[] deriveSecret(byte[] secret, String label);

  /// RefHash(label, value) of §5.2. Unlike the other labelled operations the label is used verbatim, as the RFC
  /// defines it (the official crypto-basics vector hashes the bare label "RefHash"); use [#makeKeyPackageRef] and
  /// [#makeProposalRef] for the two references MLS defines.
  byte[] refHash(String label, byte[] value);

  /// MakeKeyPackageRef(value) = RefHash("MLS 1.0 KeyPackage Reference", value) of §5.2, over the encoded KeyPackage.
  default byte[] makeKeyPackageRef(byte[] encodedKeyPackage) {
    return refHash("MLS 1.0 KeyPackage Reference", encodedKeyPackage);
  }

  /// MakeProposalRef(value) = RefHash("MLS 1.0 Proposal Reference", value) of §5.2, over the encoded
  /// AuthenticatedContent.
  default byte[] makeProposalRef(byte[] encodedAuthenticatedContent) {
    return refHash("MLS 1.0 Proposal Reference", encodedAuthenticatedContent);
  }

  /// AEAD.Seal; the output is ciphertext with the tag appended.
  byte[] seal(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext);

  /// AEAD.Open; a bad tag is a `CryptoException`.
  byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertext);

  /// AEAD.Open of a ciphertext held as [Bytes], read in place rather than copied first (a PrivateMessage commit is
  /// 85 KB at 1024 members).
  default byte[] open(byte[] key, byte[] nonce, byte[] aad, Bytes ciphertext) {
    return open(key, nonce, aad, ciphertext.toByteArray());
  }

  /// HPKE DeriveKeyPair(ikm) of the suite's KEM (RFC 9180 §7.1.3).
  HpkeKeyPair deriveHpkeKeyPair(byte[] ikm);

  HpkeKeyPair generateHpkeKeyPair();

  /// HPKE base-mode SealBase(pkR, info, aad, pt).
  HpkeCiphertext hpkeSeal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext);

  /// HPKE base-mode OpenBase; failure is a `CryptoException`.
  byte[] hpkeOpen(byte[] privateKey, byte[] publicKey, byte[] info, byte[] aad, byte[] kemOutput, byte[] ciphertext);

  /// HPKE SetupBaseS(pkR, info) and Context.Export(exporterContext, length): a fresh secret for the holder of
  /// `publicKey`, plus the kem_output that lets it derive the same secret (used by external init, RFC 9420 §8.3).
  HpkeExport hpkeExport(byte[] publicKey, byte[] info, byte[] exporterContext, int length);

  /// The receiving side of [#hpkeExport]: SetupBaseR(kemOutput, skR, info) and Context.Export.
  byte[] hpkeExportReceive(byte[] privateKey, byte[] publicKey, byte[] info, byte[] kemOutput,
      byte[] exporterContext, int length);

  /// EncryptWithLabel(PublicKey, Label, Context, Plaintext) of §5.1.3.
  HpkeCiphertext encryptWithLabel(byte[] publicKey, String label, byte[] context, byte[] plaintext);

  /// EncryptWithLabel for many recipients under one `context` (the Welcome's GroupSecrets). Equivalent to
  /// [#encryptWithLabel] per recipient; suites override it to compute the shared HPKE key-schedule context once.
  default LabeledEncryptor encryptorWithLabel(String label, byte[] context) {
    byte[] sharedContext = context.clone();
    return (publicKey, plaintext) -> encryptWithLabel(publicKey, label, sharedContext, plaintext);
  }

  /// DecryptWithLabel(PrivateKey, Label, Context, KEMOutput, Ciphertext) of §5.1.3; the public key avoids
  /// recomputing it from the private key.
  byte[] decryptWithLabel(byte[] privateKey, byte[] publicKey, String label, byte[] context, byte[] kemOutput,
      byte[] ciphertext);

  SignatureKeyPair generateSignatureKeyPair();

  /// The public key belonging to a serialised signature private key.
  byte[] signaturePublicKey(byte[] signaturePrivateKey);

  /// SignWithLabel(SignatureKey, Label, Content) of §5.1.2.
  byte[] signWithLabel(byte[] signaturePrivateKey, String label, byte[] content);

  /// SignWithLabel with the whole key pair: EdDSA signing needs the public key, and deriving it from the private key
  /// would cost a second base-point multiplication per signature. The public key must belong to the private key.
  default byte[] signWithLabel(SignatureKeyPair keyPair, String label, byte[] content) {
    return signWithLabel(keyPair.privateKey(), label, content);
  }

  /// SignWithLabel over a content that `content` writes: exactly `contentLength` bytes. Lets a large content (a
  /// commit's FramedContentTBS) go into the SignContent without being built on its own first.
  default byte[] signWithLabel(SignatureKeyPair keyPair, String label, int contentLength,
      Consumer<TlsWriter> content) {
    return signWithLabel(keyPair, label, written(contentLength, content));
  }

  /// VerifyWithLabel over a content that `content` writes: exactly `contentLength` bytes (see above).
  default boolean verifyWithLabel(byte[] verificationKey, String label, int contentLength,
      Consumer<TlsWriter> content, byte[] signature) {
    return verifyWithLabel(verificationKey, label, written(contentLength, content), signature);
  }

  private static byte[] written(int length, Consumer<TlsWriter> content) {
    TlsWriter w = new TlsWriter(length);
    content.accept(w);
    if (w.size() != length) {
      throw new InternalException("signed content is " + w.size() + " bytes, announced " + length);
    }
    return w.detach();
  }

  /// VerifyWithLabel(VerificationKey, Label, Content, SignatureValue) of §5.1.2; a malformed key or signature
  /// verifies as false rather than throwing.
  boolean verifyWithLabel(byte[] verificationKey, String label, byte[] content, byte[] signature);
}
