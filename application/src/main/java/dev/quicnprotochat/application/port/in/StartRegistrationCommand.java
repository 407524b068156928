package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;
import java.util.Optional;

/// `registrationRequest` is the client's OPAQUE `RegistrationRequest`; `serverAuthToken` the server access code,
/// if the client has one.
public record StartRegistrationCommand(Username username, Bytes registrationRequest, Optional<String> serverAuthToken) {

  public StartRegistrationCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(registrationRequest, "registration request");
    Objects.requireNonNull(serverAuthToken, "server auth token");
  }

  @Override
  public String toString() {
    return "StartRegistrationCommand[username=" + username + "]";
  }
}
