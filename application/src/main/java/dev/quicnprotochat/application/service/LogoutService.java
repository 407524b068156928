package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.AuthenticateCommand;
import dev.quicnprotochat.application.port.in.AuthenticateUseCase;
import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.LogoutCommand;
import dev.quicnprotochat.application.port.in.LogoutResult;
import dev.quicnprotochat.application.port.in.LogoutUseCase;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.out.SessionStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Revokes the caller's session. Authenticated but not rate-limited: ending a session must always be possible.
@Singleton
public final class LogoutService implements LogoutUseCase {

  private static final Logger logger = LoggerFactory.getLogger(LogoutService.class);

  private final AuthenticateUseCase authenticate;
  private final SessionCache sessions;

  @Inject
  public LogoutService(AuthenticateUseCase authenticate, SessionCache sessions) {
    this.authenticate = authenticate;
    this.sessions = sessions;
  }

  /// Revoking straight in the store: only for an `authenticate` that does not share this node's [SessionCache].
  public LogoutService(AuthenticateUseCase authenticate, SessionStore sessions) {
    this(authenticate, new SessionCache(sessions, Clock.systemUTC()));
  }

  @Override
  public LogoutResult logout(LogoutCommand command) {
    return switch (authenticate.authenticate(new AuthenticateCommand(command.token()))) {
      case Unauthenticated denied -> denied;
      case Caller caller -> {
        sessions.revoke(caller.session());
        logger.info("user {} logged out", caller.username());
        yield new LogoutResult.LoggedOut();
      }
    };
  }
}
