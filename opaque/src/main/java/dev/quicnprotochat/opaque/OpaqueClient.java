package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.message.KE1;
import dev.quicnprotochat.opaque.message.RegistrationRequest;
import dev.quicnprotochat.opaque.oprf.BlindedInput;
import dev.quicnprotochat.opaque.ake.AkeKeyPair;
import java.util.Arrays;
import java.util.Objects;

/// The client side of OPAQUE-3DH (RFC 9807 §5.2.1, §6.2.1). Thread-safe; each call returns an independent,
/// single-use state.
///
/// Registration: [#startRegistration] gives a [ClientRegistrationState] whose request goes to the server; its
/// [ClientRegistrationState#finish] turns the server's response into the [ClientRegistrationResult] (the record to
/// upload, and the export key).
///
/// Login: [#startLogin] gives a [ClientLoginState] whose KE1 goes to the server; its [ClientLoginState#finish]
/// turns KE2 into a [ClientLoginResult] (KE3 to send, the session key and the export key).
///
/// Passwords are copied; the caller may wipe its own array once a call returns.
public final class OpaqueClient {

  private final OpaqueConfig config;
  private final OpaqueRandom random;

  public OpaqueClient(OpaqueConfig config, OpaqueRandom random) {
    this.config = Objects.requireNonNull(config, "config");
    this.random = Objects.requireNonNull(random, "random");
  }

  public OpaqueConfig config() {
    return config;
  }

  /// RFC 9807 §5.2.1 CreateRegistrationRequest.
  public ClientRegistrationState startRegistration(byte[] password) {
    BlindedInput blinded = config.oprf().blind(password, random);
    RegistrationRequest request =
        RegistrationRequest.decode(config, config.group().serialize(blinded.blindedElement()));
    return new ClientRegistrationState(config, random, password.clone(), blinded.blind(), request);
  }

  /// RFC 9807 §6.2.1 GenerateKE1 (CreateCredentialRequest and AuthClientStart). Draws the blind, the client nonce
  /// and the key-share seed, in that order.
  public ClientLoginState startLogin(byte[] password) {
    BlindedInput blinded = config.oprf().blind(password, random);
    byte[] clientNonce = random.nextBytes(OpaqueConfig.NONCE_LENGTH);
    byte[] keyshareSeed = random.nextBytes(OpaqueConfig.SEED_LENGTH);
    AkeKeyPair keyshare = config.deriveDiffieHellmanKeyPair(keyshareSeed);
    Arrays.fill(keyshareSeed, (byte) 0);
    KE1 ke1 = KE1.of(config, config.group().serialize(blinded.blindedElement()), clientNonce, keyshare.publicKey());
    return new ClientLoginState(config, password.clone(), blinded.blind(), keyshare.privateKey(), ke1);
  }

  @Override
  public String toString() {
    return "OpaqueClient[" + config + "]";
  }
}
