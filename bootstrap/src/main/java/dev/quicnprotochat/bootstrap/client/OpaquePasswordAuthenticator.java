package dev.quicnprotochat.bootstrap.client;

import dev.quicnprotochat.application.port.out.client.PasswordAuthenticator;
import dev.quicnprotochat.bootstrap.crypto.OpaqueServerAdapter;
import dev.quicnprotochat.domain.client.AccountPassword;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.opaque.ClientLoginState;
import dev.quicnprotochat.opaque.ClientRegistrationState;
import dev.quicnprotochat.opaque.Identities;
import dev.quicnprotochat.opaque.Ksf;
import dev.quicnprotochat.opaque.OpaqueAuthenticationException;
import dev.quicnprotochat.opaque.OpaqueClient;
import dev.quicnprotochat.opaque.OpaqueCodecException;
import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.message.KE2;
import dev.quicnprotochat.opaque.message.RegistrationResponse;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/// The client half of OPAQUE (RFC 9807) over `opaque/`'s [OpaqueClient], with exactly the server's configuration
/// ([OpaqueServerAdapter#configuration()]: suite and context) and the deployment's key stretching function.
///
/// The KSF runs only on the client, but registration and every later login must use the same one: it is part of
/// the derivation of the randomized password (RFC 9807 §5.2.4), so a different KSF is simply a wrong password.
/// The default is RFC 9106 §4's memory-constrained Argon2id (64 MiB, t = 3), not the 2 GiB first recommendation:
/// this is a CLI/desktop client that may run several profiles and a test suite on a small machine, where 2 GiB of
/// heap per login is not available. Change it only together with every account's registration.
public final class OpaquePasswordAuthenticator implements PasswordAuthenticator {

  private final OpaqueConfig config;
  private final OpaqueRandom random;

  /// With RFC 9106's memory-constrained Argon2id and a secure random source.
  public OpaquePasswordAuthenticator() {
    this(Ksf.argon2idMemoryConstrained(), OpaqueRandom.secure());
  }

  public OpaquePasswordAuthenticator(Ksf ksf, OpaqueRandom random) {
    this.config = OpaqueServerAdapter.configuration().withKsf(Objects.requireNonNull(ksf, "ksf"));
    this.random = Objects.requireNonNull(random, "random");
  }

  /// The configuration in use (the server's, with this client's KSF).
  public OpaqueConfig config() {
    return config;
  }

  @Override
  public RegistrationAttempt startRegistration(AccountPassword password) {
    byte[] utf8 = password.utf8();
    ClientRegistrationState state;
    try {
      state = new OpaqueClient(config, random).startRegistration(utf8);   // keeps its own copy
    } finally {
      Arrays.fill(utf8, (byte) 0);
    }
    Bytes request = Bytes.wrap(state.request().toBytes());
    return new RegistrationAttempt() {
      @Override
      public Bytes request() {
        return request;
      }

      @Override
      public Bytes finish(Bytes registrationResponse) {
        RegistrationResponse response;
        try {
          response = RegistrationResponse.decode(config, registrationResponse.toByteArray());
        } catch (OpaqueCodecException e) {
          throw new IllegalArgumentException("malformed OPAQUE registration response: " + e.getMessage());
        }
        return Bytes.wrap(state.finish(response, Identities.none()).record().toBytes());
      }
    };
  }

  @Override
  public LoginAttempt startLogin(AccountPassword password) {
    byte[] utf8 = password.utf8();
    ClientLoginState state;
    try {
      state = new OpaqueClient(config, random).startLogin(utf8);
    } finally {
      Arrays.fill(utf8, (byte) 0);
    }
    Bytes ke1 = Bytes.wrap(state.ke1().toBytes());
    return new LoginAttempt() {
      @Override
      public Bytes ke1() {
        return ke1;
      }

      @Override
      public Optional<Bytes> finish(Bytes ke2) {
        try {
          KE2 decoded = KE2.decode(config, ke2.toByteArray());
          return Optional.of(Bytes.wrap(state.finish(decoded, Identities.none()).ke3().toBytes()));
        } catch (OpaqueAuthenticationException | OpaqueCodecException e) {
          // RFC 9807 §6.4.3: a KE2 that does not authenticate (wrong password, unknown user, tampering) ends here.
          return Optional.empty();
        }
      }
    };
  }

  @Override
  public String toString() {
    return "OpaquePasswordAuthenticator[" + config.ksf() + "]";
  }
}
