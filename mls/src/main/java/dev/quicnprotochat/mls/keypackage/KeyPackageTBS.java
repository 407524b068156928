package dev.quicnprotochat.mls.keypackage;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.tree.LeafNode;
import java.util.List;

/// The to-be-signed part of a KeyPackage (RFC 9420 §10): every field but the signature.
///
/// ```
/// struct {
///     ProtocolVersion version;
///     CipherSuite cipher_suite;
///     HPKEPublicKey init_key;
///     LeafNode leaf_node;
///     Extension extensions<V>;
/// } KeyPackageTBS;
/// ```
public final class KeyPackageTBS {

  /// The SignWithLabel label, without the "MLS 1.0 " prefix.
  public static final String LABEL = "KeyPackageTBS";

  private KeyPackageTBS() {
  }

  public static byte[] encode(KeyPackageIn keyPackage) {
    TlsWriter w = new TlsWriter(512);
    encodeContent(w, keyPackage.version(), keyPackage.cipherSuite(), keyPackage.initKey(), keyPackage.leafNode(),
        keyPackage.extensions());
    return w.toByteArray();
  }

  static void encodeContent(TlsWriter w, int version, int cipherSuite, Bytes initKey, LeafNode leafNode,
      List<Extension> extensions) {
    w.u16(version).u16(cipherSuite).opaque(initKey);
    leafNode.encodeBody(w);
    w.vector(extensions, (x, e) -> e.encode(x));
  }
}
