package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.ResolveIdentityCommand;
import dev.quicnprotochat.application.port.in.ResolveIdentityResult;
import dev.quicnprotochat.application.port.in.ResolveIdentityUseCase;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.port.in.UserResolved;
import dev.quicnprotochat.application.port.out.UserStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/// Directory lookup identity key → username, for logged-in users only.
@Singleton
public final class ResolveIdentityService implements ResolveIdentityUseCase {

  private final SessionGuard guard;
  private final UserStore users;

  @Inject
  public ResolveIdentityService(SessionGuard guard, UserStore users) {
    this.guard = guard;
    this.users = users;
  }

  @Override
  public ResolveIdentityResult resolveIdentity(ResolveIdentityCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> users.findByIdentityKey(command.identityKey())
          .<ResolveIdentityResult>map(user -> new UserResolved(user.username(), user.identityKey()))
          .orElseGet(UnknownUser::new);
    };
  }
}
