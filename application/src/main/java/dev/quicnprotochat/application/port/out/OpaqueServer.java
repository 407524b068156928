package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;
import java.util.Optional;

/// The server half of OPAQUE-3DH (RFC 9807), implemented over `opaque/` in an adapter. The server's OPRF seed and
/// AKE key pair live behind this port; the application only moves opaque messages and records around.
/// Every method returns empty for a malformed message instead of throwing.
public interface OpaqueServer {

  /// `CreateRegistrationResponse` (RFC 9807 §5.2.2) for `registrationRequest`, with the username as the
  /// credential identifier.
  Optional<Bytes> registrationResponse(Username username, Bytes registrationRequest);

  /// Checks the client's final registration message (RFC 9807 §5.2.3, `RegistrationRecord`) and returns the record
  /// to store.
  Optional<RegistrationRecord> finishRegistration(Username username, Bytes registrationUpload);

  /// `GenerateKE2` (RFC 9807 §6.4.2) for `ke1`. With no record (unknown user) the implementation answers with a fake
  /// KE2 built from a fake record (RFC 9807 §10.9), indistinguishable from a real one, so logins cannot probe which
  /// usernames exist; the login then always fails at [#finishLogin].
  Optional<LoginChallenge> startLogin(Username username, Optional<RegistrationRecord> record, Bytes ke1);

  /// `ServerFinish` (RFC 9807 §6.4.2): true only if `ke3` carries the MAC expected in `state`.
  boolean finishLogin(LoginState state, Bytes ke3);

  /// KE2 for the client and the server's state until KE3 arrives.
  record LoginChallenge(Bytes ke2, LoginState state) {

    public LoginChallenge {
      Objects.requireNonNull(ke2, "KE2");
      Objects.requireNonNull(state, "login state");
    }
  }

  /// The server's secret state between KE2 and KE3 (expected client MAC, session key). Implementations must redact
  /// `toString`.
  interface LoginState {}
}
