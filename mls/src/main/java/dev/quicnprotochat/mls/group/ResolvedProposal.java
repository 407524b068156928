package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.message.ProposalRef;
import java.util.Optional;

/// One entry of a commit's proposal list after references were resolved: the proposal, who proposed it (the
/// committer for inline ones) and the reference it came by, if any.
record ResolvedProposal(Proposal proposal, Sender sender, Optional<ProposalRef> ref) {
}
