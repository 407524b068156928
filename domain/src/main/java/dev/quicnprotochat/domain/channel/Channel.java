package dev.quicnprotochat.domain.channel;

import dev.quicnprotochat.domain.identity.IdentityKey;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/// A channel as the server tracks it: its members and current epoch. Messages go only from members to members; its
/// membership changes only through a commit, one per epoch.
public record Channel(ChannelId id, ChannelKind kind, Set<IdentityKey> members, Epoch epoch) {

  public Channel {
    Objects.requireNonNull(id, "channel id");
    Objects.requireNonNull(kind, "channel kind");
    members = Set.copyOf(Objects.requireNonNull(members, "members"));
    Objects.requireNonNull(epoch, "epoch");
    if (members.isEmpty()) {
      throw new IllegalArgumentException("a channel has at least one member");
    }
    if (kind == ChannelKind.DIRECT && !isDirectChannelOf(id, members)) {
      throw new IllegalArgumentException("a direct channel is exactly the two members its id is derived from");
    }
  }

  private static boolean isDirectChannelOf(ChannelId id, Set<IdentityKey> members) {
    List<IdentityKey> pair = members.stream().sorted().toList();
    return pair.size() == 2 && id.equals(ChannelId.direct(pair.get(0), pair.get(1)));
  }

  /// A new group channel at epoch 0 whose only member is its creator.
  public static Channel newGroup(ChannelId id, IdentityKey creator) {
    return new Channel(id, ChannelKind.GROUP, Set.of(creator), Epoch.ZERO);
  }

  /// The direct channel of two identities at epoch 0.
  public static Channel newDirect(IdentityKey a, IdentityKey b) {
    return new Channel(ChannelId.direct(a, b), ChannelKind.DIRECT, Set.of(a, b), Epoch.ZERO);
  }

  public boolean isMember(IdentityKey identity) {
    return members.contains(identity);
  }

  /// Every member but the sender: the inboxes a message from `sender` fans out to.
  public Set<IdentityKey> recipientsExcept(IdentityKey sender) {
    Set<IdentityKey> recipients = new HashSet<>(members);
    recipients.remove(sender);
    return Set.copyOf(recipients);
  }

  /// The first rule `change` by `committer` breaks, if any.
  public Optional<MembershipViolation> check(IdentityKey committer, MembershipChange change) {
    if (!isMember(committer)) {
      return Optional.of(MembershipViolation.COMMITTER_NOT_MEMBER);
    }
    if (kind == ChannelKind.DIRECT && !change.isEmpty()) {
      return Optional.of(MembershipViolation.DIRECT_CHANNEL_IS_FIXED);
    }
    if (change.removed().contains(committer)) {
      return Optional.of(MembershipViolation.COMMITTER_REMOVES_ITSELF);
    }
    if (change.added().stream().anyMatch(this::isMember)) {
      return Optional.of(MembershipViolation.ADDED_ALREADY_MEMBER);
    }
    if (!members.containsAll(change.removed())) {
      return Optional.of(MembershipViolation.REMOVED_NOT_MEMBER);
    }
    return Optional.empty();
  }

  /// The channel after an accepted commit: `change` applied and the epoch advanced by one. The receiver is unchanged.
  /// The committer always stays a member, so the channel never becomes empty.
  public Channel afterCommit(MembershipChange change) {
    if (!members.containsAll(change.removed()) || change.added().stream().anyMatch(this::isMember)) {
      throw new IllegalArgumentException("the membership change does not fit this channel");
    }
    Set<IdentityKey> next = new HashSet<>(members);
    next.removeAll(change.removed());
    next.addAll(change.added());
    return new Channel(id, kind, next, epoch.next());
  }
}
