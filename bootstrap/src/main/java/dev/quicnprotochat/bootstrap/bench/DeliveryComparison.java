package dev.quicnprotochat.bootstrap.bench;

import dev.quicnprotochat.adapter.quic.EchoBaseline;
import dev.quicnprotochat.adapter.quic.LoadResult;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/// Delivery against the raw QUIC echo baseline in interleaved rounds, in one process on loopback.
///
/// Both set-ups start once and stay up: the delivery server with its senders and receivers ([DeliveryBenchmark])
/// and the echo server with one client per sender, each keeping as many calls in flight as a sender
/// ([EchoBaseline]). Both warm up (delivery first), then each round measures `messages` deliveries and as many echo
/// calls back to back, delivery first in odd rounds and echo first in even ones. While one variant runs, the other
/// is idle (the receivers' 100 ms fallback poll still ticks).
public final class DeliveryComparison {

  private DeliveryComparison() {
  }

  /// Runs the warm-ups and every round, handing each round to `onRound` as it ends.
  public static DeliveryReport run(DeliverySettings settings, ServerConfig config, Consumer<DeliveryRound> onRound)
      throws IOException, InterruptedException {
    try (DeliveryBenchmark delivery = DeliveryBenchmark.start(settings, config);
         EchoBaseline echo = EchoBaseline.start(settings.senders(), settings.inFlight())) {
      delivery.warmUp();
      if (settings.warmup() > 0) {
        echo.run("warm-up echo", settings.warmup(), settings.maxDuration());
      }
      List<DeliveryRound> rounds = new ArrayList<>();
      for (int number = 1; number <= settings.rounds(); number++) {
        boolean echoFirst = number % 2 == 0;
        LoadResult echoResult = echoFirst ? echoPhase(echo, settings) : null;
        DeliveryResult deliveryResult = delivery.measure();
        if (!echoFirst) {
          echoResult = echoPhase(echo, settings);
        }
        DeliveryRound round = new DeliveryRound(number, echoFirst, deliveryResult, echoResult);
        rounds.add(round);
        onRound.accept(round);
      }
      return new DeliveryReport(rounds);
    }
  }

  private static LoadResult echoPhase(EchoBaseline echo, DeliverySettings settings) throws InterruptedException {
    return echo.run("raw QUIC echo", settings.messages(), settings.maxDuration());
  }
}
