package dev.quicnprotochat.bootstrap.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.OpaqueServer.LoginChallenge;
import dev.quicnprotochat.bootstrap.config.ConfigException;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.opaque.ClientLoginState;
import dev.quicnprotochat.opaque.ClientRegistrationState;
import dev.quicnprotochat.opaque.Identities;
import dev.quicnprotochat.opaque.Ksf;
import dev.quicnprotochat.opaque.OpaqueAuthenticationException;
import dev.quicnprotochat.opaque.OpaqueClient;
import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.OpaqueServerSetup;
import dev.quicnprotochat.opaque.message.KE2;
import dev.quicnprotochat.opaque.message.RegistrationResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpaqueServerAdapterTest {

  // the server never runs the KSF; the identity KSF keeps the client half cheap in tests
  private static final OpaqueConfig CLIENT_CONFIG = OpaqueServerAdapter.configuration().withKsf(Ksf.identity());
  private static final Username ALICE = Username.of("alice");
  private static final byte[] PASSWORD = "correct horse".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path dataDir;

  private final OpaqueClient client = new OpaqueClient(CLIENT_CONFIG, OpaqueRandom.secure());

  @Test
  void registersAndLogsInWithTheRealProtocol() {
    OpaqueServerAdapter server = newServer();
    RegistrationRecord record = register(server, ALICE, PASSWORD);

    ClientLoginState login = client.startLogin(PASSWORD);
    LoginChallenge challenge = server.startLogin(ALICE, Optional.of(record), Bytes.wrap(login.ke1().toBytes()))
        .orElseThrow();
    var done = login.finish(KE2.decode(CLIENT_CONFIG, challenge.ke2().toByteArray()), Identities.none());

    assertTrue(server.finishLogin(challenge.state(), Bytes.wrap(done.ke3().toBytes())));
  }

  @Test
  void aWrongPasswordFailsAtTheClientAndAForgedKe3AtTheServer() {
    OpaqueServerAdapter server = newServer();
    RegistrationRecord record = register(server, ALICE, PASSWORD);

    ClientLoginState login = client.startLogin("wrong".getBytes(StandardCharsets.UTF_8));
    LoginChallenge challenge = server.startLogin(ALICE, Optional.of(record), Bytes.wrap(login.ke1().toBytes()))
        .orElseThrow();

    assertThrows(OpaqueAuthenticationException.class,
        () -> login.finish(KE2.decode(CLIENT_CONFIG, challenge.ke2().toByteArray()), Identities.none()));
    assertFalse(server.finishLogin(challenge.state(), Bytes.wrap(new byte[64])));
  }

  @Test
  void anUnknownUserGetsAFakeKe2OfTheSameLengthAndNeverLogsIn() {
    OpaqueServerAdapter server = newServer();
    RegistrationRecord record = register(server, ALICE, PASSWORD);
    ClientLoginState known = client.startLogin(PASSWORD);
    ClientLoginState unknown = client.startLogin(PASSWORD);

    LoginChallenge real = server.startLogin(ALICE, Optional.of(record), Bytes.wrap(known.ke1().toBytes()))
        .orElseThrow();
    LoginChallenge fake = server.startLogin(Username.of("nobody"), Optional.empty(),
        Bytes.wrap(unknown.ke1().toBytes())).orElseThrow();

    assertEquals(real.ke2().length(), fake.ke2().length());
    assertThrows(OpaqueAuthenticationException.class,
        () -> unknown.finish(KE2.decode(CLIENT_CONFIG, fake.ke2().toByteArray()), Identities.none()));
  }

  @Test
  void aLoginStateFinishesOnceAndRedactsItself() {
    OpaqueServerAdapter server = newServer();
    RegistrationRecord record = register(server, ALICE, PASSWORD);
    ClientLoginState login = client.startLogin(PASSWORD);
    LoginChallenge challenge = server.startLogin(ALICE, Optional.of(record), Bytes.wrap(login.ke1().toBytes()))
        .orElseThrow();
    Bytes ke3 = Bytes.wrap(login.finish(KE2.decode(CLIENT_CONFIG, challenge.ke2().toByteArray()),
        Identities.none()).ke3().toBytes());

    assertTrue(server.finishLogin(challenge.state(), ke3));
    assertFalse(server.finishLogin(challenge.state(), ke3));
    assertEquals("PendingOpaqueLogin[<redacted>]", challenge.state().toString());
  }

  @Test
  void malformedMessagesAreEmptyResultsNotExceptions() {
    OpaqueServerAdapter server = newServer();
    Bytes garbage = Bytes.wrap(new byte[] {1, 2, 3});

    assertTrue(server.registrationResponse(ALICE, garbage).isEmpty());
    assertTrue(server.finishRegistration(ALICE, garbage).isEmpty());
    assertTrue(server.startLogin(ALICE, Optional.empty(), garbage).isEmpty());
    assertFalse(server.finishLogin(new dev.quicnprotochat.application.port.out.OpaqueServer.LoginState() {},
        garbage));
  }

  @Test
  void theSetupIsCreatedOnceWithMode0600AndReloaded() throws Exception {
    OpaqueServerSetup first = OpaqueSetupFile.loadOrCreate(dataDir, OpaqueServerAdapter.configuration(),
        OpaqueRandom.secure());
    Path file = dataDir.resolve(OpaqueSetupFile.NAME);
    OpaqueServerSetup second = OpaqueSetupFile.loadOrCreate(dataDir, OpaqueServerAdapter.configuration(),
        OpaqueRandom.secure());

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertArrayEquals(first.toBytes(), second.toBytes());
    // a record registered before a restart still logs in after it
    RegistrationRecord record = register(new OpaqueServerAdapter(first, OpaqueRandom.secure()), ALICE, PASSWORD);
    OpaqueServerAdapter restarted = new OpaqueServerAdapter(second, OpaqueRandom.secure());
    ClientLoginState login = client.startLogin(PASSWORD);
    LoginChallenge challenge = restarted.startLogin(ALICE, Optional.of(record), Bytes.wrap(login.ke1().toBytes()))
        .orElseThrow();
    var done = login.finish(KE2.decode(CLIENT_CONFIG, challenge.ke2().toByteArray()), Identities.none());
    assertTrue(restarted.finishLogin(challenge.state(), Bytes.wrap(done.ke3().toBytes())));
  }

  @Test
  void aDamagedSetupStopsTheServerInsteadOfBeingReplaced() throws Exception {
    Path file = dataDir.resolve(OpaqueSetupFile.NAME);
    Files.write(file, new byte[] {9, 9, 9});

    ConfigException e = assertThrows(ConfigException.class,
        () -> OpaqueSetupFile.loadOrCreate(dataDir, OpaqueServerAdapter.configuration(), OpaqueRandom.secure()));

    assertTrue(e.getMessage().contains("restore it from a backup"), e.getMessage());
    assertArrayEquals(new byte[] {9, 9, 9}, Files.readAllBytes(file));
  }

  private OpaqueServerAdapter newServer() {
    return new OpaqueServerAdapter(
        OpaqueSetupFile.loadOrCreate(dataDir, OpaqueServerAdapter.configuration(), OpaqueRandom.secure()),
        OpaqueRandom.secure());
  }

  private RegistrationRecord register(OpaqueServerAdapter server, Username username, byte[] password) {
    ClientRegistrationState registration = client.startRegistration(password);
    Bytes response = server.registrationResponse(username, Bytes.wrap(registration.request().toBytes()))
        .orElseThrow();
    var result = registration.finish(RegistrationResponse.decode(CLIENT_CONFIG, response.toByteArray()),
        Identities.none());
    return server.finishRegistration(username, Bytes.wrap(result.record().toBytes())).orElseThrow();
  }
}
