package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.secrettree.SecretTree;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/// A client's local policy for a group. Not part of the serialised state: supply it again when restoring.
///
/// @param handshakeWireFormat   PublicMessage or PrivateMessage for proposals and commits
/// @param pastEpochs            how many past epochs still decrypt late application messages (0: none)
/// @param maxForwardDistance    how far a sender's ratchet may jump ahead (RFC 9420 §9.2)
/// @param outOfOrderWindow      skipped keys kept per sender ratchet for messages that arrive late
/// @param paddingBlock          PrivateMessage plaintexts are padded to a multiple of this (0 or 1: none)
/// @param ratchetTreeInWelcome  whether Welcome and GroupInfo carry the ratchet_tree extension
/// @param clock                 judges KeyPackage and leaf lifetimes
/// @param random                fresh secrets, HPKE and reuse guards
/// @param psks                  external pre-shared keys
/// @param executor              runs the independent HPKE encryptions of large commits and Welcomes
/// @param parallelThreshold     below this many encryptions, work stays on the calling thread
public record GroupConfig(WireFormatPolicy handshakeWireFormat, int pastEpochs, int maxForwardDistance,
    int outOfOrderWindow, int paddingBlock, boolean ratchetTreeInWelcome, Clock clock, SecureRandom random,
    PskStore psks, Executor executor, int parallelThreshold) {

  public GroupConfig {
    Objects.requireNonNull(handshakeWireFormat, "handshakeWireFormat");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(psks, "psks");
    Objects.requireNonNull(executor, "executor");
    if (pastEpochs < 0 || pastEpochs > 255 || maxForwardDistance < 0 || outOfOrderWindow < 0 || paddingBlock < 0
        || parallelThreshold < 1) {
      throw new UsageException("group config limits out of range");
    }
  }

  /// PublicMessage handshakes, 2 past epochs, the secret tree's default ratchet limits, 32-byte padding, the tree
  /// in every Welcome, the system clock, a fresh SecureRandom, no PSKs, the common pool above 32 encryptions.
  public static GroupConfig defaults() {
    return new GroupConfig(WireFormatPolicy.PUBLIC, 2, SecretTree.DEFAULT_MAX_FORWARD_DISTANCE,
        SecretTree.DEFAULT_MAX_SKIPPED_KEYS, 32, true, Clock.systemUTC(), new SecureRandom(), PskStore.none(),
        ForkJoinPool.commonPool(), 32);
  }

  public GroupConfig withHandshakeWireFormat(WireFormatPolicy policy) {
    return new GroupConfig(policy, pastEpochs, maxForwardDistance, outOfOrderWindow, paddingBlock,
        ratchetTreeInWelcome, clock, random, psks, executor, parallelThreshold);
  }

  public GroupConfig withPastEpochs(int epochs) {
    return new GroupConfig(handshakeWireFormat, epochs, maxForwardDistance, outOfOrderWindow, paddingBlock,
        ratchetTreeInWelcome, clock, random, psks, executor, parallelThreshold);
  }

  public GroupConfig withOutOfOrderWindow(int window) {
    return new GroupConfig(handshakeWireFormat, pastEpochs, maxForwardDistance, window, paddingBlock,
        ratchetTreeInWelcome, clock, random, psks, executor, parallelThreshold);
  }

  public GroupConfig withRatchetTreeInWelcome(boolean include) {
    return new GroupConfig(handshakeWireFormat, pastEpochs, maxForwardDistance, outOfOrderWindow, paddingBlock,
        include, clock, random, psks, executor, parallelThreshold);
  }

  public GroupConfig withClock(Clock newClock) {
    return new GroupConfig(handshakeWireFormat, pastEpochs, maxForwardDistance, outOfOrderWindow, paddingBlock,
        ratchetTreeInWelcome, newClock, random, psks, executor, parallelThreshold);
  }

  public GroupConfig withRandom(SecureRandom newRandom) {
    return new GroupConfig(handshakeWireFormat, pastEpochs, maxForwardDistance, outOfOrderWindow, paddingBlock,
        ratchetTreeInWelcome, clock, newRandom, psks, executor, parallelThreshold);
  }

  public GroupConfig withPsks(PskStore store) {
    return new GroupConfig(handshakeWireFormat, pastEpochs, maxForwardDistance, outOfOrderWindow, paddingBlock,
        ratchetTreeInWelcome, clock, random, store, executor, parallelThreshold);
  }

  /// `threshold` encryptions or more go to `exec`; fewer stay on the caller's thread.
  public GroupConfig withExecutor(Executor exec, int threshold) {
    return new GroupConfig(handshakeWireFormat, pastEpochs, maxForwardDistance, outOfOrderWindow, paddingBlock,
        ratchetTreeInWelcome, clock, random, psks, exec, threshold);
  }
}
