package dev.quicnprotochat.application.port.in;

/// Stores a batch of the caller's key packages and optionally its last-resort package.
@FunctionalInterface
public interface PublishKeyPackagesUseCase {

  PublishKeyPackagesResult publishKeyPackages(PublishKeyPackagesCommand command);
}
