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
  /// A recipient's inbox is full; nothing was enqueued.
  INBOX_FULL,
  /// No session token, or an unknown, revoked or expired one.
  UNAUTHENTICATED,
  /// The caller is not (or no longer) a member of the channel.
  NOT_A_MEMBER,
  /// The named username or identity key is not registered.
  UNKNOWN_USER,
  /// No channel has that id.
  UNKNOWN_CHANNEL,
  /// The username is registered already.
  USERNAME_TAKEN,
  /// The identity key is bound to another user.
  IDENTITY_KEY_TAKEN,
  /// A published key package is invalid.
  INVALID_KEY_PACKAGE,
  /// Publishing would exceed the per-identity key-package limit.
  TOO_MANY_KEY_PACKAGES,
  /// The owner has no key package left.
  NO_KEY_PACKAGE,
  /// The commit's epoch is behind the channel's (the error carries the current epoch).
  STALE_EPOCH,
  /// The commit's epoch is ahead of the channel's (the error carries the current epoch).
  FUTURE_EPOCH,
  /// The commit's membership change breaks a channel rule.
  MEMBERSHIP_REFUSED,
  /// The message's recipient is not a member of the channel.
  RECIPIENT_NOT_A_MEMBER,
  /// Registration needs the server's access code.
  REGISTRATION_CLOSED,
  /// A sealed-sender credential was refused.
  CREDENTIAL_REFUSED,
  /// Sealed sender is disabled on this server.
  SEALED_SENDER_DISABLED,
  /// Login failed (deliberately without saying why).
  LOGIN_FAILED,
  /// The request is well-formed but contradicts itself or a rule.
  INVALID_REQUEST,
  /// A code this client does not know (a newer server): still a failure.
  UNRECOGNISED
}
