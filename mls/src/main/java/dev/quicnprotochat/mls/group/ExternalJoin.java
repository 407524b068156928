package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.message.MLSMessage;
import java.util.Objects;

/// The result of joining by external commit (RFC 9420 §12.4.3.2): the joiner's group, already in the new epoch,
/// and the commit the existing members must process.
public record ExternalJoin(MlsGroup group, MLSMessage commit) {

  public ExternalJoin {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(commit, "commit");
  }
}
