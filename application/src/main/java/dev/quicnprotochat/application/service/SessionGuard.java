package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Admission;
import dev.quicnprotochat.application.port.in.AuthenticateCommand;
import dev.quicnprotochat.application.port.in.AuthenticateUseCase;
import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.domain.session.SessionToken;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;

/// The front door of every authenticated use case: a valid session token first, then the session's rate limit.
@Singleton
public final class SessionGuard {

  private final AuthenticateUseCase authenticate;
  private final RateLimitPolicy rateLimit;

  @Inject
  public SessionGuard(AuthenticateUseCase authenticate, RateLimitPolicy rateLimit) {
    this.authenticate = authenticate;
    this.rateLimit = rateLimit;
  }

  public Admission admit(Optional<SessionToken> token) {
    return switch (authenticate.authenticate(new AuthenticateCommand(token))) {
      case Unauthenticated denied -> denied;
      case Caller caller -> {
        Optional<RateLimited> limited = rateLimit.tryAcquire(caller.session());
        yield limited.isPresent() ? limited.get() : caller;
      }
    };
  }
}
