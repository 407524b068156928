package dev.quicnprotochat.opaque;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.opaque.ake.AkeGroup;
import dev.quicnprotochat.opaque.message.KE1;
import dev.quicnprotochat.opaque.message.KE2;
import dev.quicnprotochat.opaque.message.KE3;
import dev.quicnprotochat.opaque.message.RegistrationRecord;
import dev.quicnprotochat.opaque.message.RegistrationRequest;
import dev.quicnprotochat.opaque.message.RegistrationResponse;
import dev.quicnprotochat.opaque.oprf.OprfSuite;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// End-to-end behaviour of the public API on every supported configuration: successful logins, wrong passwords,
/// tampering, unknown users and single-use states.
class OpaqueProtocolTest {

  private static final byte[] PASSWORD = "correct horse battery staple".getBytes(StandardCharsets.UTF_8);
  private static final byte[] WRONG = "correct horse battery stapler".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ALICE = "alice".getBytes(StandardCharsets.UTF_8);
  private static final byte[] CONTEXT = "quicnprotochat-test".getBytes(StandardCharsets.UTF_8);

  static Stream<OpaqueConfig> configs() {
    return Stream.of(
        OpaqueConfig.of(OprfSuite.RISTRETTO255_SHA512, Ksf.identity(), CONTEXT),
        OpaqueConfig.of(OprfSuite.P256_SHA256, Ksf.identity(), CONTEXT),
        OpaqueConfig.of(OprfSuite.RISTRETTO255_SHA512, AkeGroup.curve25519(), Ksf.identity(), CONTEXT));
  }

  /// A registered user on a fresh server.
  record Fixture(OpaqueConfig config, OpaqueServer server, OpaqueClient client, RegistrationRecord record,
      byte[] exportKey) {

    static Fixture register(OpaqueConfig config, Identities ids) {
      OpaqueRandom random = OpaqueRandom.secure();
      OpaqueServer server = new OpaqueServer(OpaqueServerSetup.generate(config, random), random);
      OpaqueClient client = new OpaqueClient(config, random);
      ClientRegistrationState reg = client.startRegistration(PASSWORD);
      RegistrationResponse response = server.createRegistrationResponse(
          RegistrationRequest.decode(config, reg.request().toBytes()), ALICE);
      ClientRegistrationResult result = reg.finish(RegistrationResponse.decode(config, response.toBytes()), ids);
      RegistrationRecord stored = RegistrationRecord.decode(config, result.record().toBytes());
      return new Fixture(config, server, client, stored, result.exportKey());
    }

    ServerLoginState serverStart(ClientLoginState login, RegistrationRecord r, Identities ids) {
      return server.startLogin(KE1.decode(config, login.ke1().toBytes()), ALICE, r, ids);
    }

    @Override
    public String toString() {
      return config.toString();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void correctPasswordAgreesOnSessionAndExportKeys(OpaqueConfig config) {
    for (Identities ids : List.of(Identities.none(), Identities.of(ALICE, "server".getBytes(StandardCharsets.UTF_8)))) {
      Fixture f = Fixture.register(config, ids);
      ClientLoginState login = f.client().startLogin(PASSWORD);
      ServerLoginState serverLogin = f.serverStart(login, f.record(), ids);
      ClientLoginResult result = login.finish(KE2.decode(config, serverLogin.ke2().toBytes()), ids);
      byte[] serverKey = serverLogin.finish(KE3.decode(config, result.ke3().toBytes()));
      assertArrayEquals(result.sessionKey(), serverKey);
      assertArrayEquals(f.exportKey(), result.exportKey());
      assertEquals(config.hashLength(), serverKey.length);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void wrongPasswordFailsOnBothSides(OpaqueConfig config) {
    Fixture f = Fixture.register(config, Identities.none());
    ClientLoginState login = f.client().startLogin(WRONG);
    ServerLoginState serverLogin = f.serverStart(login, f.record(), Identities.none());
    assertThrows(OpaqueAuthenticationException.class, () -> login.finish(serverLogin.ke2(), Identities.none()));
    // The client has no KE3 to send; whatever arrives instead is rejected.
    byte[] forged = OpaqueRandom.secure().nextBytes(config.hashLength());
    assertThrows(OpaqueAuthenticationException.class, () -> serverLogin.finish(KE3.decode(config, forged)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void mismatchedIdentitiesFailLogin(OpaqueConfig config) {
    Fixture f = Fixture.register(config, Identities.of(ALICE, null));
    ClientLoginState login = f.client().startLogin(PASSWORD);
    ServerLoginState serverLogin = f.serverStart(login, f.record(), Identities.none());
    assertThrows(OpaqueAuthenticationException.class, () -> login.finish(serverLogin.ke2(), Identities.none()));
  }

  static Stream<Arguments> ke2Tampering() {
    List<Arguments> out = new ArrayList<>();
    configs().forEach(config -> {
      int noe = config.oprfElementLength();
      int npk = config.publicKeyLength();
      int nn = OpaqueConfig.NONCE_LENGTH;
      int nm = config.hashLength();
      int masked = npk + nn + nm;
      int[][] fields = {
        {0, noe}, {noe, nn}, {noe + nn, masked}, {noe + nn + masked, nn}, {noe + nn + masked + nn, npk},
        {noe + nn + masked + nn + npk, nm}};
      String[] names = {
        "evaluated_message", "masking_nonce", "masked_response", "server_nonce", "server_public_keyshare",
        "server_mac"};
      for (int i = 0; i < fields.length; i++) {
        out.add(Arguments.of(config, names[i] + " first byte", fields[i][0]));
        out.add(Arguments.of(config, names[i] + " last byte", fields[i][0] + fields[i][1] - 1));
      }
    });
    return out.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("ke2Tampering")
  void tamperedKe2IsRejectedByTheClient(OpaqueConfig config, String field, int index) {
    Fixture f = Fixture.register(config, Identities.none());
    ClientLoginState login = f.client().startLogin(PASSWORD);
    byte[] ke2 = f.serverStart(login, f.record(), Identities.none()).ke2().toBytes();
    ke2[index] ^= 0x01;
    // Either the bytes no longer decode (an element became invalid) or authentication fails; never a login.
    assertThrows(OpaqueException.class, () -> login.finish(KE2.decode(config, ke2), Identities.none()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void tamperedKe3IsRejectedByTheServer(OpaqueConfig config) {
    Fixture f = Fixture.register(config, Identities.none());
    ClientLoginState login = f.client().startLogin(PASSWORD);
    ServerLoginState serverLogin = f.serverStart(login, f.record(), Identities.none());
    byte[] ke3 = login.finish(serverLogin.ke2(), Identities.none()).ke3().toBytes();
    ke3[ke3.length - 1] ^= (byte) 0x80;
    assertThrows(OpaqueAuthenticationException.class, () -> serverLogin.finish(KE3.decode(config, ke3)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void unknownUserGetsResponseOfTheSameShapeAndCannotLogIn(OpaqueConfig config) {
    Fixture f = Fixture.register(config, Identities.none());
    ClientLoginState known = f.client().startLogin(PASSWORD);
    KE2 knownKe2 = f.serverStart(known, f.record(), Identities.none()).ke2();
    ClientLoginState unknown = f.client().startLogin(PASSWORD);
    ServerLoginState unknownState = f.serverStart(unknown, null, Identities.none());
    KE2 unknownKe2 = unknownState.ke2();
    assertEquals(knownKe2.length(), unknownKe2.length());
    assertEquals(KE2.encodedLength(config), unknownKe2.length());
    // Both decode as well-formed KE2 messages.
    KE2.decode(config, unknownKe2.toBytes());
    assertThrows(OpaqueAuthenticationException.class, () -> unknown.finish(unknownKe2, Identities.none()));
    byte[] forged = new byte[config.hashLength()];
    assertThrows(OpaqueAuthenticationException.class, () -> unknownState.finish(KE3.decode(config, forged)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void statesAreSingleUse(OpaqueConfig config) {
    Fixture f = Fixture.register(config, Identities.none());
    ClientRegistrationState reg = f.client().startRegistration(PASSWORD);
    RegistrationResponse response = f.server().createRegistrationResponse(reg.request(), ALICE);
    reg.finish(response, Identities.none());
    assertThrows(OpaqueUsageException.class, () -> reg.finish(response, Identities.none()));

    ClientLoginState login = f.client().startLogin(PASSWORD);
    ServerLoginState serverLogin = f.serverStart(login, f.record(), Identities.none());
    ClientLoginResult result = login.finish(serverLogin.ke2(), Identities.none());
    assertThrows(OpaqueUsageException.class, () -> login.finish(serverLogin.ke2(), Identities.none()));
    serverLogin.finish(result.ke3());
    assertThrows(OpaqueUsageException.class, () -> serverLogin.finish(result.ke3()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void failedFinishStillConsumesTheState(OpaqueConfig config) {
    Fixture f = Fixture.register(config, Identities.none());
    ClientLoginState login = f.client().startLogin(WRONG);
    ServerLoginState serverLogin = f.serverStart(login, f.record(), Identities.none());
    assertThrows(OpaqueAuthenticationException.class, () -> login.finish(serverLogin.ke2(), Identities.none()));
    assertThrows(OpaqueUsageException.class, () -> login.finish(serverLogin.ke2(), Identities.none()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void serverSetupRoundTripsAndRedacts(OpaqueConfig config) {
    OpaqueServerSetup setup = OpaqueServerSetup.generate(config, OpaqueRandom.secure());
    byte[] bytes = setup.toBytes();
    OpaqueServerSetup loaded = OpaqueServerSetup.fromBytes(config, bytes);
    assertArrayEquals(bytes, loaded.toBytes());
    assertArrayEquals(setup.serverPublicKey(), loaded.serverPublicKey());
    String hex = HexFormat.of().formatHex(bytes);
    assertFalse(setup.toString().contains(hex.substring(hex.length() - 16)));
    OpaqueConfig other = config.suite() == OprfSuite.P256_SHA256
        ? OpaqueConfig.of(OprfSuite.RISTRETTO255_SHA512, Ksf.identity(), CONTEXT)
        : OpaqueConfig.of(OprfSuite.P256_SHA256, Ksf.identity(), CONTEXT);
    assertThrows(OpaqueCodecException.class, () -> OpaqueServerSetup.fromBytes(other, bytes));
    // Same suite and layout, other 3DH group: still refused.
    OpaqueConfig otherAke = config.ake().identifier().equals("curve25519")
        ? OpaqueConfig.of(OprfSuite.RISTRETTO255_SHA512, Ksf.identity(), CONTEXT)
        : OpaqueConfig.of(config.suite(), AkeGroup.curve25519(), Ksf.identity(), CONTEXT);
    assertThrows(OpaqueCodecException.class, () -> OpaqueServerSetup.fromBytes(otherAke, bytes));
    assertThrows(OpaqueCodecException.class,
        () -> OpaqueServerSetup.fromBytes(config, java.util.Arrays.copyOf(bytes, bytes.length - 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void recordToStringRedactsTheMaskingKey(OpaqueConfig config) {
    Fixture f = Fixture.register(config, Identities.none());
    String masking = HexFormat.of().formatHex(f.record().maskingKey());
    assertFalse(f.record().toString().contains(masking));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void argon2idKsfRegistersAndLogsIn(OpaqueConfig base) {
    // Small parameters keep the test fast; the production defaults are exercised by the JMH benchmark.
    OpaqueConfig config = base.withKsf(new Ksf.Argon2id(1024, 1, 1));
    Fixture f = Fixture.register(config, Identities.none());
    ClientLoginState login = f.client().startLogin(PASSWORD);
    ServerLoginState serverLogin = f.serverStart(login, f.record(), Identities.none());
    ClientLoginResult result = login.finish(serverLogin.ke2(), Identities.none());
    assertArrayEquals(result.sessionKey(), serverLogin.finish(result.ke3()));
    // The KSF really is applied: the same password under the identity KSF does not open this record.
    OpaqueClient identityClient = new OpaqueClient(base, OpaqueRandom.secure());
    ClientLoginState other = identityClient.startLogin(PASSWORD);
    KE2 ke2 = f.server().startLogin(other.ke1(), ALICE, f.record(), Identities.none()).ke2();
    assertThrows(OpaqueAuthenticationException.class, () -> other.finish(ke2, Identities.none()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void oneServerHandlesConcurrentLogins(OpaqueConfig config) throws Exception {
    Fixture f = Fixture.register(config, Identities.none());
    try (var executor = java.util.concurrent.Executors.newFixedThreadPool(4)) {
      List<java.util.concurrent.Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(executor.submit(() -> {
          ClientLoginState login = f.client().startLogin(PASSWORD);
          ServerLoginState pending = f.serverStart(login, f.record(), Identities.none());
          ClientLoginResult r = login.finish(pending.ke2(), Identities.none());
          return java.util.Arrays.equals(r.sessionKey(), pending.finish(r.ke3()));
        }));
      }
      for (var result : results) {
        assertEquals(true, result.get());
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void callerMayWipeThePasswordAfterStarting(OpaqueConfig config) {
    Fixture f = Fixture.register(config, Identities.none());
    byte[] password = PASSWORD.clone();
    ClientLoginState login = f.client().startLogin(password);
    java.util.Arrays.fill(password, (byte) 0);
    ServerLoginState pending = f.serverStart(login, f.record(), Identities.none());
    ClientLoginResult r = login.finish(pending.ke2(), Identities.none());
    assertArrayEquals(r.sessionKey(), pending.finish(r.ke3()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void recordFromAnotherConfigurationIsAUsageError(OpaqueConfig config) {
    Fixture f = Fixture.register(config, Identities.none());
    OpaqueConfig other = config.suite() == OprfSuite.P256_SHA256
        ? OpaqueConfig.of(OprfSuite.RISTRETTO255_SHA512, Ksf.identity(), CONTEXT)
        : OpaqueConfig.of(OprfSuite.P256_SHA256, Ksf.identity(), CONTEXT);
    RegistrationRecord foreign = Fixture.register(other, Identities.none()).record();
    ClientLoginState login = f.client().startLogin(PASSWORD);
    assertThrows(OpaqueUsageException.class, () -> f.serverStart(login, foreign, Identities.none()));
  }

  @org.junit.jupiter.api.Test
  void smallOrderX25519KeyshareIsRejected() {
    OpaqueConfig config = OpaqueConfig.of(OprfSuite.RISTRETTO255_SHA512, AkeGroup.curve25519(), Ksf.identity(),
        CONTEXT);
    Fixture f = Fixture.register(config, Identities.none());
    byte[] ke1 = f.client().startLogin(PASSWORD).ke1().toBytes();
    // u = 0 and u = 1 are points of small order: X25519 with them is all zeros (RFC 7748 §6.1).
    for (byte u : new byte[] {0, 1}) {
      byte[] forged = ke1.clone();
      java.util.Arrays.fill(forged, ke1.length - 32, ke1.length, (byte) 0);
      forged[ke1.length - 32] = u;
      KE1 decoded = KE1.decode(config, forged);
      assertThrows(OpaqueCodecException.class,
          () -> f.server().startLogin(decoded, ALICE, f.record(), Identities.none()));
      assertThrows(OpaqueCodecException.class,
          () -> f.server().startLogin(decoded, ALICE, null, Identities.none()));
    }
  }
}
