package dev.quicnprotochat.application.service.client;

import dev.quicnprotochat.application.port.in.client.RegisterCommand;
import dev.quicnprotochat.application.port.in.client.RegisterResult;
import dev.quicnprotochat.application.port.in.client.RegisterUseCase;
import dev.quicnprotochat.application.port.in.client.ServerRefused;
import dev.quicnprotochat.application.port.in.client.ServerUnreachable;
import dev.quicnprotochat.application.port.out.client.IdentitySigner;
import dev.quicnprotochat.application.port.out.client.IdentityVault;
import dev.quicnprotochat.application.port.out.client.PasswordAuthenticator;
import dev.quicnprotochat.application.port.out.client.ServerCallException;
import dev.quicnprotochat.application.port.out.client.ServerGateway;
import dev.quicnprotochat.application.port.out.client.ServerUnreachableException;
import dev.quicnprotochat.domain.clientstate.IdentityKeyPair;
import dev.quicnprotochat.domain.identity.IdentityBinding;
import dev.quicnprotochat.mls.codec.Bytes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// OPAQUE registration (RFC 9807 §5.2) of the profile's identity: the identity is created and stored before the
/// first server call, so a registration interrupted at any point is retried with the same key.
@Singleton
public final class RegisterService implements RegisterUseCase {

  private static final Logger logger = LoggerFactory.getLogger(RegisterService.class);

  private final ServerGateway server;
  private final IdentityVault vault;
  private final PasswordAuthenticator opaque;
  private final IdentitySigner signer;
  private final SecureRandom random;

  @Inject
  public RegisterService(ServerGateway server, IdentityVault vault, PasswordAuthenticator opaque,
                         IdentitySigner signer, SecureRandom random) {
    this.server = server;
    this.vault = vault;
    this.opaque = opaque;
    this.signer = signer;
    this.random = random;
  }

  @Override
  public RegisterResult register(RegisterCommand command) {
    IdentityKeyPair identity = identity();
    try {
      PasswordAuthenticator.RegistrationAttempt attempt = opaque.startRegistration(command.password());
      Bytes response = server.startRegistration(command.username(), attempt.request(), command.serverAuthToken());
      Bytes upload = attempt.finish(response);
      Bytes signature = signer.sign(identity, IdentityBinding.message(command.username(), upload));
      server.finishRegistration(command.username(), identity.publicKey(), upload, signature,
          command.serverAuthToken());
      logger.info("registered identity {}", identity.publicKey().fingerprint());
      return new RegisterResult.Registered(command.username(), identity.publicKey());
    } catch (ServerCallException e) {
      return switch (e.code()) {
        case USERNAME_TAKEN -> new RegisterResult.UsernameTaken(command.username());
        case REGISTRATION_CLOSED -> new RegisterResult.RegistrationClosed();
        default -> ServerRefused.of(e);
      };
    } catch (ServerUnreachableException e) {
      return new ServerUnreachable(e.getMessage());
    }
  }

  private IdentityKeyPair identity() {
    var stored = vault.load();
    if (stored.isPresent()) {
      return stored.get();
    }
    IdentityKeyPair fresh = IdentityKeyPair.generate(random);
    if (vault.create(fresh)) {
      return fresh;
    }
    // another process of this profile created one first: use that one, never a second identity
    return vault.load().orElseThrow(() -> new IllegalStateException("the identity vault lost its identity"));
  }
}
