package dev.quicnprotochat.bootstrap.crypto;

import dev.quicnprotochat.application.port.out.OpaqueServer;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import dev.quicnprotochat.domain.identity.Username;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.opaque.Identities;
import dev.quicnprotochat.opaque.OpaqueConfig;
import dev.quicnprotochat.opaque.OpaqueException;
import dev.quicnprotochat.opaque.OpaqueRandom;
import dev.quicnprotochat.opaque.OpaqueServerSetup;
import dev.quicnprotochat.opaque.ServerLoginState;
import dev.quicnprotochat.opaque.message.KE1;
import dev.quicnprotochat.opaque.message.KE3;
import dev.quicnprotochat.opaque.message.RegistrationRequest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/// The application's [OpaqueServer] port over `opaque/` (RFC 9807). The credential identifier is the canonical
/// (case-folded) username in UTF-8, the same at registration and at every login (RFC 9807 §4); identities are the
/// public keys ([Identities#none()]). Every malformed peer message becomes an empty result or `false`, never an
/// exception, as the port requires.
public final class OpaqueServerAdapter implements OpaqueServer {

  /// The OPAQUE context every quicnprotochat client and server bind into the handshake (RFC 9807 §6.1).
  public static final String CONTEXT = "quicnprotochat v1";

  private final OpaqueConfig config;
  private final dev.quicnprotochat.opaque.OpaqueServer server;

  public OpaqueServerAdapter(OpaqueServerSetup setup, OpaqueRandom random) {
    Objects.requireNonNull(setup, "setup");
    this.config = setup.config();
    this.server = new dev.quicnprotochat.opaque.OpaqueServer(setup, random);
  }

  /// The configuration clients must use (ristretto255-SHA512 with [#CONTEXT]); only the client's KSF may differ,
  /// because the server never runs it.
  public static OpaqueConfig configuration() {
    return OpaqueConfig.ristretto255Sha512(CONTEXT.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Optional<Bytes> registrationResponse(Username username, Bytes registrationRequest) {
    try {
      RegistrationRequest request = RegistrationRequest.decode(config, registrationRequest.toByteArray());
      return Optional.of(Bytes.wrap(server.createRegistrationResponse(request, identifier(username)).toBytes()));
    } catch (OpaqueException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<RegistrationRecord> finishRegistration(Username username, Bytes registrationUpload) {
    try {
      // RFC 9807 §5.2.3: the server stores the record as sent, after checking that it is well formed
      var record = dev.quicnprotochat.opaque.message.RegistrationRecord.decode(config,
          registrationUpload.toByteArray());
      return Optional.of(new RegistrationRecord(Bytes.wrap(record.toBytes())));
    } catch (OpaqueException e) {
      return Optional.empty();
    }
  }

  @Override
  public Optional<LoginChallenge> startLogin(Username username, Optional<RegistrationRecord> record, Bytes ke1) {
    try {
      KE1 request = KE1.decode(config, ke1.toByteArray());
      var stored = record.map(r -> dev.quicnprotochat.opaque.message.RegistrationRecord.decode(config,
          r.value().toByteArray())).orElse(null);
      // a null record makes the library answer with a fake KE2 of the same shape (RFC 9807 §10.9)
      ServerLoginState state = server.startLogin(request, identifier(username), stored, Identities.none());
      return Optional.of(new LoginChallenge(Bytes.wrap(state.ke2().toBytes()), new PendingOpaqueLogin(state)));
    } catch (OpaqueException e) {
      return Optional.empty();
    }
  }

  @Override
  public boolean finishLogin(LoginState state, Bytes ke3) {
    if (!(state instanceof PendingOpaqueLogin pending)) {
      return false;
    }
    try {
      byte[] sessionKey = pending.state().finish(KE3.decode(config, ke3.toByteArray()));
      // the transport has its own TLS session: the OPAQUE session key is only proof that KE3 verified
      java.util.Arrays.fill(sessionKey, (byte) 0);
      return true;
    } catch (OpaqueException e) {
      return false;
    }
  }

  private static byte[] identifier(Username username) {
    return username.value().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "OpaqueServerAdapter[" + config + "]";
  }

  /// The library's single-use server state between KE2 and KE3.
  record PendingOpaqueLogin(ServerLoginState state) implements LoginState {

    PendingOpaqueLogin {
      Objects.requireNonNull(state, "state");
    }

    @Override
    public String toString() {
      return "PendingOpaqueLogin[<redacted>]";
    }
  }
}
