package dev.quicnprotochat.mls.group;

/// How a group sends its handshake messages (proposals and commits). Application messages are always
/// PrivateMessages (RFC 9420 §6.2).
public enum WireFormatPolicy {
  /// Signed PublicMessages with a membership tag: the delivery service can read them.
  PUBLIC,
  /// PrivateMessages encrypted with the handshake ratchet: hidden from the delivery service.
  PRIVATE
}
