package dev.quicnprotochat.adapter.quic;

import java.util.Objects;
import java.util.OptionalLong;

/// A call that ends in a wire `Error`: thrown by handlers and the framing on the server, and raised to callers of
/// [QpcClient] when the server answered with an error. The message is one line, safe to show and to log.
public final class CallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final CallError error;
  private final long currentEpoch;

  public CallException(CallError error, String message) {
    this(error, message, -1);
  }

  private CallException(CallError error, String message, long currentEpoch) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.error = Objects.requireNonNull(error, "error");
    this.currentEpoch = currentEpoch;
  }

  /// A `staleEpoch` or `futureEpoch` failure that tells the client the channel's current epoch.
  public static CallException withEpoch(CallError error, String message, long currentEpoch) {
    if (currentEpoch < 0) {
      throw new IllegalArgumentException("an epoch is never negative");
    }
    return new CallException(error, message, currentEpoch);
  }

  public CallError error() {
    return error;
  }

  /// The channel's current epoch, for epoch errors.
  public OptionalLong currentEpoch() {
    return currentEpoch < 0 ? OptionalLong.empty() : OptionalLong.of(currentEpoch);
  }
}
