package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.CountKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.CountKeyPackagesResult;
import dev.quicnprotochat.application.port.in.CountKeyPackagesUseCase;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.out.KeyPackageStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/// Counts the caller's own key packages; nobody can count another identity's.
@Singleton
public final class CountKeyPackagesService implements CountKeyPackagesUseCase {

  private final SessionGuard guard;
  private final KeyPackageStore keyPackages;

  @Inject
  public CountKeyPackagesService(SessionGuard guard, KeyPackageStore keyPackages) {
    this.guard = guard;
    this.keyPackages = keyPackages;
  }

  @Override
  public CountKeyPackagesResult countKeyPackages(CountKeyPackagesCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> new CountKeyPackagesResult.Counted(keyPackages.count(caller.identityKey()));
    };
  }
}
