package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.tree.Credential;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.Objects;

/// One member of a group as its leaf shows it (RFC 9420 §7.2).
public record Member(LeafIndex leaf, Credential credential, Bytes signatureKey, Bytes encryptionKey) {

  public Member {
    Objects.requireNonNull(leaf, "leaf");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(signatureKey, "signatureKey");
    Objects.requireNonNull(encryptionKey, "encryptionKey");
  }
}
