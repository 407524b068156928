package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Encoded MLS key packages of the caller's identity; `lastResort` replaces the previous last-resort package.
public record PublishKeyPackagesCommand(
    Optional<SessionToken> token, List<Bytes> keyPackages, Optional<Bytes> lastResort) {

  public PublishKeyPackagesCommand {
    Objects.requireNonNull(token, "token");
    keyPackages = List.copyOf(keyPackages);
    Objects.requireNonNull(lastResort, "last resort");
  }

  @Override
  public String toString() {
    return "PublishKeyPackagesCommand[" + keyPackages.size() + " packages, lastResort=" + lastResort.isPresent() + "]";
  }
}
