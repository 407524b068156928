package dev.quicnprotochat.mls.testing;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.SignatureKeyPair;
import dev.quicnprotochat.mls.keypackage.KeyPackage;
import dev.quicnprotochat.mls.tree.Capabilities;
import dev.quicnprotochat.mls.tree.Credential;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeSource;
import dev.quicnprotochat.mls.tree.Lifetime;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/// Builders for members with real keys: a signed key_package leaf and a signed KeyPackage.
public final class MemberTestData {

  /// Valid from the epoch to 2^64 - 1 seconds: never expires.
  public static final Lifetime FOREVER = new Lifetime(0, -1L);

  private MemberTestData() {
  }

  /// A member's keys and its signed key package.
  public record Member(String name, SignatureKeyPair signatureKey, HpkeKeyPair encryptionKey, HpkeKeyPair initKey,
      LeafNode leaf, KeyPackage keyPackage) {
  }

  public static Capabilities capabilities(CipherSuite suite) {
    return new Capabilities(List.of(1), List.of(suite.id()), List.of(), List.of(), List.of(Credential.BASIC));
  }

  public static Member aMember(CipherSuite suite, String name) {
    SignatureKeyPair sig = suite.generateSignatureKeyPair();
    HpkeKeyPair enc = suite.generateHpkeKeyPair();
    HpkeKeyPair init = suite.generateHpkeKeyPair();
    LeafNode unsigned = new LeafNode(Bytes.of(enc.publicKey()), Bytes.of(sig.publicKey()),
        new Credential.Basic(Bytes.of(name.getBytes(StandardCharsets.UTF_8))), capabilities(suite),
        LeafNodeSource.KEY_PACKAGE, Optional.of(FOREVER), Optional.empty(), List.of(), Bytes.EMPTY);
    LeafNode leaf = unsigned.signed(suite, sig.privateKey(), null, null);
    KeyPackage kp = KeyPackage.create(suite, Bytes.of(init.publicKey()), leaf, List.of(), sig.privateKey());
    return new Member(name, sig, enc, init, leaf, kp);
  }
}
