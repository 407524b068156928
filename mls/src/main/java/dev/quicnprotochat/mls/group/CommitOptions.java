package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.message.Proposal;
import java.util.List;

/// What goes into a commit.
///
/// @param inline          proposals sent by value in the commit (Add, Remove, PreSharedKey, GroupContextExtensions,
///                        ReInit; never Update, RFC 9420 §12.4)
/// @param includePending  also commit, by reference, every proposal received or sent in this epoch (except this
///                        client's own Updates, which the path replaces)
/// @param forcePath       send an UpdatePath even when RFC 9420 §12.4 does not require one (refreshes own keys)
public record CommitOptions(List<Proposal> inline, boolean includePending, boolean forcePath) {

  public CommitOptions {
    inline = List.copyOf(inline);
  }

  /// Commit everything pending, by reference, with a path only where required.
  public static CommitOptions pending() {
    return new CommitOptions(List.of(), true, false);
  }

  /// Commit `proposals` by value, plus everything pending by reference.
  public static CommitOptions withInline(List<Proposal> proposals) {
    return new CommitOptions(proposals, true, false);
  }

  /// An empty commit with a path: rotates this client's keys (post-compromise security).
  public static CommitOptions selfUpdate() {
    return new CommitOptions(List.of(), false, true);
  }
}
