package dev.quicnprotochat.domain.identity;

import java.time.Instant;
import java.util.Objects;

/// A user as the server knows it: the name, the identity key it is bound to, and the OPAQUE record used to log in.
///
/// Both the username and the identity key are unique among registered users.
public record RegisteredUser(
    Username username, IdentityKey identityKey, RegistrationRecord registrationRecord, Instant registeredAt) {

  public RegisteredUser {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(identityKey, "identity key");
    Objects.requireNonNull(registrationRecord, "registration record");
    Objects.requireNonNull(registeredAt, "registration time");
  }
}
