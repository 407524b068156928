package dev.quicnprotochat.application.port.in;

import dev.quicnprotochat.domain.channel.ChannelCredentialHash;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.session.SessionToken;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;
import java.util.Optional;

/// An MLS commit created in `epoch` (RFC 9420 §12.4), the members it adds and removes, the Welcome for the added
/// members (required exactly when it adds someone) and the sealed-sender credential hash of the next epoch.
public record SubmitCommitCommand(
    Optional<SessionToken> token, ChannelId channelId, Epoch epoch, MembershipChange change, Bytes commit,
    Optional<Bytes> welcome, Optional<ChannelCredentialHash> nextCredentialHash) {

  public SubmitCommitCommand {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(channelId, "channel id");
    Objects.requireNonNull(epoch, "epoch");
    Objects.requireNonNull(change, "membership change");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(welcome, "welcome");
    Objects.requireNonNull(nextCredentialHash, "next credential hash");
    if (commit.isEmpty()) {
      throw new IllegalArgumentException("a commit is never empty");
    }
  }

  @Override
  public String toString() {
    return "SubmitCommitCommand[channel=" + channelId + ", epoch=" + epoch.value() + ", +" + change.added().size()
        + "/-" + change.removed().size() + " members, welcome=" + welcome.isPresent() + "]";
  }
}
