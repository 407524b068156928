package dev.quicnprotochat.bootstrap.bench;

import dev.quicnprotochat.adapter.quic.LoadResult;
import java.util.Objects;

/// One measured round: a delivery phase and a raw echo phase of as many calls, back to back on the same machine
/// state, so that their ratio compares two moments seconds apart rather than two parts of a run.
///
/// @param number 1 for the first round
/// @param echoFirst the echo phase ran before the delivery phase (rounds alternate the order, so that a machine
///     getting faster or slower during the run favours neither)
/// @param delivery what the delivery phase achieved
/// @param echo what the echo phase achieved
public record DeliveryRound(int number, boolean echoFirst, DeliveryResult delivery, LoadResult echo) {

  public DeliveryRound {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(echo, "echo");
  }

  /// Delivered messages/s as a fraction of echo calls/s in this round.
  public double throughputRatio() {
    return echo.callsPerSecond() == 0 ? 0 : delivery.deliveredPerSecond() / echo.callsPerSecond();
  }

  /// Echo CPU per call as a fraction of delivery CPU per message in this round: the throughput ratio a machine
  /// with nothing else running would show when CPU bound.
  public double cpuRatio() {
    return delivery.cpuMicrosPerMessage() == 0 ? 0 : echo.cpuMicrosPerCall() / delivery.cpuMicrosPerMessage();
  }

  /// Messages sent but never fetched, plus sends that failed.
  public long lost() {
    return delivery.failures() + (delivery.sent() - delivery.delivered());
  }
}
