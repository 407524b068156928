package dev.quicnprotochat.opaque.oprf;

import dev.quicnprotochat.opaque.crypto.HashFunction;
import dev.quicnprotochat.opaque.crypto.P256Group;
import dev.quicnprotochat.opaque.crypto.PrimeOrderGroup;
import dev.quicnprotochat.opaque.crypto.Ristretto255Group;
import java.nio.charset.StandardCharsets;

/// The RFC 9497 §4 ciphersuites this module implements.
public enum OprfSuite {
  /// RFC 9497 §4.1.
  RISTRETTO255_SHA512("ristretto255-SHA512", Ristretto255Group.INSTANCE, HashFunction.SHA512),
  /// RFC 9497 §4.3.
  P256_SHA256("P256-SHA256", P256Group.INSTANCE, HashFunction.SHA256);

  private final String identifier;
  private final PrimeOrderGroup group;
  private final HashFunction hash;

  OprfSuite(String identifier, PrimeOrderGroup group, HashFunction hash) {
    this.identifier = identifier;
    this.group = group;
    this.hash = hash;
  }

  /// The RFC 9497 identifier, e.g. `ristretto255-SHA512`.
  public String identifier() {
    return identifier;
  }

  public PrimeOrderGroup group() {
    return group;
  }

  public HashFunction hash() {
    return hash;
  }

  /// RFC 9497 §3.1: contextString = "OPRFV1-" || I2OSP(mode, 1) || "-" || identifier.
  public byte[] contextString(OprfMode mode) {
    byte[] id = identifier.getBytes(StandardCharsets.US_ASCII);
    byte[] out = new byte[7 + 1 + 1 + id.length];
    System.arraycopy("OPRFV1-".getBytes(StandardCharsets.US_ASCII), 0, out, 0, 7);
    out[7] = mode.id();
    out[8] = '-';
    System.arraycopy(id, 0, out, 9, id.length);
    return out;
  }

  /// Looks a suite up by its RFC 9497 identifier.
  public static OprfSuite byIdentifier(String identifier) {
    for (OprfSuite s : values()) {
      if (s.identifier.equals(identifier)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unsupported OPRF suite: " + identifier);
  }
}
