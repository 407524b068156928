package dev.quicnprotochat.application.port.out;

import dev.quicnprotochat.domain.channel.Channel;
import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.inbox.Envelope;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/// Channels with their members and current epoch.
///
/// [#commit] writes inbox entries: an adapter implementing this port must also implement [InboxStore] over the same
/// storage, so the epoch advance and the fan-out commit or fail together (one transaction).
public interface ChannelStore {

  /// Stores a new channel; false (and nothing changes) if a channel with its id exists.
  boolean create(Channel channel);

  Optional<Channel> find(ChannelId id);

  /// Accepts `commit` only if the channel's current epoch equals `commit.expectedEpoch()`: then, in one atomic step,
  /// applies the membership change, advances the epoch by one and enqueues the fan-out and Welcome envelopes.
  /// Otherwise nothing changes. Of any number of concurrent commits for the same epoch, exactly one is accepted
  /// (RFC 9420 §14: the server orders handshake messages so the group never forks).
  CommitOutcome commit(Commit commit);

  /// A commit to apply. The caller has checked the change with [Channel#check] at `expectedEpoch`; since membership
  /// changes only with the epoch, that check still holds whenever the compare-and-set succeeds.
  record Commit(
      ChannelId channelId, Epoch expectedEpoch, MembershipChange change, List<Envelope> fanOut,
      List<Envelope> welcomes) {

    public Commit {
      Objects.requireNonNull(channelId, "channel id");
      Objects.requireNonNull(expectedEpoch, "expected epoch");
      Objects.requireNonNull(change, "membership change");
      fanOut = List.copyOf(fanOut);
      welcomes = List.copyOf(welcomes);
    }
  }

  /// What [#commit] did.
  sealed interface CommitOutcome {

    /// The commit moved the channel to `newEpoch`; sequence numbers of the enqueued envelopes, in the given order.
    record Accepted(Epoch newEpoch, List<Long> fanOutSequences, List<Long> welcomeSequences)
        implements CommitOutcome {

      public Accepted {
        Objects.requireNonNull(newEpoch, "new epoch");
        fanOutSequences = List.copyOf(fanOutSequences);
        welcomeSequences = List.copyOf(welcomeSequences);
      }
    }

    /// The channel is no longer (or not yet) at the expected epoch; nothing was written.
    record StaleEpoch(Epoch currentEpoch) implements CommitOutcome {

      public StaleEpoch {
        Objects.requireNonNull(currentEpoch, "current epoch");
      }
    }

    /// No channel has this id.
    record UnknownChannel() implements CommitOutcome {}
  }
}
