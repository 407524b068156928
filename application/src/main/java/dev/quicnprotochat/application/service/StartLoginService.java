package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.LoginAttemptId;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.StartLoginCommand;
import dev.quicnprotochat.application.port.in.StartLoginResult;
import dev.quicnprotochat.application.port.in.StartLoginResult.LoginChallenge;
import dev.quicnprotochat.application.port.in.StartLoginUseCase;
import dev.quicnprotochat.application.port.out.OpaqueServer;
import dev.quicnprotochat.application.port.out.UserStore;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// OPAQUE login, step one (RFC 9807 §6.4.2, `GenerateKE2`). Unknown usernames get a fake KE2 from the OPAQUE port
/// and a pending attempt like anyone else (RFC 9807 §10.9), so this step reveals nothing about who is registered.
@Singleton
public final class StartLoginService implements StartLoginUseCase {

  private static final Logger logger = LoggerFactory.getLogger(StartLoginService.class);

  private final OpaqueServer opaque;
  private final UserStore users;
  private final PendingLogins pending;

  @Inject
  public StartLoginService(OpaqueServer opaque, UserStore users, PendingLogins pending) {
    this.opaque = opaque;
    this.users = users;
    this.pending = pending;
  }

  @Override
  public StartLoginResult startLogin(StartLoginCommand command) {
    Optional<RegisteredUser> user = users.findByUsername(command.username());
    Optional<OpaqueServer.LoginChallenge> challenge =
        opaque.startLogin(command.username(), user.map(RegisteredUser::registrationRecord), command.ke1());
    if (challenge.isEmpty()) {
      return new InvalidRequest("malformed OPAQUE KE1");
    }
    Optional<LoginAttemptId> attempt = pending.add(user, challenge.get().state());
    if (attempt.isEmpty()) {
      logger.warn("login refused: too many logins pending");
      return new RateLimited(Duration.ofSeconds(1));
    }
    return new LoginChallenge(attempt.get(), challenge.get().ke2());
  }
}
