package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.ResolveUserCommand;
import dev.quicnprotochat.application.port.in.ResolveUserResult;
import dev.quicnprotochat.application.port.in.ResolveUserUseCase;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.port.in.UserResolved;
import dev.quicnprotochat.application.port.out.UserStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/// Directory lookup username → identity key, for logged-in users only.
@Singleton
public final class ResolveUserService implements ResolveUserUseCase {

  private final SessionGuard guard;
  private final UserStore users;

  @Inject
  public ResolveUserService(SessionGuard guard, UserStore users) {
    this.guard = guard;
    this.users = users;
  }

  @Override
  public ResolveUserResult resolveUser(ResolveUserCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> users.findByUsername(command.username())
          .<ResolveUserResult>map(user -> new UserResolved(user.username(), user.identityKey()))
          .orElseGet(UnknownUser::new);
    };
  }
}
