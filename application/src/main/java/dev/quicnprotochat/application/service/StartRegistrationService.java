package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.RegistrationDenied;
import dev.quicnprotochat.application.port.in.StartRegistrationCommand;
import dev.quicnprotochat.application.port.in.StartRegistrationResult;
import dev.quicnprotochat.application.port.in.StartRegistrationResult.RegistrationChallenge;
import dev.quicnprotochat.application.port.in.StartRegistrationUseCase;
import dev.quicnprotochat.application.port.in.UsernameTaken;
import dev.quicnprotochat.application.port.out.OpaqueServer;
import dev.quicnprotochat.application.port.out.UserStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// OPAQUE registration, step one (RFC 9807 §5.2.2). Stateless on the server: the response depends only on the
/// server's OPRF seed and the username, so the finish step needs nothing from here.
@Singleton
public final class StartRegistrationService implements StartRegistrationUseCase {

  private static final Logger logger = LoggerFactory.getLogger(StartRegistrationService.class);

  private final OpaqueServer opaque;
  private final UserStore users;
  private final ServerSettings settings;

  @Inject
  public StartRegistrationService(OpaqueServer opaque, UserStore users, ServerSettings settings) {
    this.opaque = opaque;
    this.users = users;
    this.settings = settings;
  }

  @Override
  public StartRegistrationResult startRegistration(StartRegistrationCommand command) {
    if (!settings.admitsRegistration(command.serverAuthToken())) {
      logger.info("registration refused: missing or wrong server auth token");
      return new RegistrationDenied();
    }
    // Registration must say whether a name is free; login (StartLoginService) never does.
    if (users.findByUsername(command.username()).isPresent()) {
      return new UsernameTaken();
    }
    return opaque.registrationResponse(command.username(), command.registrationRequest())
        .<StartRegistrationResult>map(RegistrationChallenge::new)
        .orElseGet(() -> new InvalidRequest("malformed OPAQUE registration request"));
  }
}
