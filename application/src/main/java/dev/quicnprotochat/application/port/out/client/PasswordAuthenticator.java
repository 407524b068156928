package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Optional;

/// The client half of OPAQUE (RFC 9807): turns the password into the messages the [ServerGateway] carries. Each
/// attempt object holds the client's ephemeral state between its two steps and is used once. Implemented in
/// bootstrap over `opaque/`'s `OpaqueClient` with the server's configuration (suite, KSF).
public interface PasswordAuthenticator {

  /// RFC 9807 §5.2.1 `CreateRegistrationRequest`.
  RegistrationAttempt startRegistration(AccountPassword password);

  /// RFC 9807 §6.4.1 `GenerateKE1`.
  LoginAttempt startLogin(AccountPassword password);

  /// One registration in progress.
  interface RegistrationAttempt {

    /// The serialised RegistrationRequest for `startRegistration`.
    Bytes request();

    /// RFC 9807 §5.2.3 `FinalizeRegistrationRequest`: the serialised RegistrationRecord (the upload) for
    /// `finishRegistration`. Throws `IllegalArgumentException` for a malformed response.
    Bytes finish(Bytes registrationResponse);
  }

  /// One login in progress.
  interface LoginAttempt {

    /// The serialised KE1.
    Bytes ke1();

    /// RFC 9807 §6.4.3 `GenerateKE3`: the serialised KE3, or empty when KE2 does not authenticate (a wrong
    /// password, or a server that does not hold this user's record: the client cannot tell them apart).
    Optional<Bytes> finish(Bytes ke2);
  }
}
