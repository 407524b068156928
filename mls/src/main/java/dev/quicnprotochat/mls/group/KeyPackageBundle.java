package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.CodecException;
import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.keypackage.KeyPackage;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.keypackage.KeyPackageRef;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.tree.Capabilities;
import dev.quicnprotochat.mls.tree.Credential;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// A KeyPackage (RFC 9420 §10) with the private keys its owner needs to join through it: the init key (decrypts the
/// Welcome), the leaf's encryption key and the signature key. Publish [#keyPackage], keep the bundle secret.
///
/// [#toBytes] and [#fromBytes] store it; `toString` never prints a private key.
public final class KeyPackageBundle {

  private static final int FORMAT = 1;

  private final CipherSuite suite;
  private final KeyPackage keyPackage;
  private final HpkeKeyPair initKey;
  private final HpkeKeyPair encryptionKey;
  private final SignatureKeyPair signatureKeys;

  private KeyPackageBundle(CipherSuite suite, KeyPackage keyPackage, HpkeKeyPair initKey,
      HpkeKeyPair encryptionKey, SignatureKeyPair signatureKeys) {
    this.suite = suite;
    this.keyPackage = keyPackage;
    this.initKey = initKey;
    this.encryptionKey = encryptionKey;
    this.signatureKeys = signatureKeys;
  }

  /// A fresh KeyPackage for `identity` with new init and encryption keys, signed by the identity's key.
  public static KeyPackageBundle create(CipherSuite suite, Identity identity, KeyPackageOptions options) {
    HpkeKeyPair init = suite.generateHpkeKeyPair();
    HpkeKeyPair enc = suite.generateHpkeKeyPair();
    Capabilities caps = options.capabilities().orElseGet(() -> defaultCapabilities(suite, options.leafExtensions()));
    LeafNode unsigned = new LeafNode(Bytes.of(enc.publicKey()), Bytes.of(identity.signatureKeys().publicKey()),
        identity.credential(), caps, LeafNodeSource.KEY_PACKAGE, Optional.of(options.lifetime()), Optional.empty(),
        options.leafExtensions(), Bytes.EMPTY);
    byte[] sigPriv = identity.signatureKeys().privateKey();
    LeafNode leaf = unsigned.signed(suite, sigPriv, null, null);
    KeyPackage kp = KeyPackage.create(suite, Bytes.of(init.publicKey()), leaf, options.packageExtensions(), sigPriv);
    return new KeyPackageBundle(suite, kp, init, enc, identity.signatureKeys());
  }

  /// Wraps a KeyPackage created elsewhere (e.g. test vectors) with its private keys, after checking that they
  /// belong to it: the public keys derived from each private key must match the package.
  public static KeyPackageBundle of(CipherSuite suite, KeyPackageIn keyPackage, byte[] initPrivate,
      byte[] encryptionPrivate, byte[] signaturePrivate, Clock clock) {
    KeyPackage kp = keyPackage.verify(suite, clock);
    HpkeKeyPair init = new HpkeKeyPair(hpkePrivate(suite, initPrivate), kp.initKey().toByteArray());
    HpkeKeyPair enc = new HpkeKeyPair(hpkePrivate(suite, encryptionPrivate),
        kp.leafNode().encryptionKey().toByteArray());
    SignatureKeyPair sig = new SignatureKeyPair(signaturePrivate.clone(),
        kp.leafNode().signatureKey().toByteArray());
    KeyPackageBundle bundle = new KeyPackageBundle(suite, kp, init, enc, sig);
    bundle.checkKeysMatch();
    return bundle;
  }

  /// Some encoders drop the leading zero bytes of NIST-curve scalars (the P-521 vectors carry 65-byte keys);
  /// RFC 9180 §7.1.2 serialises them at the full Nsk length, so shorter keys are left-padded.
  private static byte[] hpkePrivate(CipherSuite suite, byte[] key) {
    // Nsk of the suite's KEM (RFC 9180 §7.1): X25519 32, P-256 32, X448 56, P-521 66, P-384 48.
    int nsk = switch (suite.id()) {
      case 4, 6 -> 56;
      case 5 -> 66;
      case 7 -> 48;
      default -> 32;
    };
    if (key.length >= nsk) {
      return key.clone();
    }
    byte[] padded = new byte[nsk];
    System.arraycopy(key, 0, padded, nsk - key.length, key.length);
    return padded;
  }

  /// The capabilities this library advertises: MLS 1.0, `suite`, basic credentials, and the types of the
  /// leaf's own extensions plus the optional ones this engine understands.
  public static Capabilities defaultCapabilities(CipherSuite suite, List<Extension> leafExtensions) {
    List<Integer> ext = new ArrayList<>(List.of(GroupExtensions.LAST_RESORT));
    for (Extension e : leafExtensions) {
      if (!ext.contains(e.extensionType())) {
        ext.add(e.extensionType());
      }
    }
    return new Capabilities(List.of(1), List.of(suite.id()), ext, List.of(), List.of(Credential.BASIC));
  }

  /// Checks that each private key belongs to its public key in the package: HPKE keys by a seal/open round
  /// trip, the signature key by a sign/verify round trip. A mismatch is a [UsageException].
  public void checkKeysMatch() {
    for (HpkeKeyPair pair : List.of(initKey, encryptionKey)) {
      var ct = suite.encryptWithLabel(pair.publicKey(), "key check", new byte[0], new byte[] {1});
      try {
        suite.decryptWithLabel(pair.privateKey(), pair.publicKey(), "key check", new byte[0], ct.kemOutput(),
            ct.ciphertext());
      } catch (dev.quicnprotochat.mls.CryptoException e) {
        throw new UsageException("a private HPKE key does not belong to the key package");
      }
    }
    byte[] sig = suite.signWithLabel(signatureKeys.privateKey(), "key check", new byte[] {1});
    if (!suite.verifyWithLabel(signatureKeys.publicKey(), "key check", new byte[] {1}, sig)) {
      throw new UsageException("the signature private key does not belong to the key package");
    }
  }

  public CipherSuite suite() {
    return suite;
  }

  public KeyPackage keyPackage() {
    return keyPackage;
  }

  /// The KeyPackage as an MLSMessage, ready to publish.
  public MLSMessage toMessage() {
    return new MLSMessage.OfKeyPackage(keyPackage.wire());
  }

  public KeyPackageRef ref() {
    return keyPackage.ref(suite);
  }

  public HpkeKeyPair initKey() {
    return initKey;
  }

  public HpkeKeyPair encryptionKey() {
    return encryptionKey;
  }

  public SignatureKeyPair signatureKeys() {
    return signatureKeys;
  }

  /// The identity this package was made for.
  public Identity identity() {
    return new Identity(keyPackage.leafNode().credential(), signatureKeys);
  }

  /// `u8 format; u16 suite; KeyPackage; opaque init_priv<V>; opaque enc_priv<V>; opaque sig_priv<V>`.
  public byte[] toBytes() {
    TlsWriter w = new TlsWriter(1024);
    w.u8(FORMAT).u16(suite.id());
    keyPackage.encode(w);
    w.opaque(initKey.privateKey()).opaque(encryptionKey.privateKey()).opaque(signatureKeys.privateKey());
    return w.toByteArray();
  }

  /// Restores a bundle stored by [#toBytes]; damaged bytes are a [CodecException]. The KeyPackage is not
  /// re-validated (its lifetime may have passed since), but the private keys must still match it.
  public static KeyPackageBundle fromBytes(byte[] bytes) {
    return TlsReader.decode(bytes, r -> {
      int format = r.u8();
      if (format != FORMAT) {
        throw new CodecException("unknown key package bundle format " + format);
      }
      int suiteId = r.u16();
      if (!CipherSuites.isSupported(suiteId)) {
        throw new CodecException("unknown cipher suite " + suiteId);
      }
      CipherSuite s = CipherSuites.byId(suiteId);
      KeyPackageIn wire = KeyPackageIn.decode(r);
      byte[] init = r.opaque();
      byte[] enc = r.opaque();
      byte[] sig = r.opaque();
      KeyPackage kp;
      try {
        // Judged at its own not_before: the lifetime may have ended since it was stored, nothing else may change.
        long notBefore = wire.leafNode().lifetime().map(l -> l.notBefore()).orElse(0L);
        kp = wire.verify(s, Clock.fixed(java.time.Instant.ofEpochSecond(notBefore), java.time.ZoneOffset.UTC));
      } catch (dev.quicnprotochat.mls.ValidationException e) {
        throw new CodecException("stored key package bundle is damaged: " + e.getMessage());
      }
      KeyPackageBundle b = new KeyPackageBundle(s, kp,
          new HpkeKeyPair(init, wire.initKey().toByteArray()),
          new HpkeKeyPair(enc, wire.leafNode().encryptionKey().toByteArray()),
          new SignatureKeyPair(sig, wire.leafNode().signatureKey().toByteArray()));
      try {
        b.checkKeysMatch();
      } catch (UsageException | dev.quicnprotochat.mls.CryptoException e) {
        throw new CodecException("stored key package bundle is damaged: " + e.getMessage());
      }
      return b;
    });
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyPackageBundle other && java.util.Arrays.equals(toBytes(), other.toBytes());
  }

  @Override
  public int hashCode() {
    return Objects.hash(keyPackage);
  }

  @Override
  public String toString() {
    return "KeyPackageBundle[suite=" + suite.id() + ", " + keyPackage + ", private keys <redacted>]";
  }
}
