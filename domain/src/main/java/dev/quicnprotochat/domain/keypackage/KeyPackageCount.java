package dev.quicnprotochat.domain.keypackage;

/// How many key packages an identity has left: single-use ones, and whether a last-resort one is stored.
/// Clients replenish when `available` drops below their threshold.
public record KeyPackageCount(int available, boolean hasLastResort) {

  public KeyPackageCount {
    if (available < 0) {
      throw new IllegalArgumentException("a key package count is never negative");
    }
  }
}
