package dev.quicnprotochat.opaque.oprf;

/// RFC 9497 §3.1 protocol modes. Only the base mode is implemented; the others are listed so that context strings
/// stay explicit about which mode they belong to.
public enum OprfMode {
  OPRF((byte) 0x00);

  private final byte id;

  OprfMode(byte id) {
    this.id = id;
  }

  public byte id() {
    return id;
  }
}
