package dev.quicnprotochat.domain.channel;

/// An MLS epoch number (RFC 9420 §8): 0 when a group is created, plus one with every accepted commit.
public record Epoch(long value) implements Comparable<Epoch> {

  public static final Epoch ZERO = new Epoch(0);

  public Epoch {
    if (value < 0) {
      throw new IllegalArgumentException("an epoch is never negative, got " + value);
    }
  }

  public Epoch next() {
    return new Epoch(Math.addExact(value, 1));
  }

  public boolean isBefore(Epoch other) {
    return value < other.value;
  }

  @Override
  public int compareTo(Epoch other) {
    return Long.compare(value, other.value);
  }
}
