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

/// Looks a token up by its hash; expired and revoked sessions do not authenticate (DESIGN.md §3). Lookups go
/// through the [SessionCache] (its doc states how long a revocation elsewhere may take to apply here).
@Singleton
public final class AuthenticateService implements AuthenticateUseCase {

  private final SessionCache sessions;

  @Inject
  public AuthenticateService(SessionCache sessions) {
    this.sessions = sessions;
  }

  /// Without a shared cache: for callers that revoke through the same store directly (tests, tools).
  public AuthenticateService(SessionStore sessions, Clock clock) {
    this(new SessionCache(sessions, clock));
  }

  @Override
  public AuthenticateResult authenticate(AuthenticateCommand command) {
    if (command.token().isEmpty()) {
      return new Unauthenticated(Unauthenticated.Reason.MISSING_TOKEN);
    }
    SessionToken token = command.token().get();
    return sessions.findActive(token.hash())
        .<AuthenticateResult>map(session -> new Caller(session.username(), session.identityKey(), session.tokenHash()))
        .orElseGet(() -> new Unauthenticated(Unauthenticated.Reason.INVALID_OR_EXPIRED_TOKEN));
  }
}
