package dev.quicnprotochat.application.port.in;

/// How many key packages the caller has left, so the client knows when to replenish.
@FunctionalInterface
public interface CountKeyPackagesUseCase {

  CountKeyPackagesResult countKeyPackages(CountKeyPackagesCommand command);
}
