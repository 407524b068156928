package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.FinishRegistrationCommand;
import dev.quicnprotochat.application.port.in.FinishRegistrationResult;
import dev.quicnprotochat.application.port.in.FinishRegistrationResult.Registered;
import dev.quicnprotochat.application.port.in.FinishRegistrationUseCase;
import dev.quicnprotochat.application.port.in.IdentityKeyTaken;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.RegistrationDenied;
import dev.quicnprotochat.application.port.in.UsernameTaken;
import dev.quicnprotochat.application.port.out.OpaqueServer;
import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.domain.identity.IdentityBinding;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.identity.RegistrationRecord;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// OPAQUE registration, last step (RFC 9807 §5.2.3): stores the record and binds username ↔ identity key
/// (DESIGN.md §3) once the identity key has signed the binding. Uniqueness of both is decided by the store in one
/// atomic insert.
@Singleton
public final class FinishRegistrationService implements FinishRegistrationUseCase {

  private static final Logger logger = LoggerFactory.getLogger(FinishRegistrationService.class);

  private final OpaqueServer opaque;
  private final UserStore users;
  private final ServerSettings settings;
  private final Clock clock;

  @Inject
  public FinishRegistrationService(OpaqueServer opaque, UserStore users, ServerSettings settings, Clock clock) {
    this.opaque = opaque;
    this.users = users;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public FinishRegistrationResult finishRegistration(FinishRegistrationCommand command) {
    if (!settings.admitsRegistration(command.serverAuthToken())) {
      logger.info("registration refused: missing or wrong server auth token");
      return new RegistrationDenied();
    }
    if (!IdentityBinding.verify(
        command.identityKey(), command.username(), command.registrationUpload(), command.identitySignature())) {
      return new InvalidRequest("the identity key's signature over this registration is missing or wrong");
    }
    Optional<RegistrationRecord> record = opaque.finishRegistration(command.username(), command.registrationUpload());
    if (record.isEmpty()) {
      return new InvalidRequest("malformed OPAQUE registration record");
    }
    RegisteredUser user = new RegisteredUser(command.username(), command.identityKey(), record.get(), clock.instant());
    return switch (users.add(user)) {
      case ADDED -> {
        logger.info("registered user {} with identity {}", user.username(), user.identityKey());
        yield new Registered(user.username(), user.identityKey());
      }
      case USERNAME_TAKEN -> new UsernameTaken();
      case IDENTITY_KEY_TAKEN -> new IdentityKeyTaken();
    };
  }
}
