package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.FetchKeyPackageCommand;
import dev.quicnprotochat.application.port.in.FetchKeyPackageResult;
import dev.quicnprotochat.application.port.in.FetchKeyPackageResult.KeyPackageFound;
import dev.quicnprotochat.application.port.in.FetchKeyPackageResult.NoKeyPackage;
import dev.quicnprotochat.application.port.in.FetchKeyPackageUseCase;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.in.UnknownUser;
import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.application.port.out.UserStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Hands out one key package of a registered identity; the store guarantees each single-use package goes out once.
@Singleton
public final class FetchKeyPackageService implements FetchKeyPackageUseCase {

  private static final Logger logger = LoggerFactory.getLogger(FetchKeyPackageService.class);

  private final SessionGuard guard;
  private final UserStore users;
  private final KeyPackageStore keyPackages;

  @Inject
  public FetchKeyPackageService(SessionGuard guard, UserStore users, KeyPackageStore keyPackages) {
    this.guard = guard;
    this.users = users;
    this.keyPackages = keyPackages;
  }

  @Override
  public FetchKeyPackageResult fetchKeyPackage(FetchKeyPackageCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> fetch(command);
    };
  }

  private FetchKeyPackageResult fetch(FetchKeyPackageCommand command) {
    if (users.findByIdentityKey(command.owner()).isEmpty()) {
      return new UnknownUser();
    }
    return keyPackages.take(command.owner())
        .<FetchKeyPackageResult>map(keyPackage -> {
          logger.debug("handed out a key package of {} (last resort: {})", command.owner(), keyPackage.lastResort());
          return new KeyPackageFound(keyPackage);
        })
        .orElseGet(NoKeyPackage::new);
  }
}
