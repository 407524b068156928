package dev.quicnprotochat.application.service;

import dev.quicnprotochat.application.port.in.Caller;
import dev.quicnprotochat.application.port.in.InvalidRequest;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesCommand;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesResult;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesResult.InvalidKeyPackage;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesResult.Published;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesResult.TooManyKeyPackages;
import dev.quicnprotochat.application.port.in.PublishKeyPackagesUseCase;
import dev.quicnprotochat.application.port.in.RateLimited;
import dev.quicnprotochat.application.port.in.Unauthenticated;
import dev.quicnprotochat.application.port.out.KeyPackageStore;
import dev.quicnprotochat.application.port.out.KeyPackageValidator;
import dev.quicnprotochat.domain.keypackage.StoredKeyPackage;
import dev.quicnprotochat.mls.codec.Bytes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Stores the caller's key packages after checking each one belongs to the caller's identity (DESIGN.md §4).
/// A batch is all or nothing: one bad package refuses the whole call.
@Singleton
public final class PublishKeyPackagesService implements PublishKeyPackagesUseCase {

  private static final Logger logger = LoggerFactory.getLogger(PublishKeyPackagesService.class);
  private static final int LAST_RESORT_INDEX = -1;

  private final SessionGuard guard;
  private final KeyPackageValidator validator;
  private final KeyPackageStore keyPackages;
  private final ServerSettings settings;

  @Inject
  public PublishKeyPackagesService(
      SessionGuard guard, KeyPackageValidator validator, KeyPackageStore keyPackages, ServerSettings settings) {
    this.guard = guard;
    this.validator = validator;
    this.keyPackages = keyPackages;
    this.settings = settings;
  }

  @Override
  public PublishKeyPackagesResult publishKeyPackages(PublishKeyPackagesCommand command) {
    return switch (guard.admit(command.token())) {
      case Unauthenticated denied -> denied;
      case RateLimited limited -> limited;
      case Caller caller -> publish(caller, command);
    };
  }

  private PublishKeyPackagesResult publish(Caller caller, PublishKeyPackagesCommand command) {
    if (command.keyPackages().isEmpty() && command.lastResort().isEmpty()) {
      return new InvalidRequest("nothing to publish");
    }
    if (keyPackages.count(caller.identityKey()).available() + command.keyPackages().size()
        > settings.maxKeyPackages()) {
      return new TooManyKeyPackages(settings.maxKeyPackages());
    }
    List<StoredKeyPackage> batch = new ArrayList<>();
    for (int i = 0; i < command.keyPackages().size(); i++) {
      switch (check(caller, command.keyPackages().get(i), false)) {
        case Checked.Ok ok -> batch.add(ok.keyPackage());
        case Checked.Refused refused -> {
          return new InvalidKeyPackage(i, refused.reason());
        }
      }
    }
    Optional<StoredKeyPackage> lastResort = Optional.empty();
    if (command.lastResort().isPresent()) {
      switch (check(caller, command.lastResort().get(), true)) {
        case Checked.Ok ok -> lastResort = Optional.of(ok.keyPackage());
        case Checked.Refused refused -> {
          return new InvalidKeyPackage(LAST_RESORT_INDEX, refused.reason());
        }
      }
    }
    keyPackages.publish(caller.identityKey(), batch, lastResort);
    logger.debug("{} published {} key packages (last resort: {})", caller.identityKey(), batch.size(),
        lastResort.isPresent());
    return new Published(keyPackages.count(caller.identityKey()));
  }

  private Checked check(Caller caller, Bytes data, boolean lastResort) {
    return switch (validator.validate(data, caller.identityKey())) {
      case KeyPackageValidator.Result.Valid valid ->
          new Checked.Ok(new StoredKeyPackage(valid.ref(), data, lastResort));
      case KeyPackageValidator.Result.Invalid invalid -> new Checked.Refused(invalid.reason());
    };
  }

  private sealed interface Checked {
    record Ok(StoredKeyPackage keyPackage) implements Checked {}

    record Refused(String reason) implements Checked {}
  }
}
