package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.schedule.PreSharedKeyID;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// Creating the successor of a re-initialised group (RFC 9420 §11.2): a new group with the group id, version,
/// cipher suite and extensions of the committed ReInit, whose first commit adds the members and injects the old
/// group's `reinit` resumption PSK, so that joiners know the new group continues the old one.
final class ReInits {

  private ReInits() {
  }

  /// `old` must be in the epoch its ReInit commit started; `bundle` is the creator's KeyPackage in the new suite.
  static OutgoingCommit.Built createSuccessor(GroupState old, KeyPackageBundle bundle, List<KeyPackageIn> keyPackages,
      GroupConfig config) {
    Psks.ReInitPsk link = Welcomes.reInitPsk(old);
    Proposal.ReInit reInit = old.reInit().orElseThrow();
    if (bundle.suite().id() != reInit.cipherSuite()) {
      throw new UsageException("the ReInit names cipher suite " + reInit.cipherSuite() + ", the KeyPackage is for "
          + bundle.suite().id());
    }
    if (reInit.version() != GroupContext.MLS10) {
      throw new UsageException("the ReInit names protocol version " + reInit.version() + ", which is not supported");
    }
    GroupState fresh = GroupCreation.create(reInit.groupId(), bundle, reInit.extensions(), config);
    byte[] nonce = new byte[bundle.suite().hashLength()];
    config.random().nextBytes(nonce);
    List<Proposal> inline = new ArrayList<>();
    keyPackages.forEach(kp -> inline.add(new Proposal.Add(kp)));
    inline.add(new Proposal.PreSharedKey(new PreSharedKeyID.Resumption(PreSharedKeyID.USAGE_REINIT, link.groupId(),
        link.epoch(), Bytes.wrap(nonce))));
    return OutgoingCommit.build(fresh, new CommitOptions(inline, false, false), config, Optional.of(link));
  }
}
