package dev.quicnprotochat.application.port.out.client;

/// Why the server refused a call, as the [ServerGateway] reports it: one constant per stable wire error code
/// (docs/protocol.md §4), so client code can switch over outcomes without knowing the wire.
public enum ServerErrorCode {
  /// The request was not understood (a client bug); do not retry unchanged.
  MALFORMED_REQUEST,
  /// The request exceeded the server's message size limit.
  MESSAGE_TOO_LARGE,
  /// The server does not implement the method (it is older than this client).
  UNKNOWN_METHOD,
  /// Too many calls: back off and retry.
  RATE_LIMITED,
  /// The server is shutting down or overloaded: retry later.
  UNAVAILABLE,
  /// A server-side failure: retry later.
  INTERNAL,
  /// A recipient's inbox is full: nothing was delivered.
  INBOX_FULL,
  /// No session token, or an unknown, revoked or expired one: log in again.
  UNAUTHENTICATED,
  /// The caller is not (or no longer) a member of the channel.
  NOT_A_MEMBER,
  /// The named username or identity key is not registered.
  UNKNOWN_USER,
  /// No channel has that id.
  UNKNOWN_CHANNEL,
  /// Registration: the username is registered already.
  USERNAME_TAKEN,
  /// Registration: the identity key belongs to another user.
  IDENTITY_KEY_TAKEN,
  /// A published key package is not valid or not signed by the caller's identity key.
  INVALID_KEY_PACKAGE,
  /// Publishing would exceed the server's per-identity key-package limit.
  TOO_MANY_KEY_PACKAGES,
  /// The owner has no key package left (the gateway reports this as an empty result).
  NO_KEY_PACKAGE,
  /// A commit was made in an epoch the channel has left: fetch, process, retry ([ServerCallException#currentEpoch]).
  STALE_EPOCH,
  /// A commit names an epoch the channel has not reached ([ServerCallException#currentEpoch]).
  FUTURE_EPOCH,
  /// A commit's membership change breaks a channel rule.
  MEMBERSHIP_REFUSED,
  /// The message's recipient is not a member of the channel.
  RECIPIENT_NOT_A_MEMBER,
  /// Registration needs the server's access code (`auth_token`), which was missing or wrong.
  REGISTRATION_CLOSED,
  /// Sealed sender: the channel credential was refused.
  CREDENTIAL_REFUSED,
  /// Sealed sender is disabled on this server.
  SEALED_SENDER_DISABLED,
  /// Login failed: wrong password, unknown user or an expired attempt (deliberately indistinguishable).
  LOGIN_FAILED,
  /// The request contradicts itself or the server's rules (the message says why).
  INVALID_REQUEST,
  /// A code this client does not know (a newer server): still a failure.
  UNRECOGNISED
}
