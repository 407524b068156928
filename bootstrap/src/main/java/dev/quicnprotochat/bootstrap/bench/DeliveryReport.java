package dev.quicnprotochat.bootstrap.bench;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/// Every measured round of a delivery benchmark run, and the verdict against issue #6's target, judged on the
/// median of the rounds' throughput ratios (one slow or fast moment of the machine cannot decide it) and on the
/// worst round's p99 (every round must keep the latency bound).
public record DeliveryReport(List<DeliveryRound> rounds) {

  /// Delivered messages/s of at least this fraction of raw echo calls/s...
  public static final double TARGET_RATIO = 0.25;
  /// ...with an end-to-end p99 of at most this.
  public static final Duration TARGET_P99 = Duration.ofMillis(20);

  public DeliveryReport {
    rounds = List.copyOf(rounds);
    if (rounds.isEmpty()) {
      throw new IllegalArgumentException("a report needs at least one round");
    }
  }

  /// The median of the rounds' throughput ratios (the mean of the middle two for an even number of rounds).
  public double medianRatio() {
    return median(rounds.stream().mapToDouble(DeliveryRound::throughputRatio).sorted().toArray());
  }

  /// The median of the rounds' CPU ratios.
  public double medianCpuRatio() {
    return median(rounds.stream().mapToDouble(DeliveryRound::cpuRatio).sorted().toArray());
  }

  /// The highest delivery p99 of any round.
  public Duration worstP99() {
    return rounds.stream().map(r -> r.delivery().p99()).max(Comparator.naturalOrder()).orElseThrow();
  }

  /// The median of the rounds' p99s, for information: the verdict takes the worst.
  public Duration medianP99() {
    return Duration.ofNanos(Math.round(median(rounds.stream().mapToDouble(r -> r.delivery().p99().toNanos())
        .sorted().toArray())));
  }

  public boolean meetsTarget() {
    return medianRatio() >= TARGET_RATIO && worstP99().compareTo(TARGET_P99) <= 0;
  }

  /// Every round delivered every message it sent, and no send failed.
  public boolean nothingLost() {
    return rounds.stream().allMatch(r -> r.lost() == 0);
  }

  private static double median(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
