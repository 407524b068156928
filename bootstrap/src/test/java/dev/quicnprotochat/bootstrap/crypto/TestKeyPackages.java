package dev.quicnprotochat.bootstrap.crypto;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.keypackage.KeyPackage;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.tree.Capabilities;
import dev.quicnprotochat.mls.tree.Credential;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeSource;
import dev.quicnprotochat.mls.tree.Lifetime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/// Real, signed MLS key packages for tests (RFC 9420 §10), made with `mls/`.
public final class TestKeyPackages {

  public static final CipherSuite SUITE = CipherSuites.byId(
      CipherSuites.MLS_128_DHKEMX25519_AES128GCM_SHA256_ED25519);

  /// Valid from the epoch to 2^64 - 1 seconds: never expires.
  public static final Lifetime FOREVER = new Lifetime(0, -1L);

  private TestKeyPackages() {
  }

  /// A fresh Ed25519 signature (identity) key pair.
  public static SignatureKeyPair identity() {
    return SUITE.generateSignatureKeyPair();
  }

  /// A key package signed by `signer`, wrapped in an MLSMessage (wire format mls_key_package).
  public static Bytes message(CipherSuite suite, SignatureKeyPair signer, Lifetime lifetime) {
    return new MLSMessage.OfKeyPackage(create(suite, signer, lifetime).wire()).toBytes();
  }

  public static Bytes message(SignatureKeyPair signer) {
    return message(SUITE, signer, FOREVER);
  }

  public static KeyPackage create(CipherSuite suite, SignatureKeyPair signer, Lifetime lifetime) {
    HpkeKeyPair encryption = suite.generateHpkeKeyPair();
    HpkeKeyPair init = suite.generateHpkeKeyPair();
    Capabilities capabilities = new Capabilities(List.of(1), List.of(suite.id()), List.of(), List.of(),
        List.of(Credential.BASIC));
    LeafNode unsigned = new LeafNode(Bytes.of(encryption.publicKey()), Bytes.of(signer.publicKey()),
        new Credential.Basic(Bytes.of("member".getBytes(StandardCharsets.UTF_8))), capabilities,
        LeafNodeSource.KEY_PACKAGE, Optional.of(lifetime), Optional.empty(), List.of(), Bytes.EMPTY);
    LeafNode leaf = unsigned.signed(suite, signer.privateKey(), null, null);
    return KeyPackage.create(suite, Bytes.of(init.publicKey()), leaf, List.of(), signer.privateKey());
  }
}
