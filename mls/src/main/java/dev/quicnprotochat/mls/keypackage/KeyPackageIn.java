package dev.quicnprotochat.mls.keypackage;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeSource;
import dev.quicnprotochat.mls.tree.LeafNodeValidation;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/// A KeyPackage as received, not yet verified (RFC 9420 §10):
///
/// ```
/// struct {
///     ProtocolVersion version;
///     CipherSuite cipher_suite;
///     HPKEPublicKey init_key;
///     LeafNode leaf_node;
///     Extension extensions<V>;
///     /* SignWithLabel(., "KeyPackageTBS", KeyPackageTBS) */
///     opaque signature<V>;
/// } KeyPackage;
/// ```
///
/// Only [#verify] turns it into a [KeyPackage].
public record KeyPackageIn(int version, int cipherSuite, Bytes initKey, LeafNode leafNode, List<Extension> extensions,
    Bytes signature) {

  /// `mls10` (RFC 9420 §6).
  public static final int MLS10 = 1;

  public KeyPackageIn {
    if (version < 0 || version > 0xffff || cipherSuite < 0 || cipherSuite > 0xffff) {
      throw new UsageException("version and cipher suite are uint16 values");
    }
    Objects.requireNonNull(initKey, "initKey");
    Objects.requireNonNull(leafNode, "leafNode");
    Objects.requireNonNull(signature, "signature");
    extensions = List.copyOf(extensions);
  }

  public static KeyPackageIn decode(TlsReader r) {
    return new KeyPackageIn(r.u16(), r.u16(), r.opaqueBytes(), LeafNode.decode(r), r.vector(Extension::decode),
        r.opaqueBytes());
  }

  public static KeyPackageIn decode(Bytes bytes) {
    return TlsReader.decode(bytes, KeyPackageIn::decode);
  }

  public void encode(TlsWriter w) {
    KeyPackageTBS.encodeContent(w, version, cipherSuite, initKey, leafNode, extensions);
    w.opaque(signature);
  }

  public Bytes toBytes() {
    TlsWriter w = new TlsWriter(512);
    encode(w);
    return w.toBytes();
  }

  /// The KeyPackageRef of this package (RFC 9420 §5.2), over its encoding.
  public KeyPackageRef ref(CipherSuite suite) {
    return KeyPackageRef.of(suite, toBytes());
  }

  /// The checks of RFC 9420 §10.1 that need no group: suite and version, the leaf (§7.3 via
  /// [LeafNodeValidation], without the group-wide key uniqueness), the package signature, and distinct init and
  /// encryption keys.
  public KeyPackage verify(CipherSuite suite, Clock clock) {
    if (version != MLS10) {
      throw new ValidationException(ValidationCheck.PROTOCOL_VERSION, "key package version " + version);
    }
    if (cipherSuite != suite.id()) {
      throw new ValidationException(ValidationCheck.CIPHER_SUITE_MISMATCH,
          "key package for suite " + cipherSuite + ", expected " + suite.id());
    }
    LeafNodeValidation.validate(suite, leafNode, LeafNodeSource.KEY_PACKAGE, null, null, clock, null);
    byte[] tbs = KeyPackageTBS.encode(this);
    if (!suite.verifyWithLabel(leafNode.signatureKey().toByteArray(), KeyPackageTBS.LABEL, tbs,
        signature.toByteArray())) {
      throw new ValidationException(ValidationCheck.SIGNATURE, "key package signature does not verify");
    }
    if (initKey.equals(leafNode.encryptionKey())) {
      throw new ValidationException(ValidationCheck.KEY_PACKAGE, "init_key equals the leaf encryption_key");
    }
    return new KeyPackage(this);
  }
}
