package dev.quicnprotochat.bootstrap.bench;

import java.time.Duration;

/// What one measured delivery phase achieved.
///
/// @param sent messages whose send call succeeded
/// @param delivered of those, messages a receiver fetched after a push
/// @param failures send calls that failed
/// @param elapsed from the first send to the last fetch
/// @param p50 median end-to-end latency (send call started to entry fetched by the receiver)
/// @param p99 99th percentile of the same
/// @param polled messages a receiver found by its fallback poll instead of after a push event
/// @param resubscriptions push subscriptions the server ended during the phase (receivers subscribed again)
/// @param cpu process CPU time used during the phase
/// @param fetchCalls fetch calls the receivers made during the phase
/// @param ackCalls ack calls the receivers made during the phase
/// @param jit time the JIT compilers spent during the phase (part of `cpu`)
public record DeliveryResult(long sent, long delivered, long failures, Duration elapsed, Duration p50, Duration p99,
    long polled, long resubscriptions, Duration cpu, long fetchCalls, long ackCalls, Duration jit) {

  /// Process CPU (server, clients and stores together) per delivered message, in microseconds.
  public double cpuMicrosPerMessage() {
    return delivered == 0 ? 0 : cpu.toNanos() / 1e3 / delivered;
  }

  public double deliveredPerSecond() {
    return elapsed.isZero() ? 0 : delivered / (elapsed.toNanos() / 1e9);
  }
}
