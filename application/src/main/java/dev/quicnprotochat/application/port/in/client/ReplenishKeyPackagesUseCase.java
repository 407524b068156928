package dev.quicnprotochat.application.port.in.client;

/// Keeps enough key packages on the server (DESIGN.md §4): below the threshold, or without a last-resort package,
/// creates a batch, keeps its private keys, then publishes it.
@FunctionalInterface
public interface ReplenishKeyPackagesUseCase {

  ReplenishKeyPackagesResult replenish(ReplenishKeyPackagesCommand command);
}
