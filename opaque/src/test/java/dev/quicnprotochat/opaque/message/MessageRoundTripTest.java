package dev.quicnprotochat.opaque.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.quicnprotochat.opaque.ClientLoginResult;
import dev.quicnprotochat.opaque.ClientLoginState;
import dev.quicnprotochat.opaque.ClientRegistrationResult;
import dev.quicnprotochat.opaque.ClientRegistrationState;
import dev.quicnprotochat.opaque.Identities;
import dev.quicnprotochat.opaque.Ksf;
import dev.quicnprotochat.opaque.OpaqueClient;
import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.OpaqueServer;
import dev.quicnprotochat.opaque.OpaqueServerSetup;
import dev.quicnprotochat.opaque.ServerLoginState;
import dev.quicnprotochat.opaque.ake.AkeGroup;
import dev.quicnprotochat.opaque.oprf.OprfSuite;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// Every wire struct decodes from its own encoding to an equal value, and its fields concatenate back to the
/// encoding in the RFC 9807 order.
class MessageRoundTripTest {

  static Stream<OpaqueConfig> configs() {
    byte[] ctx = "round trip".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        OpaqueConfig.of(OprfSuite.RISTRETTO255_SHA512, Ksf.identity(), ctx),
        OpaqueConfig.of(OprfSuite.P256_SHA256, Ksf.identity(), ctx),
        OpaqueConfig.of(OprfSuite.RISTRETTO255_SHA512, AkeGroup.curve25519(), Ksf.identity(), ctx));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("configs")
  void everyStructRoundTrips(OpaqueConfig config) {
    OpaqueRandom random = OpaqueRandom.secure();
    OpaqueServer server = new OpaqueServer(OpaqueServerSetup.generate(config, random), random);
    OpaqueClient client = new OpaqueClient(config, random);
    byte[] password = "pw".getBytes(StandardCharsets.UTF_8);
    byte[] id = "bob".getBytes(StandardCharsets.UTF_8);

    ClientRegistrationState reg = client.startRegistration(password);
    RegistrationRequest request = reg.request();
    assertEquals(request, RegistrationRequest.decode(config, request.toBytes()));
    assertArrayEquals(request.toBytes(), request.blindedMessage());

    RegistrationResponse response = server.createRegistrationResponse(request, id);
    assertEquals(response, RegistrationResponse.decode(config, response.toBytes()));
    assertArrayEquals(response.toBytes(), WireMessage.concat(response.evaluatedMessage(), response.serverPublicKey()));

    ClientRegistrationResult result = reg.finish(response, Identities.none());
    RegistrationRecord record = result.record();
    assertEquals(record, RegistrationRecord.decode(config, record.toBytes()));
    assertArrayEquals(record.toBytes(),
        WireMessage.concat(record.clientPublicKey(), record.maskingKey(), record.envelope()));
    Envelope envelope = Envelope.decode(config, record.envelope());
    assertArrayEquals(record.envelope(), WireMessage.concat(envelope.nonce(), envelope.authTag()));

    ClientLoginState login = client.startLogin(password);
    KE1 ke1 = login.ke1();
    assertEquals(ke1, KE1.decode(config, ke1.toBytes()));
    assertArrayEquals(ke1.toBytes(),
        WireMessage.concat(ke1.blindedMessage(), ke1.clientNonce(), ke1.clientPublicKeyshare()));

    ServerLoginState pending = server.startLogin(ke1, id, record, Identities.none());
    KE2 ke2 = pending.ke2();
    assertEquals(ke2, KE2.decode(config, ke2.toBytes()));
    assertArrayEquals(ke2.credentialResponse(),
        WireMessage.concat(ke2.evaluatedMessage(), ke2.maskingNonce(), ke2.maskedResponse()));
    assertArrayEquals(ke2.toBytes(), WireMessage.concat(ke2.credentialResponse(), ke2.serverNonce(),
        ke2.serverPublicKeyshare(), ke2.serverMac()));

    ClientLoginResult done = login.finish(ke2, Identities.none());
    KE3 ke3 = done.ke3();
    assertEquals(ke3, KE3.decode(config, ke3.toBytes()));
    assertArrayEquals(ke3.toBytes(), ke3.clientMac());
    assertArrayEquals(done.sessionKey(), pending.finish(ke3));

    // Content equality, not identity: a different message is not equal.
    assertNotEquals(ke1, client.startLogin(password).ke1());
  }
}
