package dev.quicnprotochat.mls.crypto;

import dev.quicnprotochat.mls.InternalException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;

/// A §17.1 suite assembled from its hash, AEAD, HPKE and signature parts, with the labelled operations of §5 and §8.
final class StandardCipherSuite implements CipherSuite {

  /// RFC 9420 §5.1.2, §5.1.3, §5.2, §8: every label is prefixed with the protocol version string.
  static final String LABEL_PREFIX = "MLS 1.0 ";

  private static final byte[] EMPTY = new byte[0];

  private final int id;
  private final HashAlgorithm hash;
  private final HashAlgorithm kdf;
  private final AeadAlgorithm aead;
  private final HpkeSuite hpke;
  private final SignatureAlgorithm signature;
  // Keyed by the record, whose equality compares its arrays by identity: a pair is trusted only as the same arrays.
  private final Map<SignatureKeyPair, Boolean> checkedPairs = new WeakHashMap<>();

  StandardCipherSuite(int id, HashAlgorithm hash, AeadAlgorithm aead, HpkeSuite hpke, SignatureAlgorithm signature) {
    this(id, hash, hash, aead, hpke, signature);
  }

  /// A suite whose KDF is HKDF over a different hash than its Hash and MAC: the ts-mls definitions of the
  /// post-quantum suites 77–80 (see docs/post-quantum.md). Nh ([#hashLength]) is then the KDF's output length.
  StandardCipherSuite(int id, HashAlgorithm hash, HashAlgorithm kdf, AeadAlgorithm aead, HpkeSuite hpke,
      SignatureAlgorithm signature) {
    this.id = id;
    this.hash = hash;
    this.kdf = kdf;
    this.aead = aead;
    this.hpke = hpke;
    this.signature = signature;
  }

  static byte[] label(String label) {
    return (LABEL_PREFIX + label).getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public int id() {
    return id;
  }

  @Override
  public int hashLength() {
    return kdf.length();
  }

  @Override
  public int aeadKeyLength() {
    return aead.keyLength();
  }

  @Override
  public int aeadNonceLength() {
    return AeadAlgorithm.NONCE_LENGTH;
  }

  @Override
  public byte[] hash(byte[] data) {
    return hash.hash(data);
  }

  @Override
  public byte[] hash(Bytes... parts) {
    MessageDigest digest = hash.digest();
    for (Bytes p : parts) {
      p.update(digest);
    }
    return digest.digest();
  }

  @Override
  public byte[] mac(byte[] key, byte[] data) {
    return hash.hmac(key, data);
  }

  @Override
  public byte[] extract(byte[] salt, byte[] ikm) {
    return kdf.extract(salt, ikm);
  }

  @Override
  public byte[] expand(byte[] prk, byte[] info, int length) {
    return kdf.expand(prk, info, length);
  }

  /// RFC 9420 §8: `struct { uint16 length; opaque label<V>; opaque context<V>; } KDFLabel`.
  @Override
  public byte[] expandWithLabel(byte[] secret, String label, byte[] context, int length) {
    if (length < 0 || length > 0xffff) {
      throw new UsageException("ExpandWithLabel length " + length + " out of range");
    }
    byte[] prefixed = label(label);
    TlsWriter w = new TlsWriter(prefixed.length + context.length + 8);
    w.u16(length).opaque(prefixed).opaque(context);
    return kdf.expand(secret, w.toByteArray(), length);
  }

  @Override
  public byte[] deriveSecret(byte[] secret, String label) {
    return expandWithLabel(secret, label, EMPTY, kdf.length());
  }

  /// RFC 9420 §5.2: `struct { opaque label<V>; opaque value<V>; } RefHashInput`. The label is used as given:
  /// callers pass the full label, such as "MLS 1.0 KeyPackage Reference".
  @Override
  public byte[] refHash(String label, byte[] value) {
    byte[] l = label.getBytes(StandardCharsets.US_ASCII);
    TlsWriter w = new TlsWriter(l.length + value.length + 8);
    w.opaque(l).opaque(value);
    return hash.hash(w.toByteArray());
  }

  @Override
  public byte[] seal(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) {
    return aead.seal(key, nonce, aad, plaintext);
  }

  @Override
  public byte[] open(byte[] key, byte[] nonce, byte[] aad, byte[] ciphertext) {
    return aead.open(key, nonce, aad, ciphertext);
  }

  @Override
  public byte[] open(byte[] key, byte[] nonce, byte[] aad, Bytes ciphertext) {
    return aead.open(key, nonce, aad, ciphertext);
  }

  @Override
  public HpkeKeyPair deriveHpkeKeyPair(byte[] ikm) {
    return hpke.deriveKeyPair(ikm);
  }

  @Override
  public HpkeKeyPair generateHpkeKeyPair() {
    return hpke.generateKeyPair();
  }

  @Override
  public HpkeCiphertext hpkeSeal(byte[] publicKey, byte[] info, byte[] aad, byte[] plaintext) {
    return hpke.seal(publicKey, info, aad, plaintext);
  }

  @Override
  public byte[] hpkeOpen(byte[] privateKey, byte[] publicKey, byte[] info, byte[] aad, byte[] kemOutput,
      byte[] ciphertext) {
    return hpke.open(privateKey, publicKey, info, aad, kemOutput, ciphertext);
  }

  @Override
  public HpkeExport hpkeExport(byte[] publicKey, byte[] info, byte[] exporterContext, int length) {
    return hpke.exportSender(publicKey, info, exporterContext, length);
  }

  @Override
  public byte[] hpkeExportReceive(byte[] privateKey, byte[] publicKey, byte[] info, byte[] kemOutput,
      byte[] exporterContext, int length) {
    return hpke.exportReceiver(privateKey, publicKey, info, kemOutput, exporterContext, length);
  }

  /// RFC 9420 §5.1.3: `struct { opaque label<V>; opaque context<V>; } EncryptContext` is the HPKE info; aad is empty.
  @Override
  public LabeledEncryptor encryptorWithLabel(String label, byte[] context) {
    // The precomputed key schedule is written for DHKEM; the post-quantum KEMs take the per-recipient path.
    if (hpke instanceof Hpke dhkem) {
      return new DhkemLabeledEncryptor(this, dhkem, encryptContext(label, context));
    }
    return CipherSuite.super.encryptorWithLabel(label, context);
  }

  @Override
  public HpkeCiphertext encryptWithLabel(byte[] publicKey, String label, byte[] context, byte[] plaintext) {
    return hpke.seal(publicKey, encryptContext(label, context), EMPTY, plaintext);
  }

  @Override
  public byte[] decryptWithLabel(byte[] privateKey, byte[] publicKey, String label, byte[] context,
      byte[] kemOutput, byte[] ciphertext) {
    return hpke.open(privateKey, publicKey, encryptContext(label, context), EMPTY, kemOutput, ciphertext);
  }

  private static byte[] encryptContext(String label, byte[] context) {
    byte[] prefixed = label(label);
    TlsWriter w = new TlsWriter(prefixed.length + context.length + 8);
    return w.opaque(prefixed).opaque(context).toByteArray();
  }

  @Override
  public SignatureKeyPair generateSignatureKeyPair() {
    return signature.generate();
  }

  @Override
  public byte[] signaturePublicKey(byte[] signaturePrivateKey) {
    return signature.publicKey(signaturePrivateKey);
  }

  @Override
  public byte[] signWithLabel(byte[] signaturePrivateKey, String label, byte[] content) {
    return signature.sign(signaturePrivateKey, signContent(label, content));
  }

  /// EdDSA signs with the pair's public key, which must belong to the private key: signing one message under two
  /// public keys would leak the private key. Each pair instance is therefore checked once (a base-point
  /// multiplication) and remembered by identity, so repeated signing with the same pair skips the check.
  @Override
  public byte[] signWithLabel(SignatureKeyPair keyPair, String label, byte[] content) {
    byte[] tbs = signContent(label, content);
    if (signature instanceof EdDsaAlgorithm eddsa) {
      requireMatchingPair(eddsa, keyPair);
      return eddsa.sign(keyPair.privateKey(), keyPair.publicKey(), tbs);
    }
    return signature.sign(keyPair.privateKey(), tbs);
  }

  private void requireMatchingPair(EdDsaAlgorithm eddsa, SignatureKeyPair keyPair) {
    synchronized (checkedPairs) {
      if (checkedPairs.containsKey(keyPair)) {
        return;
      }
    }
    if (!MessageDigest.isEqual(eddsa.publicKey(keyPair.privateKey()), keyPair.publicKey())) {
      throw new UsageException("signature key pair: the public key does not belong to the private key");
    }
    synchronized (checkedPairs) {
      checkedPairs.put(keyPair, Boolean.TRUE);
    }
  }

  @Override
  public boolean verifyWithLabel(byte[] verificationKey, String label, byte[] content, byte[] signatureValue) {
    return signature.verify(verificationKey, signContent(label, content), signatureValue);
  }

  @Override
  public byte[] signWithLabel(SignatureKeyPair keyPair, String label, int contentLength,
      Consumer<TlsWriter> content) {
    byte[] tbs = signContent(label, contentLength, content);
    if (signature instanceof EdDsaAlgorithm eddsa) {
      requireMatchingPair(eddsa, keyPair);
      return eddsa.sign(keyPair.privateKey(), keyPair.publicKey(), tbs);
    }
    return signature.sign(keyPair.privateKey(), tbs);
  }

  @Override
  public boolean verifyWithLabel(byte[] verificationKey, String label, int contentLength,
      Consumer<TlsWriter> content, byte[] signatureValue) {
    return signature.verify(verificationKey, signContent(label, contentLength, content), signatureValue);
  }

  /// SignContent written in one buffer of its exact size: the content goes straight into it.
  private static byte[] signContent(String label, int contentLength, Consumer<TlsWriter> content) {
    byte[] prefixed = label(label);
    TlsWriter w = new TlsWriter(TlsWriter.opaqueLength(prefixed.length) + TlsWriter.opaqueLength(contentLength));
    w.opaque(prefixed).varint(contentLength);
    int start = w.size();
    content.accept(w);
    if (w.size() - start != contentLength) {
      throw new InternalException("signed content is " + (w.size() - start) + " bytes, announced " + contentLength);
    }
    return w.detach();
  }

  /// RFC 9420 §5.1.2: `struct { opaque label<V>; opaque content<V>; } SignContent`.
  private static byte[] signContent(String label, byte[] content) {
    byte[] prefixed = label(label);
    TlsWriter w = new TlsWriter(prefixed.length + content.length + 8);
    return w.opaque(prefixed).opaque(content).toByteArray();
  }

  @Override
  public String toString() {
    return "CipherSuite[" + id + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StandardCipherSuite other && other.id == id;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(id);
  }
}
