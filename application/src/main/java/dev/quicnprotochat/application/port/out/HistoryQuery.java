package dev.quicnprotochat.application.port.out;

import java.time.Instant;
import java.util.Objects;

/// Which page of a conversation's history to read. Pages come back in ascending sequence order; page backwards
/// with [Before] from the smallest sequence seen, forwards with [After] from the largest.
public sealed interface HistoryQuery {

  int MAX_LIMIT = 1000;

  int limit();

  /// The newest `limit` messages.
  static HistoryQuery latest(int limit) {
    return new Latest(limit);
  }

  /// The newest `limit` messages.
  record Latest(int limit) implements HistoryQuery {
    public Latest {
      checkLimit(limit);
    }
  }

  /// The `limit` messages just before `sequence` (exclusive).
  record Before(long sequence, int limit) implements HistoryQuery {
    public Before {
      checkLimit(limit);
    }
  }

  /// The `limit` messages just after `sequence` (exclusive); `After(0, n)` reads from the start.
  record After(long sequence, int limit) implements HistoryQuery {
    public After {
      if (sequence < 0) {
        throw new IllegalArgumentException("sequence must not be negative");
      }
      checkLimit(limit);
    }
  }

  /// The first `limit` messages with `from <= sentAt < until`.
  record SentBetween(Instant from, Instant until, int limit) implements HistoryQuery {
    public SentBetween {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(until, "until");
      if (!from.isBefore(until)) {
        throw new IllegalArgumentException("from must be before until");
      }
      checkLimit(limit);
    }
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
    }
  }
}
