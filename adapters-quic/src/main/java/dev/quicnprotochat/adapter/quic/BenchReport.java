package dev.quicnprotochat.adapter.quic;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/// Ping over the full stack next to the raw QUIC echo baseline, measured in the same run: every round of each
/// variant, and the median round of each (by throughput).
public record BenchReport(BenchSettings settings, int payloadBytes, List<LoadResult> pingRounds,
                          List<LoadResult> echoRounds) {
  public BenchReport {
    Objects.requireNonNull(settings, "settings");
    pingRounds = List.copyOf(pingRounds);
    echoRounds = List.copyOf(echoRounds);
    if (pingRounds.isEmpty() || echoRounds.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one round of each variant");
    }
  }

  public LoadResult ping() {
    return median(pingRounds);
  }

  public LoadResult echo() {
    return median(echoRounds);
  }

  private static LoadResult median(List<LoadResult> rounds) {
    List<LoadResult> sorted = rounds.stream()
        .sorted(Comparator.comparingDouble(LoadResult::callsPerSecond)).toList();
    return sorted.get(sorted.size() / 2);
  }

  /// Raw echo CPU per call as a fraction of ping CPU per call, over all rounds: the throughput ratio a machine
  /// with no other load would show when CPU bound.
  public double cpuRatio() {
    double ping = pingRounds.stream().mapToDouble(r -> r.cpu().toNanos()).sum()
        / pingRounds.stream().mapToLong(LoadResult::calls).sum();
    double echo = echoRounds.stream().mapToDouble(r -> r.cpu().toNanos()).sum()
        / echoRounds.stream().mapToLong(LoadResult::calls).sum();
    return ping == 0 ? 0 : echo / ping;
  }

  /// Ping throughput as a fraction of raw echo throughput.
  public double ratio() {
    return echo().callsPerSecond() == 0 ? 0 : ping().callsPerSecond() / echo().callsPerSecond();
  }
}
