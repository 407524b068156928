package dev.quicnprotochat.bootstrap.bench;

import java.time.Duration;
import java.util.Objects;

/// The shape of one delivery benchmark run.
///
/// @param senders K sending clients, each on its own QUIC connection and session
/// @param receivers L receiving clients, each subscribed for push on its own connection
/// @param inFlight calls each sender keeps in flight
/// @param messages measured messages per round (each to one receiver through a channel of that sender and receiver)
/// @param warmup unmeasured messages first
/// @param rounds measured rounds; each measures `messages` deliveries and as many raw echo calls, back to back
/// @param payloadBytes bytes per message payload
/// @param maxDuration the longest one phase may run (then it stops and reports what was delivered)
/// @param oncePerFetch receivers subscribe paced by fetches (one event per fetch, as the client's inbox watch does)
///     rather than with one event per entry
/// @param blockingClients the clients wait in the client API as the application uses it (a virtual thread per
///     in-flight send, a thread per receiver's fetch loop), rather than pipelining their calls from the
///     connections' event loops (an answer issues the next call), as the raw echo baseline's clients do
public record DeliverySettings(int senders, int receivers, int inFlight, int messages, int warmup, int rounds,
    int payloadBytes, Duration maxDuration, boolean oncePerFetch, boolean blockingClients) {

  public DeliverySettings {
    Objects.requireNonNull(maxDuration, "maxDuration");
    if (senders < 1 || senders > 64 || receivers < 1 || receivers > 64) {
      throw new IllegalArgumentException("senders and receivers must be 1..64");
    }
    if (inFlight < 1 || inFlight > 256) {
      throw new IllegalArgumentException("in-flight must be 1..256");
    }
    if (messages < 1 || warmup < 0) {
      throw new IllegalArgumentException("messages must be positive and warm-up not negative");
    }
    if (rounds < 1 || rounds > 99) {
      throw new IllegalArgumentException("rounds must be 1..99");
    }
    if (payloadBytes < Long.BYTES || payloadBytes > 65_536) {
      throw new IllegalArgumentException("payload must be 8..65536 bytes");
    }
    if (maxDuration.isNegative() || maxDuration.isZero()) {
      throw new IllegalArgumentException("max duration must be positive");
    }
  }
}
