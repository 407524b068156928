package dev.quicnprotochat.mls.bench;

import java.util.Map;

/// Measured primitive costs in microseconds: `small` per call on the [Primitive#smallBytes] input of its
/// [CryptoBenchmark] method, `large` per call on [CryptoBenchmark#LARGE] bytes for the primitives whose cost grows
/// with the input.
public record PrimitiveCosts(Map<Primitive, Double> small, Map<Primitive, Double> large) {

  public PrimitiveCosts {
    small = Map.copyOf(small);
    large = Map.copyOf(large);
  }

  /// The cost of one call on a small input.
  public double perCall(Primitive p) {
    Double cost = small.get(p);
    if (cost == null) {
      throw new IllegalArgumentException("no measured cost for " + p);
    }
    return cost;
  }

  /// The cost of each byte beyond [Primitive#smallBytes]: the slope between the small and the large measurement
  /// (0 for a primitive without a large one; clamped at 0 so that noise cannot make a large input cheaper).
  public double perByte(Primitive p) {
    if (p.largeBenchmark().isEmpty()) {
      return 0;
    }
    Double large = this.large.get(p);
    if (large == null) {
      throw new IllegalArgumentException("no measured cost of " + p + " on " + CryptoBenchmark.LARGE + " bytes");
    }
    return Math.max(0, (large - perCall(p)) / (CryptoBenchmark.LARGE - p.smallBytes()));
  }
}
