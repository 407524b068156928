package dev.quicnprotochat.application.port.out.client;

import dev.quicnprotochat.domain.channel.Epoch;
import dev.quicnprotochat.domain.channel.MembershipChange;
import dev.quicnprotochat.domain.clientstate.SerializedGroupState;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.mls.codec.Bytes;
import java.util.Objects;

/// What processing one peer message did (RFC 9420 §6, §12.4.2). Every outcome but [Rejected] carries the next
/// state, which the caller saves before acknowledging the message.
public sealed interface IncomingOutcome {

  /// Application data from `sender`.
  record Application(SerializedGroupState next, IdentityKey sender, Bytes plaintext) implements IncomingOutcome {
    public Application {
      Objects.requireNonNull(next, "next state");
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(plaintext, "plaintext");
    }

    @Override
    public String toString() {
      return "Application[from=" + sender + ", " + plaintext.length() + " bytes]";
    }
  }

  /// A commit by `committer` moved the group to `epoch`; `selfRemoved` when it removed this client, whose state is
  /// then inactive.
  record CommitApplied(SerializedGroupState next, IdentityKey committer, MembershipChange change, Epoch epoch,
                       boolean selfRemoved) implements IncomingOutcome {
    public CommitApplied {
      Objects.requireNonNull(next, "next state");
      Objects.requireNonNull(committer, "committer");
      Objects.requireNonNull(change, "change");
      Objects.requireNonNull(epoch, "epoch");
    }
  }

  /// A proposal, cached until a commit covers it (RFC 9420 §12.1).
  record ProposalStored(SerializedGroupState next) implements IncomingOutcome {
    public ProposalStored {
      Objects.requireNonNull(next, "next state");
    }
  }

  /// Not processed, state unchanged: a duplicate, a message of a past epoch, or invalid input; `reason` is one line.
  record Rejected(String reason) implements IncomingOutcome {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
