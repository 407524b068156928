package dev.quicnprotochat.opaque.message;

import dev.quicnprotochat.opaque.OpaqueCodecException;
import dev.quicnprotochat.opaque.OpaqueConfig;
import java.util.Arrays;
import java.util.HexFormat;

/// Common base of the fixed-length RFC 9807 wire structs: holds the encoding, compares by content, hands out
/// copies. Subclasses validate every field when decoding.
abstract class WireMessage {

  private final byte[] encoded;

  WireMessage(byte[] encoded) {
    this.encoded = encoded;
  }

  /// The RFC 9807 encoding (a fresh copy).
  public final byte[] toBytes() {
    return encoded.clone();
  }

  /// Encoded length in bytes.
  public final int length() {
    return encoded.length;
  }

  final byte[] slice(int offset, int length) {
    return Arrays.copyOfRange(encoded, offset, offset + length);
  }

  static void requireLength(String what, byte[] bytes, int expected) {
    if (bytes.length != expected) {
      throw new OpaqueCodecException(what + " must be " + expected + " bytes, got " + bytes.length);
    }
  }

  /// Deserializes an element to prove it is a valid non-identity group element (RFC 9807 §4: "DeserializeElement
  /// ... fails if the input is not a valid encoding or is the identity element").
  static void requireOprfElement(OpaqueConfig config, String what, byte[] bytes) {
    try {
      config.group().deserialize(bytes);
    } catch (OpaqueCodecException e) {
      throw new OpaqueCodecException(what + ": " + e.getMessage());
    }
  }

  /// Validates an AKE public key of the configuration's 3DH group.
  static void requireAkePublicKey(OpaqueConfig config, String what, byte[] bytes) {
    try {
      config.ake().validatePublicKey(bytes);
    } catch (OpaqueCodecException e) {
      throw new OpaqueCodecException(what + ": " + e.getMessage());
    }
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int off = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, off, p.length);
      off += p.length;
    }
    return out;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && Arrays.equals(encoded, ((WireMessage) o).encoded);
  }

  @Override
  public final int hashCode() {
    return Arrays.hashCode(encoded);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + HexFormat.of().formatHex(encoded) + "]";
  }
}
