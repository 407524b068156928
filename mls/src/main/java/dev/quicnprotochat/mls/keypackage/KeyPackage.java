package dev.quicnprotochat.mls.keypackage;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.tree.LeafNode;
import java.util.List;
import java.util.Objects;

/// A KeyPackage whose signatures and §10.1 rules have been checked, or one this client built and signed itself.
///
/// There is no public constructor: a value of this type is proof that [KeyPackageIn#verify] or [#create] ran.
public final class KeyPackage {

  private final KeyPackageIn wire;

  KeyPackage(KeyPackageIn wire) {
    this.wire = Objects.requireNonNull(wire);
  }

  /// Builds and signs a new KeyPackage (RFC 9420 §10); `leafNode` must already be a signed key_package leaf.
  public static KeyPackage create(CipherSuite suite, Bytes initKey, LeafNode leafNode, List<Extension> extensions,
      byte[] signaturePrivateKey) {
    KeyPackageIn unsigned = new KeyPackageIn(KeyPackageIn.MLS10, suite.id(), initKey, leafNode, extensions,
        Bytes.EMPTY);
    byte[] sig = suite.signWithLabel(signaturePrivateKey, KeyPackageTBS.LABEL, KeyPackageTBS.encode(unsigned));
    return new KeyPackage(new KeyPackageIn(unsigned.version(), unsigned.cipherSuite(), initKey, leafNode,
        extensions, Bytes.wrap(sig)));
  }

  /// The wire form, e.g. to put into an Add proposal.
  public KeyPackageIn wire() {
    return wire;
  }

  public int version() {
    return wire.version();
  }

  public int cipherSuite() {
    return wire.cipherSuite();
  }

  public Bytes initKey() {
    return wire.initKey();
  }

  public LeafNode leafNode() {
    return wire.leafNode();
  }

  public List<Extension> extensions() {
    return wire.extensions();
  }

  public Bytes signature() {
    return wire.signature();
  }

  public KeyPackageRef ref(CipherSuite suite) {
    return wire.ref(suite);
  }

  public void encode(TlsWriter w) {
    wire.encode(w);
  }

  public Bytes toBytes() {
    return wire.toBytes();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyPackage other && wire.equals(other.wire);
  }

  @Override
  public int hashCode() {
    return wire.hashCode();
  }

  @Override
  public String toString() {
    return "KeyPackage" + wire.toString().substring("KeyPackageIn".length());
  }
}
