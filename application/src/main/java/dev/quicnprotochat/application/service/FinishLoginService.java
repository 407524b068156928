package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.FinishLoginCommand;
import dev.quicnprotochat.application.port.in.FinishLoginResult;
import dev.quicnprotochat.application.port.in.FinishLoginResult.LoggedIn;
import dev.quicnprotochat.application.port.in.FinishLoginResult.LoginFailed;
import dev.quicnprotochat.application.port.in.FinishLoginUseCase;
import dev.quicnprotochat.application.port.out.OpaqueServer;
import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.domain.identity.RegisteredUser;
import dev.quicnprotochat.domain.session.Session;
import dev.quicnprotochat.domain.session.SessionToken;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// OPAQUE login, last step (RFC 9807 §6.4.2, `ServerFinish`): a correct KE3 proves the password; the server then
/// issues a fresh 256-bit session token bound to the user's name and identity key and stores only its hash.
@Singleton
public final class FinishLoginService implements FinishLoginUseCase {

  private static final Logger logger = LoggerFactory.getLogger(FinishLoginService.class);

  private final OpaqueServer opaque;
  private final PendingLogins pending;
  private final SessionStore sessions;
  private final ServerSettings settings;
  private final Clock clock;
  private final SecureRandom random;

  @Inject
  public FinishLoginService(
      OpaqueServer opaque, PendingLogins pending, SessionStore sessions, ServerSettings settings, Clock clock,
      SecureRandom random) {
    this.opaque = opaque;
    this.pending = pending;
    this.sessions = sessions;
    this.settings = settings;
    this.clock = clock;
    this.random = random;
  }

  @Override
  public FinishLoginResult finishLogin(FinishLoginCommand command) {
    Optional<PendingLogins.Pending> attempt = pending.take(command.attempt());
    if (attempt.isEmpty()) {
      return new LoginFailed();
    }
    boolean verified = opaque.finishLogin(attempt.get().state(), command.ke3());
    // An unknown user's fake state never verifies; checking the user as well keeps that true whatever the adapter.
    if (!verified || attempt.get().user().isEmpty()) {
      logger.info("login failed");
      return new LoginFailed();
    }
    RegisteredUser user = attempt.get().user().get();
    SessionToken token = SessionToken.generate(random);
    Session session = Session.start(
        token.hash(), user.username(), user.identityKey(), clock.instant(), settings.sessionLifetime());
    sessions.save(session);
    logger.info("user {} logged in; session {} valid until {}", user.username(), session.tokenHash(),
        session.expiresAt());
    return new LoggedIn(token, user.username(), user.identityKey(), session.expiresAt());
  }
}
