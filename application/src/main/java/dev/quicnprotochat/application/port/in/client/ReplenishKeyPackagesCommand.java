package dev.quicnprotochat.application.port.in.client;

/// Publish `batchSize` single-use packages when fewer than `threshold` are left; `threshold` 0 publishes only a
/// missing last-resort package, and `force` publishes a batch whatever the count (after registration).
public record ReplenishKeyPackagesCommand(int threshold, int batchSize, boolean force) {

  public static final int MAX_BATCH = 100;

  public ReplenishKeyPackagesCommand {
    if (threshold < 0) {
      throw new IllegalArgumentException("a key package threshold is never negative");
    }
    if (batchSize < 1 || batchSize > MAX_BATCH) {
      throw new IllegalArgumentException("a key package batch has 1 to " + MAX_BATCH + " packages");
    }
  }
}
