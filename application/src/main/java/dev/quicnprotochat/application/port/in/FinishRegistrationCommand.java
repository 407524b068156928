package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;
import java.util.Optional;

/// `registrationUpload` is the client's OPAQUE `RegistrationRecord`; `identityKey` the Ed25519 key the username is
/// bound to from now on; `identitySignature` that key's signature over both
/// ([dev.quicnprotochat.domain.identity.IdentityBinding]), proving the registrant holds it.
public record FinishRegistrationCommand(
    Username username, IdentityKey identityKey, Bytes registrationUpload, Bytes identitySignature,
    Optional<String> serverAuthToken) {

  public FinishRegistrationCommand {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(identityKey, "identity key");
    Objects.requireNonNull(registrationUpload, "registration upload");
    Objects.requireNonNull(identitySignature, "identity signature");
    Objects.requireNonNull(serverAuthToken, "server auth token");
  }

  @Override
  public String toString() {
    return "FinishRegistrationCommand[username=" + username + ", identityKey=" + identityKey + "]";
  }
}
