package dev.quicnprotochat.opaque.message;

import dev.quicnprotochat.opaque.OpaqueConfig;

/// RFC 9807 §6.1: `struct { uint8 client_mac[Nm]; } KE3;`
public final class KE3 extends WireMessage {

  private KE3(byte[] encoded) {
    super(encoded);
  }

  public static KE3 decode(OpaqueConfig config, byte[] bytes) {
    requireLength("KE3", bytes, config.hashLength());
    return new KE3(bytes.clone());
  }

  public byte[] clientMac() {
    return toBytes();
  }
}
