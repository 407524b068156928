package dev.quicnprotochat.opaque;

import dev.quicnprotochat.opaque.envelope.EnvelopeStore;
import dev.quicnprotochat.opaque.envelope.RandomizedPassword;
import dev.quicnprotochat.opaque.message.RegistrationRecord;
import dev.quicnprotochat.opaque.message.RegistrationRequest;
import dev.quicnprotochat.opaque.message.RegistrationResponse;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/// The client's state between sending a [RegistrationRequest] and receiving the [RegistrationResponse]. Single use:
/// a second [#finish] throws [OpaqueUsageException]; the password copy is wiped after the first. `toString`
/// redacts.
public final class ClientRegistrationState {

  private final OpaqueConfig config;
  private final OpaqueRandom random;
  private final byte[] password;
  private final BigInteger blind;
  private final RegistrationRequest request;
  private final AtomicBoolean used = new AtomicBoolean();

  ClientRegistrationState(OpaqueConfig config, OpaqueRandom random, byte[] password, BigInteger blind,
      RegistrationRequest request) {
    this.config = config;
    this.random = random;
    this.password = password;
    this.blind = blind;
    this.request = request;
  }

  /// The message to send to the server.
  public RegistrationRequest request() {
    return request;
  }

  /// RFC 9807 §5.2.3 FinalizeRegistrationRequest: runs the KSF and builds the record to upload. Draws the
  /// envelope nonce.
  ///
  /// @throws OpaqueUsageException if called more than once
  public ClientRegistrationResult finish(RegistrationResponse response, Identities identities) {
    if (!used.compareAndSet(false, true)) {
      throw new OpaqueUsageException("ClientRegistrationState already used");
    }
    byte[] randomizedPassword = null;
    try {
      randomizedPassword = RandomizedPassword.derive(config, password, blind,
          config.group().deserialize(response.evaluatedMessage()));
      EnvelopeStore.Stored stored = EnvelopeStore.store(config, randomizedPassword, response.serverPublicKey(),
          identities.server(), identities.client(), random);
      RegistrationRecord record =
          RegistrationRecord.of(config, stored.clientPublicKey(), stored.maskingKey(), stored.envelope());
      Arrays.fill(stored.maskingKey(), (byte) 0);
      return new ClientRegistrationResult(record, stored.exportKey());
    } finally {
      Arrays.fill(password, (byte) 0);
      if (randomizedPassword != null) {
        Arrays.fill(randomizedPassword, (byte) 0);
      }
    }
  }

  @Override
  public String toString() {
    return "ClientRegistrationState[request=" + request + ", <redacted>, used=" + used.get() + "]";
  }
}
