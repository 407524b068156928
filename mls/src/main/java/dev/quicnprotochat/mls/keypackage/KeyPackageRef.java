package dev.quicnprotochat.mls.keypackage;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import java.util.Objects;

/// `opaque HashReference<V>; HashReference KeyPackageRef;` (RFC 9420 §5.2):
/// `RefHash("MLS 1.0 KeyPackage Reference", KeyPackage)`.
public record KeyPackageRef(Bytes value) {

  /// The RefHash label. Unlike the *WithLabel functions, RefHash takes its label verbatim (§5.2; crypto-basics
  /// tests it with the bare label "RefHash"), so the "MLS 1.0 " prefix is part of it.
  public static final String LABEL = "MLS 1.0 KeyPackage Reference";

  public KeyPackageRef {
    Objects.requireNonNull(value, "value");
  }

  /// The reference of the encoded KeyPackage `keyPackage` (the inner struct, not an MLSMessage).
  public static KeyPackageRef of(CipherSuite suite, Bytes keyPackage) {
    return new KeyPackageRef(Bytes.wrap(suite.refHash(LABEL, keyPackage.toByteArray())));
  }

  public static KeyPackageRef decode(TlsReader r) {
    return new KeyPackageRef(r.opaqueBytes());
  }

  public void encode(TlsWriter w) {
    w.opaque(value);
  }
}
