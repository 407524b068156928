package dev.quicnprotochat.domain.channel;

/// Why a commit's membership change cannot apply to a channel.
public enum MembershipViolation {
  /// Only members may commit.
  COMMITTER_NOT_MEMBER("only a member of the channel may commit to it"),
  /// A commit cannot remove its own sender (RFC 9420 §12.2); the member proposes its removal instead.
  COMMITTER_REMOVES_ITSELF("a commit cannot remove its own sender"),
  ADDED_ALREADY_MEMBER("an added identity is already a member"),
  REMOVED_NOT_MEMBER("a removed identity is not a member"),
  /// A direct channel is always exactly its two identities.
  DIRECT_CHANNEL_IS_FIXED("the members of a direct channel cannot change");

  private final String message;

  MembershipViolation(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
