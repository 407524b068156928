package dev.quicnprotochat.application.port.in.client;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.identity.Username;
import java.util.Objects;

/// What the commit-making use cases ([InviteUseCase], [RemoveMemberUseCase], [UpdateKeysUseCase], and the commits
/// of received proposals in [ProcessInboxResult.Processed]) answer.
public sealed interface GroupCommitResult permits GroupCommitResult.Committed, GroupCommitResult.AlreadyMember,
    GroupCommitResult.NotAMember, GroupCommitResult.UnknownUser, GroupCommitResult.NoKeyPackage,
    GroupCommitResult.ContactKeyChanged, GroupCommitResult.CommitConflict, GroupCommitResult.NothingToCommit,
    NoIdentity, UnknownGroup, ServerRefused, ServerUnreachable {

  /// The server accepted the commit; the group is at `epoch`. `attempts` > 1 when other members' commits had to be
  /// processed first (STALE_EPOCH, DESIGN.md §4).
  record Committed(ChannelId group, Epoch epoch, MembershipChange change, int attempts) implements GroupCommitResult {
    public Committed {
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(epoch, "epoch");
      Objects.requireNonNull(change, "change");
    }
  }

  record AlreadyMember(Username username) implements GroupCommitResult {
    public AlreadyMember {
      Objects.requireNonNull(username, "username");
    }
  }

  record NotAMember(Username username) implements GroupCommitResult {
    public NotAMember {
      Objects.requireNonNull(username, "username");
    }
  }

  /// No user has this name on the server.
  record UnknownUser(Username username) implements GroupCommitResult {
    public UnknownUser {
      Objects.requireNonNull(username, "username");
    }
  }

  /// The user has no key package left on the server: they must come online to publish more.
  record NoKeyPackage(Username username) implements GroupCommitResult {
    public NoKeyPackage {
      Objects.requireNonNull(username, "username");
    }
  }

  /// The directory answered with another key than the one recorded for this user: nothing was committed until
  /// the user compares fingerprints and accepts the new key (docs/threat-model.md, Identity).
  record ContactKeyChanged(Username username, IdentityKey recorded, IdentityKey seen) implements GroupCommitResult {
    public ContactKeyChanged {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(recorded, "recorded");
      Objects.requireNonNull(seen, "seen");
    }
  }

  /// Nothing left to commit (another member's commit already covered the pending proposals).
  record NothingToCommit(ChannelId group) implements GroupCommitResult {
    public NothingToCommit {
      Objects.requireNonNull(group, "group");
    }
  }

  /// Other members kept committing first: gave up after `attempts` tries; nothing changed.
  record CommitConflict(int attempts) implements GroupCommitResult {}
}
