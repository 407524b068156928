package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.AuthenticateCommand;
import dev.quicnprotochat.application.port.in.AuthenticateResult;
import dev.quicnprotochat.application.port.in.AuthenticateUseCase;
import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.out.SessionStore;
import dev.quicnprotochat.domain.session.SessionToken;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;

/// Looks a token up by its hash; expired and revoked sessions do not authenticate (DESIGN.md §3).
@Singleton
public final class AuthenticateService implements AuthenticateUseCase {

  private final SessionStore sessions;
  private final Clock clock;

  @Inject
  public AuthenticateService(SessionStore sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  @Override
  public AuthenticateResult authenticate(AuthenticateCommand command) {
    if (command.token().isEmpty()) {
      return new Unauthenticated(Unauthenticated.Reason.MISSING_TOKEN);
    }
    SessionToken token = command.token().get();
    return sessions.findActive(token.hash(), clock.instant())
        .<AuthenticateResult>map(session -> new Caller(session.username(), session.identityKey(), session.tokenHash()))
        .orElseGet(() -> new Unauthenticated(Unauthenticated.Reason.INVALID_OR_EXPIRED_TOKEN));
  }
}
