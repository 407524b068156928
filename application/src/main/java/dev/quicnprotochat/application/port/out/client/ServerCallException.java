package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.channel.Epoch;
import java.util.Objects;
import java.util.Optional;

/// The server answered a call with an error: [#code()] is the stable outcome to switch on, the message one line
/// safe to show. Epoch errors carry the channel's current epoch.
public final class ServerCallException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ServerErrorCode code;
  private final transient Optional<Epoch> currentEpoch;

  public ServerCallException(ServerErrorCode code, String message, Optional<Epoch> currentEpoch) {
    super(Objects.requireNonNull(message, "message"), null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.currentEpoch = Objects.requireNonNull(currentEpoch, "current epoch");
  }

  public ServerCallException(ServerErrorCode code, String message) {
    this(code, message, Optional.empty());
  }

  public ServerErrorCode code() {
    return code;
  }

  /// The channel's current epoch, for [ServerErrorCode#STALE_EPOCH] and [ServerErrorCode#FUTURE_EPOCH].
  public Optional<Epoch> currentEpoch() {
    return currentEpoch;
  }
}
