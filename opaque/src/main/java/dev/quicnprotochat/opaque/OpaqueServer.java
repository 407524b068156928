package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.ake.ThreeDh;
import dev.quicnprotochat.opaque.crypto.GroupElement;
import dev.quicnprotochat.opaque.crypto.PrimeOrderGroup;
import dev.quicnprotochat.opaque.envelope.CleartextCredentials;
import dev.quicnprotochat.opaque.envelope.CredentialMasking;
import dev.quicnprotochat.opaque.message.KE1;
import dev.quicnprotochat.opaque.message.KE2;
import dev.quicnprotochat.opaque.message.RegistrationRecord;
import dev.quicnprotochat.opaque.message.RegistrationRequest;
import dev.quicnprotochat.opaque.message.RegistrationResponse;
import dev.quicnprotochat.opaque.ake.AkeKeyPair;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/// The server side of OPAQUE-3DH (RFC 9807 §5.2.2, §6.2.2, §6.4.4). Thread-safe; one instance per server setup.
///
/// Registration: [#createRegistrationResponse] answers a client's request; the client then uploads a
/// [RegistrationRecord], which the server stores under the credential identifier.
///
/// Login: [#startLogin] answers KE1 with KE2 and returns a single-use [ServerLoginState]; its
/// [ServerLoginState#finish] checks KE3 and yields the session key. Pass `null` as the record for an unknown
/// user: the server then answers with a fake credential response of the same length, built with the same
/// operations, so neither the response nor its timing reveals whether the user exists (RFC 9807 §10.9). Such a
/// login always ends in [OpaqueAuthenticationException] at the client or at [ServerLoginState#finish].
public final class OpaqueServer {

  private static final byte[] OPRF_KEY_LABEL = "OprfKey".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OPRF_KEY_INFO = "OPAQUE-DeriveKeyPair".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FAKE_KEY_LABEL = "FakeClientKey".getBytes(StandardCharsets.US_ASCII);

  private final OpaqueServerSetup setup;
  private final OpaqueConfig config;
  private final OpaqueRandom random;
  private final byte[] fakeClientPublicKey;

  public OpaqueServer(OpaqueServerSetup setup, OpaqueRandom random) {
    this.setup = Objects.requireNonNull(setup, "setup");
    this.config = setup.config();
    this.random = Objects.requireNonNull(random, "random");
    // A fixed per-server fake client key, derived once, so a fake login does no more work than a real one. It is
    // only ever sent masked under a random masking key.
    byte[] seed = config.hash().expand(setup.oprfSeed(), FAKE_KEY_LABEL, OpaqueConfig.SEED_LENGTH);
    AkeKeyPair fake = config.deriveDiffieHellmanKeyPair(seed);
    this.fakeClientPublicKey = fake.publicKey();
    fake.destroy();
    Arrays.fill(seed, (byte) 0);
  }

  public OpaqueConfig config() {
    return config;
  }

  /// RFC 9807 §5.2.2 CreateRegistrationResponse.
  ///
  /// @param credentialIdentifier the server's stable, unique name for this user's credential
  public RegistrationResponse createRegistrationResponse(RegistrationRequest request, byte[] credentialIdentifier) {
    PrimeOrderGroup group = config.group();
    BigInteger oprfKey = oprfKey(credentialIdentifier);
    GroupElement evaluated = config.oprf().blindEvaluate(oprfKey, group.deserialize(request.blindedMessage()));
    byte[] encoded = concat(group.serialize(evaluated), setup.serverPublicKey());
    return RegistrationResponse.decode(config, encoded);
  }

  /// RFC 9807 §6.2.2 GenerateKE2 (CreateCredentialResponse and AuthServerRespond).
  ///
  /// @param record the stored record, or `null` when no user has this credential identifier
  /// @return a single-use state holding KE2 for the client and the values needed to check KE3
  public ServerLoginState startLogin(KE1 ke1, byte[] credentialIdentifier, RegistrationRecord record,
      Identities identities) {
    Objects.requireNonNull(ke1, "ke1");
    Objects.requireNonNull(identities, "identities");
    PrimeOrderGroup group = config.group();
    byte[] clientPublicKey;
    byte[] maskingKey;
    byte[] envelope;
    if (record != null) {
      if (record.length() != config.publicKeyLength() + config.hashLength() + config.envelopeLength()) {
        throw new OpaqueUsageException("registration record was made for another configuration");
      }
      clientPublicKey = record.clientPublicKey();
      maskingKey = record.maskingKey();
      envelope = record.envelope();
    } else {
      // RFC 9807 §6.2.2 fake record: random masking key, zero envelope.
      clientPublicKey = fakeClientPublicKey.clone();
      maskingKey = random.nextBytes(config.hashLength());
      envelope = new byte[config.envelopeLength()];
    }
    byte[] serverPublicKey = setup.serverPublicKey();

    // CreateCredentialResponse
    BigInteger oprfKey = oprfKey(credentialIdentifier);
    GroupElement evaluated = config.oprf().blindEvaluate(oprfKey, group.deserialize(ke1.blindedMessage()));
    byte[] maskingNonce = random.nextBytes(OpaqueConfig.NONCE_LENGTH);
    byte[] masked = CredentialMasking.apply(config, maskingKey, maskingNonce, concat(serverPublicKey, envelope));
    byte[] credentialResponse = concat(group.serialize(evaluated), maskingNonce, masked);
    Arrays.fill(maskingKey, (byte) 0);

    // AuthServerRespond
    byte[] serverNonce = random.nextBytes(OpaqueConfig.NONCE_LENGTH);
    byte[] keyshareSeed = random.nextBytes(OpaqueConfig.SEED_LENGTH);
    AkeKeyPair serverKeyshare = config.deriveDiffieHellmanKeyPair(keyshareSeed);
    Arrays.fill(keyshareSeed, (byte) 0);
    byte[] serverPublicKeyshare = serverKeyshare.publicKey();
    CleartextCredentials creds =
        CleartextCredentials.create(serverPublicKey, clientPublicKey, identities.server(), identities.client());
    byte[] preamble = ThreeDh.preamble(config, creds.clientIdentity(), ke1.toBytes(), creds.serverIdentity(),
        credentialResponse, serverNonce, serverPublicKeyshare);
    byte[] clientKeyshare = ke1.clientPublicKeyshare();
    byte[] ikm = concat(
        ThreeDh.diffieHellman(config, serverKeyshare.privateKey(), clientKeyshare),
        ThreeDh.diffieHellman(config, setup.serverPrivateKey(), clientKeyshare),
        ThreeDh.diffieHellman(config, serverKeyshare.privateKey(), clientPublicKey));
    serverKeyshare.destroy();
    ThreeDh.Keys keys = ThreeDh.deriveKeys(config, ikm, preamble);
    Arrays.fill(ikm, (byte) 0);
    byte[] serverMac = config.hash().hmac(keys.serverMacKey(), config.hash().hash(preamble));
    byte[] expectedClientMac = config.hash().hmac(keys.clientMacKey(), config.hash().hash(preamble, serverMac));
    byte[] sessionKey = keys.sessionKey().clone();
    keys.destroy();
    Arrays.fill(keys.sessionKey(), (byte) 0);
    KE2 ke2 = KE2.of(config, credentialResponse, serverNonce, serverPublicKeyshare, serverMac);
    return new ServerLoginState(config, ke2, expectedClientMac, sessionKey);
  }

  /// seed = Expand(oprf_seed, credential_identifier || "OprfKey", Nok); DeriveKeyPair(seed, "OPAQUE-DeriveKeyPair").
  private BigInteger oprfKey(byte[] credentialIdentifier) {
    Objects.requireNonNull(credentialIdentifier, "credentialIdentifier");
    byte[] seed = config.hash().expand(setup.oprfSeed(), concat(credentialIdentifier, OPRF_KEY_LABEL),
        config.oprfKeyLength());
    BigInteger key = config.oprf().deriveKeyPair(seed, OPRF_KEY_INFO).privateKey();
    Arrays.fill(seed, (byte) 0);
    return key;
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "OpaqueServer[" + config + "]";
  }
}
