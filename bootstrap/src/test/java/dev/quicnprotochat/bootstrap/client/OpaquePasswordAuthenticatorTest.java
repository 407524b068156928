package dev.quicnprotochat.bootstrap.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.PasswordAuthenticator;
import dev.quicnprotochat.bootstrap.crypto.OpaqueServerAdapter;
import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.opaque.Identities;
import dev.quicnprotochat.opaque.Ksf;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.OpaqueServer;
import dev.quicnprotochat.opaque.OpaqueServerSetup;
import dev.quicnprotochat.opaque.ServerLoginState;
import dev.quicnprotochat.opaque.message.KE1;
import dev.quicnprotochat.opaque.message.KE3;
import dev.quicnprotochat.opaque.message.RegistrationRecord;
import dev.quicnprotochat.opaque.message.RegistrationRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// Registration and login against a real OPAQUE server with the server's configuration (a small Argon2id so the
/// test stays fast; the production default is checked separately).
class OpaquePasswordAuthenticatorTest {

  private static final Ksf SMALL = new Ksf.Argon2id(64, 1, 1);
  private static final byte[] CREDENTIAL_ID = "alice".getBytes(StandardCharsets.UTF_8);

  private final OpaqueServer server = new OpaqueServer(
      OpaqueServerSetup.generate(OpaqueServerAdapter.configuration(), OpaqueRandom.secure()), OpaqueRandom.secure());
  private final OpaquePasswordAuthenticator client = new OpaquePasswordAuthenticator(SMALL, OpaqueRandom.secure());

  private static AccountPassword password(String text) {
    return AccountPassword.of(text.getBytes(StandardCharsets.UTF_8));
  }

  private RegistrationRecord register(String password) {
    PasswordAuthenticator.RegistrationAttempt attempt = client.startRegistration(password(password));
    RegistrationRequest request = RegistrationRequest.decode(server.config(), attempt.request().toByteArray());
    Bytes response = Bytes.wrap(server.createRegistrationResponse(request, CREDENTIAL_ID).toBytes());
    return RegistrationRecord.decode(server.config(), attempt.finish(response).toByteArray());
  }

  @Test
  void loginWithTheRegisteredPasswordProducesAKe3TheServerAccepts() {
    RegistrationRecord record = register("correct horse");
    PasswordAuthenticator.LoginAttempt login = client.startLogin(password("correct horse"));
    ServerLoginState serverState = server.startLogin(KE1.decode(server.config(), login.ke1().toByteArray()),
        CREDENTIAL_ID, record, Identities.none());
    Optional<Bytes> ke3 = login.finish(Bytes.wrap(serverState.ke2().toBytes()));
    assertTrue(ke3.isPresent());
    byte[] sessionKey = serverState.finish(KE3.decode(server.config(), ke3.get().toByteArray()));
    assertEquals(64, sessionKey.length);
  }

  @Test
  void aWrongPasswordIsAnEmptyResultNotAnException() {
    RegistrationRecord record = register("correct horse");
    PasswordAuthenticator.LoginAttempt login = client.startLogin(password("wrong horse"));
    ServerLoginState serverState = server.startLogin(KE1.decode(server.config(), login.ke1().toByteArray()),
        CREDENTIAL_ID, record, Identities.none());
    assertEquals(Optional.empty(), login.finish(Bytes.wrap(serverState.ke2().toBytes())));
  }

  @Test
  void anUnknownUserIsAnEmptyResult() {
    PasswordAuthenticator.LoginAttempt login = client.startLogin(password("correct horse"));
    ServerLoginState serverState = server.startLogin(KE1.decode(server.config(), login.ke1().toByteArray()),
        CREDENTIAL_ID, null, Identities.none());
    assertEquals(Optional.empty(), login.finish(Bytes.wrap(serverState.ke2().toBytes())));
  }

  @Test
  void aDifferentKsfAtLoginIsAWrongPassword() {
    RegistrationRecord record = register("correct horse");
    OpaquePasswordAuthenticator other = new OpaquePasswordAuthenticator(new Ksf.Argon2id(128, 1, 1),
        OpaqueRandom.secure());
    PasswordAuthenticator.LoginAttempt login = other.startLogin(password("correct horse"));
    ServerLoginState serverState = server.startLogin(KE1.decode(server.config(), login.ke1().toByteArray()),
        CREDENTIAL_ID, record, Identities.none());
    assertEquals(Optional.empty(), login.finish(Bytes.wrap(serverState.ke2().toBytes())));
  }

  @Test
  void aMalformedRegistrationResponseIsAnIllegalArgument() {
    PasswordAuthenticator.RegistrationAttempt attempt = client.startRegistration(password("correct horse"));
    assertThrows(IllegalArgumentException.class, () -> attempt.finish(Bytes.wrap(new byte[3])));
  }

  @Test
  void theDefaultIsTheServersConfigurationWithTheMemoryConstrainedArgon2id() {
    OpaquePasswordAuthenticator standard = new OpaquePasswordAuthenticator();
    assertEquals(Ksf.argon2idMemoryConstrained(), standard.config().ksf());
    assertArrayEquals(OpaqueServerAdapter.configuration().context(), standard.config().context());
  }
}
