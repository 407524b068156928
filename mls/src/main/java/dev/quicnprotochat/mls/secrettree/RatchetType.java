package dev.quicnprotochat.mls.secrettree;

/// The two hash ratchets each leaf of the secret tree feeds (RFC 9420 §9): handshake messages (proposals and
/// commits) and application messages never share keys.
public enum RatchetType {
  HANDSHAKE("handshake"),
  APPLICATION("application");

  private final String label;

  RatchetType(String label) {
    this.label = label;
  }

  /// The ExpandWithLabel label that derives this ratchet's first secret from the leaf secret.
  String label() {
    return label;
  }
}
