package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.ake.ThreeDh;
import dev.quicnprotochat.opaque.crypto.PrimeOrderGroup;
import dev.quicnprotochat.opaque.envelope.CredentialMasking;
import dev.quicnprotochat.opaque.envelope.EnvelopeStore;
import dev.quicnprotochat.opaque.envelope.RandomizedPassword;
import dev.quicnprotochat.opaque.message.Envelope;
import dev.quicnprotochat.opaque.message.KE1;
import dev.quicnprotochat.opaque.message.KE2;
import dev.quicnprotochat.opaque.message.KE3;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/// The client's state between sending KE1 and receiving KE2 (RFC 9807 §6.2.3 GenerateKE3). Single use: a second
/// [#finish] throws [OpaqueUsageException]; the password copy is wiped after the first. `toString` redacts.
public final class ClientLoginState {

  private final OpaqueConfig config;
  private final byte[] password;
  private final BigInteger blind;
  private final byte[] keyshareSecret;
  private final KE1 ke1;
  private final AtomicBoolean used = new AtomicBoolean();

  ClientLoginState(OpaqueConfig config, byte[] password, BigInteger blind, byte[] keyshareSecret, KE1 ke1) {
    this.config = config;
    this.password = password;
    this.blind = blind;
    this.keyshareSecret = keyshareSecret;
    this.ke1 = ke1;
  }

  /// The message to send to the server.
  public KE1 ke1() {
    return ke1;
  }

  /// Recovers the credentials from KE2, authenticates the server and produces KE3 and the keys.
  ///
  /// @throws OpaqueAuthenticationException for a wrong password, an unknown user (fake response), a tampered KE2
  ///     or a wrong server MAC
  /// @throws OpaqueUsageException if called more than once
  public ClientLoginResult finish(KE2 ke2, Identities identities) {
    if (!used.compareAndSet(false, true)) {
      throw new OpaqueUsageException("ClientLoginState already used");
    }
    PrimeOrderGroup group = config.group();
    byte[] randomizedPassword = null;
    try {
      // RecoverCredentials (RFC 9807 §5.2.4)
      randomizedPassword =
          RandomizedPassword.derive(config, password, blind, group.deserialize(ke2.evaluatedMessage()));
      byte[] maskingKey = EnvelopeStore.maskingKey(config, randomizedPassword);
      byte[] unmasked = CredentialMasking.apply(config, maskingKey, ke2.maskingNonce(), ke2.maskedResponse());
      Arrays.fill(maskingKey, (byte) 0);
      int npk = config.publicKeyLength();
      byte[] serverPublicKey = Arrays.copyOfRange(unmasked, 0, npk);
      Envelope envelope = Envelope.decode(config, Arrays.copyOfRange(unmasked, npk, unmasked.length));
      EnvelopeStore.Recovered recovered = EnvelopeStore.recover(config, randomizedPassword, serverPublicKey, envelope,
          identities.server(), identities.client());

      // AuthClientFinalize (RFC 9807 §6.4.3)
      byte[] serverKeyshare = ke2.serverPublicKeyshare();
      byte[] ikm = OpaqueServer.concat(
          ThreeDh.diffieHellman(config, keyshareSecret, serverKeyshare),
          ThreeDh.diffieHellman(config, keyshareSecret, serverPublicKey),
          ThreeDh.diffieHellman(config, recovered.clientPrivateKey(), serverKeyshare));
      Arrays.fill(recovered.clientPrivateKey(), (byte) 0);
      byte[] preamble = ThreeDh.preamble(config, recovered.credentials().clientIdentity(), ke1.toBytes(),
          recovered.credentials().serverIdentity(), ke2.credentialResponse(), ke2.serverNonce(),
          ke2.serverPublicKeyshare());
      ThreeDh.Keys keys = ThreeDh.deriveKeys(config, ikm, preamble);
      Arrays.fill(ikm, (byte) 0);
      byte[] expectedServerMac = config.hash().hmac(keys.serverMacKey(), config.hash().hash(preamble));
      if (!MessageDigest.isEqual(expectedServerMac, ke2.serverMac())) {
        keys.destroy();
        Arrays.fill(keys.sessionKey(), (byte) 0);
        Arrays.fill(recovered.exportKey(), (byte) 0);
        throw new OpaqueAuthenticationException("login failed: server authentication failed");
      }
      byte[] clientMac = config.hash().hmac(keys.clientMacKey(), config.hash().hash(preamble, expectedServerMac));
      ClientLoginResult result = new ClientLoginResult(KE3.decode(config, clientMac), keys.sessionKey(),
          recovered.exportKey(), serverPublicKey);
      keys.destroy();
      Arrays.fill(keys.sessionKey(), (byte) 0);
      Arrays.fill(recovered.exportKey(), (byte) 0);
      return result;
    } finally {
      Arrays.fill(password, (byte) 0);
      Arrays.fill(keyshareSecret, (byte) 0);
      if (randomizedPassword != null) {
        Arrays.fill(randomizedPassword, (byte) 0);
      }
    }
  }

  @Override
  public String toString() {
    return "ClientLoginState[ke1=" + ke1 + ", <redacted>, used=" + used.get() + "]";
  }
}
