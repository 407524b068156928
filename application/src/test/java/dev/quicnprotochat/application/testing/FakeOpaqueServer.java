package dev.quicnprotochat.application.testing;

import dev.quicnprotochat.application.port.out.OpaqueServer;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/// A stand-in for OPAQUE with the same message flow and none of its cryptography: the "password" is knowing the
/// registration record. A client that knows it answers KE2 with [#ke3For]; anyone else fails [#finishLogin]. Unknown
/// users get a KE2 like any other and a state no KE3 matches, as RFC 9807 §10.9 asks of the real server.
public final class FakeOpaqueServer implements OpaqueServer {

  private record FakeState(Bytes expectedKe3) implements LoginState {
    @Override
    public String toString() {
      return "FakeState[redacted]";
    }
  }

  /// What a client holding `record` sends as KE3 after sending `ke1`.
  public static Bytes ke3For(RegistrationRecord record, Bytes ke1) {
    return sha256("ke3", record.value(), ke1);
  }

  @Override
  public Optional<Bytes> registrationResponse(Username username, Bytes registrationRequest) {
    if (registrationRequest.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(sha256("response", Bytes.of(username.value().getBytes(StandardCharsets.UTF_8)),
        registrationRequest));
  }

  @Override
  public Optional<RegistrationRecord> finishRegistration(Username username, Bytes registrationUpload) {
    return registrationUpload.isEmpty() ? Optional.empty() : Optional.of(new RegistrationRecord(registrationUpload));
  }

  @Override
  public Optional<LoginChallenge> startLogin(Username username, Optional<RegistrationRecord> record, Bytes ke1) {
    if (ke1.isEmpty()) {
      return Optional.empty();
    }
    Bytes expected = record.map(r -> ke3For(r, ke1)).orElseGet(() -> Bytes.wrap(ServerTestData.randomBytes(32)));
    return Optional.of(new LoginChallenge(sha256("ke2", ke1, Bytes.EMPTY), new FakeState(expected)));
  }

  @Override
  public boolean finishLogin(LoginState state, Bytes ke3) {
    return state instanceof FakeState fake && fake.expectedKe3().constantTimeEquals(ke3);
  }

  private static Bytes sha256(String label, Bytes a, Bytes b) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(label.getBytes(StandardCharsets.US_ASCII));
      digest.update(a.toByteArray());
      digest.update(b.toByteArray());
      return Bytes.wrap(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
