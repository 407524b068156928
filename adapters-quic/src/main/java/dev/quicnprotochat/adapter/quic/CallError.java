package dev.quicnprotochat.adapter.quic;

/// Why a call failed, as both sides of the wire understand it. Each constant has one stable numeric code in the
/// schema's `ErrorCode` enum; [WireErrors] is the only place that maps between the two.
public enum CallError {
  /// The request bytes are not one well-formed Cap'n Proto `Request`.
  MALFORMED_REQUEST,
  /// The request exceeded the server's maximum message size.
  MESSAGE_TOO_LARGE,
  /// The request names a method this server does not implement.
  UNKNOWN_METHOD,
  /// Too many calls per second on this session.
  RATE_LIMITED,
  /// The server is shutting down or overloaded.
  UNAVAILABLE,
  /// A server-side failure; the details are only in the server log.
  INTERNAL,
  /// The recipient's inbox is full.
  INBOX_FULL,
  /// A code this client does not know (a newer server): still a failure.
  UNRECOGNISED
}
