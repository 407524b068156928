package dev.quicnprotochat.opaque;

import static dev.quicnprotochat.opaque.testing.Vectors.hex;
import static dev.quicnprotochat.opaque.testing.Vectors.hexOrNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.opaque.ake.AkeGroup;
import dev.quicnprotochat.opaque.message.Envelope;
import dev.quicnprotochat.opaque.message.KE1;
import dev.quicnprotochat.opaque.message.KE2;
import dev.quicnprotochat.opaque.message.KE3;
import dev.quicnprotochat.opaque.message.RegistrationRecord;
import dev.quicnprotochat.opaque.message.RegistrationRequest;
import dev.quicnprotochat.opaque.message.RegistrationResponse;
import dev.quicnprotochat.opaque.oprf.OprfSuite;
import dev.quicnprotochat.opaque.testing.FixedRandom;
import dev.quicnprotochat.opaque.testing.Vectors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/// RFC 9807 test vectors (opaque/vectors.json), replayed through the public API with the vectors' randomness fed
/// in by [FixedRandom]: all nine, real (0-5) and fake (6-8), over ristretto255, curve25519 and P-256.
class OpaqueVectorTest {

  private static final String FILE = "/vectors/opaque/vectors.json";
  private static final HexFormat HEX = HexFormat.of();

  static Stream<Arguments> vectors(boolean fake) {
    List<Arguments> out = new ArrayList<>();
    JsonNode all = Vectors.load(FILE);
    for (int i = 0; i < all.size(); i++) {
      JsonNode v = all.get(i);
      JsonNode c = v.get("config");
      String group = c.get("Group").asText();
      if (c.get("Fake").asText().equals("True") != fake) {
        continue;
      }
      out.add(Arguments.of("vector " + i + " (" + c.get("OPRF").asText() + ", " + group + ", "
          + (fake ? "fake" : "real") + (v.get("inputs").has("client_identity") ? ", identities" : "") + ")", v));
    }
    return out.stream();
  }

  static Stream<Arguments> realVectors() {
    return vectors(false);
  }

  static Stream<Arguments> fakeVectors() {
    return vectors(true);
  }

  private static OpaqueConfig config(JsonNode v) {
    JsonNode c = v.get("config");
    assertEquals("Identity", c.get("KSF").asText());
    assertEquals("3DH", c.get("Name").asText());
    OprfSuite suite = OprfSuite.byIdentifier(c.get("OPRF").asText());
    AkeGroup ake = c.get("Group").asText().equals("curve25519") ? AkeGroup.curve25519() : AkeGroup.of(suite);
    assertEquals(c.get("Group").asText(), ake.identifier());
    OpaqueConfig config = OpaqueConfig.of(suite, ake, Ksf.identity(), HEX.parseHex(c.get("Context").asText()));
    assertEquals(c.get("Nh").asInt(), config.hashLength());
    assertEquals(c.get("Npk").asInt(), config.publicKeyLength());
    assertEquals(c.get("Nsk").asInt(), config.privateKeyLength());
    return config;
  }

  private static OpaqueServerSetup setup(OpaqueConfig config, JsonNode in) {
    OpaqueServerSetup setup = OpaqueServerSetup.of(config, hex(in, "oprf_seed"), hex(in, "server_private_key"));
    assertEquals(in.get("server_public_key").asText(), HEX.formatHex(setup.serverPublicKey()));
    return setup;
  }

  private static Identities identities(JsonNode in) {
    return Identities.of(hexOrNull(in, "client_identity"), hexOrNull(in, "server_identity"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realVectors")
  void registrationAndLoginReproduceVector(String name, JsonNode v) {
    OpaqueConfig config = config(v);
    JsonNode in = v.get("inputs");
    JsonNode mid = v.get("intermediates");
    JsonNode out = v.get("outputs");
    OpaqueServerSetup setup = setup(config, in);
    Identities ids = identities(in);
    byte[] credentialId = hex(in, "credential_identifier");
    byte[] password = hex(in, "password");

    // Registration
    FixedRandom clientRegRandom = FixedRandom.of(hex(in, "blind_registration"), hex(in, "envelope_nonce"));
    ClientRegistrationState reg = new OpaqueClient(config, clientRegRandom).startRegistration(password);
    assertEquals(out.get("registration_request").asText(), HEX.formatHex(reg.request().toBytes()));
    OpaqueServer server = new OpaqueServer(setup, FixedRandom.of(hex(in, "masking_nonce"), hex(in, "server_nonce"),
        hex(in, "server_keyshare_seed")));
    RegistrationResponse response = server.createRegistrationResponse(
        RegistrationRequest.decode(config, reg.request().toBytes()), credentialId);
    assertEquals(out.get("registration_response").asText(), HEX.formatHex(response.toBytes()));
    ClientRegistrationResult registered =
        reg.finish(RegistrationResponse.decode(config, response.toBytes()), ids);
    RegistrationRecord record = registered.record();
    assertEquals(mid.get("client_public_key").asText(), HEX.formatHex(record.clientPublicKey()));
    assertEquals(mid.get("masking_key").asText(), HEX.formatHex(record.maskingKey()));
    assertEquals(mid.get("envelope").asText(), HEX.formatHex(record.envelope()));
    assertEquals(out.get("registration_upload").asText(), HEX.formatHex(record.toBytes()));
    assertEquals(out.get("export_key").asText(), HEX.formatHex(registered.exportKey()));
    assertTrue(clientRegRandom.exhausted());

    // Login
    FixedRandom clientLoginRandom =
        FixedRandom.of(hex(in, "blind_login"), hex(in, "client_nonce"), hex(in, "client_keyshare_seed"));
    ClientLoginState login = new OpaqueClient(config, clientLoginRandom).startLogin(password);
    assertEquals(out.get("KE1").asText(), HEX.formatHex(login.ke1().toBytes()));
    ServerLoginState serverLogin = server.startLogin(KE1.decode(config, login.ke1().toBytes()), credentialId,
        RegistrationRecord.decode(config, hex(out, "registration_upload")), ids);
    assertEquals(out.get("KE2").asText(), HEX.formatHex(serverLogin.ke2().toBytes()));
    ClientLoginResult loggedIn = login.finish(KE2.decode(config, serverLogin.ke2().toBytes()), ids);
    assertEquals(out.get("KE3").asText(), HEX.formatHex(loggedIn.ke3().toBytes()));
    assertEquals(out.get("session_key").asText(), HEX.formatHex(loggedIn.sessionKey()));
    assertEquals(out.get("export_key").asText(), HEX.formatHex(loggedIn.exportKey()));
    assertEquals(in.get("server_public_key").asText(), HEX.formatHex(loggedIn.serverPublicKey()));
    byte[] serverSessionKey = serverLogin.finish(KE3.decode(config, loggedIn.ke3().toBytes()));
    assertEquals(out.get("session_key").asText(), HEX.formatHex(serverSessionKey));
    assertTrue(clientLoginRandom.exhausted());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fakeVectors")
  void fakeCredentialResponseReproducesVector(String name, JsonNode v) {
    OpaqueConfig config = config(v);
    JsonNode in = v.get("inputs");
    OpaqueServerSetup setup = setup(config, in);
    Identities ids = identities(in);
    byte[] credentialId = hex(in, "credential_identifier");
    KE1 ke1 = KE1.decode(config, hex(in, "KE1"));
    String expectedKe2 = v.get("outputs").get("KE2").asText();

    // The fake record of RFC 9807 §6.2.2: the vector's client key and masking key, and an all-zero envelope.
    RegistrationRecord fake = RegistrationRecord.of(config, hex(in, "client_public_key"), hex(in, "masking_key"),
        Envelope.decode(config, new byte[config.envelopeLength()]));
    FixedRandom serverRandom =
        FixedRandom.of(hex(in, "masking_nonce"), hex(in, "server_nonce"), hex(in, "server_keyshare_seed"));
    ServerLoginState state = new OpaqueServer(setup, serverRandom).startLogin(ke1, credentialId, fake, ids);
    assertEquals(expectedKe2, HEX.formatHex(state.ke2().toBytes()));
    assertTrue(serverRandom.exhausted());

    // The unknown-user path (no record) draws the masking key itself. Fed the vector's masking key it produces the
    // same credential response, nonce and key share; only the MAC differs, because the server's own fake client
    // key replaces the vector's.
    FixedRandom unknownRandom = FixedRandom.of(hex(in, "masking_key"), hex(in, "masking_nonce"),
        hex(in, "server_nonce"), hex(in, "server_keyshare_seed"));
    KE2 unknown = new OpaqueServer(setup, unknownRandom).startLogin(ke1, credentialId, null, ids).ke2();
    byte[] expected = HEX.parseHex(expectedKe2);
    int macStart = expected.length - config.hashLength();
    assertEquals(HEX.formatHex(Arrays.copyOf(expected, macStart)),
        HEX.formatHex(Arrays.copyOf(unknown.toBytes(), macStart)));
    assertEquals(expected.length, unknown.length());
    assertTrue(unknownRandom.exhausted());
    // And the server never accepts a KE3 for it.
    ServerLoginState again = new OpaqueServer(setup, OpaqueRandom.secure()).startLogin(ke1, credentialId, null, ids);
    assertThrows(OpaqueAuthenticationException.class,
        () -> again.finish(KE3.decode(config, new byte[config.hashLength()])));
  }
}
