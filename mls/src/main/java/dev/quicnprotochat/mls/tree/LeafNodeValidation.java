package dev.quicnprotochat.mls.tree;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.time.Clock;

/// The leaf node checks of RFC 9420 §7.3 that need no application policy. Credential validity (the
/// authentication service) and the group's required_capabilities are the caller's to check.
public final class LeafNodeValidation {

  private LeafNodeValidation() {
  }

  /// Validates `leaf`, arriving with `expectedSource` for position `index` of the group `groupId`, against the
  /// other members of `tree` (the node at `index` itself is ignored, so a replaced leaf may be validated in place).
  public static void validate(CipherSuite suite, LeafNode leaf, LeafNodeSource expectedSource, Bytes groupId,
      LeafIndex index, Clock clock, RatchetTree tree) {
    validate(suite, leaf, expectedSource, groupId, index, clock, tree, false);
  }

  /// As above; `signatureChecked` when the caller has verified the leaf's signature itself ([#requireSignature],
  /// e.g. on another thread beside the rest of a large commit) and adopts nothing unless that check passed.
  public static void validate(CipherSuite suite, LeafNode leaf, LeafNodeSource expectedSource, Bytes groupId,
      LeafIndex index, Clock clock, RatchetTree tree, boolean signatureChecked) {
    if (leaf.source() != expectedSource) {
      throw new ValidationException(ValidationCheck.LEAF_NODE, "leaf has source " + leaf.source() + ", expected "
          + expectedSource);
    }
    if (!signatureChecked) {
      requireSignature(suite, leaf, groupId, index);
    }
    if (leaf.lifetime().isPresent() && !leaf.lifetime().get().isValidAt(clock)) {
      throw new ValidationException(ValidationCheck.LIFETIME, "leaf is outside its lifetime");
    }
    Capabilities caps = leaf.capabilities();
    if (!caps.credentials().contains(leaf.credential().credentialType())) {
      throw new ValidationException(ValidationCheck.CAPABILITIES, "leaf does not list its own credential type "
          + leaf.credential().credentialType());
    }
    for (Extension e : leaf.extensions()) {
      if (!caps.extensions().contains(e.extensionType())) {
        throw new ValidationException(ValidationCheck.CAPABILITIES, "leaf carries extension " + e.extensionType()
            + " without listing it in its capabilities");
      }
    }
    if (tree != null) {
      requireUniqueKeys(leaf, index, tree);
    }
  }

  /// RFC 9420 §7.3: the leaf's signature verifies under its own signature key.
  public static void requireSignature(CipherSuite suite, LeafNode leaf, Bytes groupId, LeafIndex index) {
    if (!leaf.verifySignature(suite, groupId, index)) {
      throw new ValidationException(ValidationCheck.SIGNATURE, "leaf signature does not verify");
    }
  }

  /// RFC 9420 §7.3: signature and encryption keys are unique among the members.
  private static void requireUniqueKeys(LeafNode leaf, LeafIndex index, RatchetTree tree) {
    int self = index.node().value();
    int encryption = tree.nodeWithEncryptionKey(leaf.encryptionKey(), self);
    if (encryption >= 0) {
      throw new ValidationException(ValidationCheck.DUPLICATE_KEY, "encryption key already used by node "
          + encryption);
    }
    int signature = tree.leafWithSignatureKey(leaf.signatureKey(), self);
    if (signature >= 0) {
      throw new ValidationException(ValidationCheck.DUPLICATE_KEY, "signature key already used by leaf "
          + signature / 2);
    }
  }
}
