package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.framing.FramedContent;
import dev.quicnprotochat.mls.schedule.GroupContext;
import java.util.Optional;

/// Read-only views into a group's state for the benchmarks' byte counts ([dev.quicnprotochat.mls.bench.MessageSizes]):
/// what a commit's signature and transcript hash cover is inside the encrypted commit, and the committer holds it
/// in the clear until it merges.
public final class GroupInternals {

  private GroupInternals() {
  }

  /// The FramedContent of the commit `group` created and has not merged yet.
  public static Optional<FramedContent> pendingCommitContent(MlsGroup group) {
    return group.state().pending().map(p -> TlsReader.decode(p.content().toByteArray(), FramedContent::decode));
  }

  /// The GroupContext of the group's current epoch (what a member's FramedContentTBS includes).
  public static GroupContext context(MlsGroup group) {
    return group.state().current().context();
  }
}
