package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;
import java.util.Optional;

/// A commit ready to submit: made in `epoch`, changing membership by `change`, with a Welcome when it adds
/// members. `merged` is the state after the commit; the caller saves it only once the server accepted the commit
/// (RFC 9420 §14), and forgets it when the server refused it.
public record StagedCommit(Epoch epoch, MembershipChange change, Bytes commit, Optional<Bytes> welcome,
                           SerializedGroupState merged) {
  public StagedCommit {
    Objects.requireNonNull(epoch, "epoch");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(welcome, "welcome");
    Objects.requireNonNull(merged, "merged state");
  }

  @Override
  public String toString() {
    return "StagedCommit[epoch=" + epoch.value() + ", +" + change.added().size() + "/-" + change.removed().size()
        + ", welcome=" + welcome.isPresent() + "]";
  }
}
