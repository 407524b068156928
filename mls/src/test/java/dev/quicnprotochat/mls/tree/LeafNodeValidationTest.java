package dev.quicnprotochat.mls.tree;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.extension.Extension;
import dev.quicnprotochat.mls.testing.MemberTestData;
import dev.quicnprotochat.mls.testing.MemberTestData.Member;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeafNodeValidationTest {

  private static final CipherSuite SUITE = CipherSuites.byId(1);
  private static final Clock CLOCK = Clock.systemUTC();

  private static ValidationCheck failure(LeafNode leaf, LeafNodeSource source, RatchetTree tree, LeafIndex at) {
    return assertThrows(ValidationException.class, () -> LeafNodeValidation.validate(SUITE, leaf, source,
        Bytes.fromHex("aa"), at, CLOCK, tree)).check();
  }

  private static LeafNode resign(Member m, Capabilities caps, List<Extension> extensions) {
    LeafNode l = m.leaf();
    return new LeafNode(l.encryptionKey(), l.signatureKey(), l.credential(), caps, l.source(), l.lifetime(),
        l.parentHash(), extensions, Bytes.EMPTY).signed(SUITE, m.signatureKey().privateKey(), null, null);
  }

  @Test
  void aFreshKeyPackageLeafIsValid() {
    Member alice = MemberTestData.aMember(SUITE, "alice");
    assertDoesNotThrow(() -> LeafNodeValidation.validate(SUITE, alice.leaf(), LeafNodeSource.KEY_PACKAGE, null,
        LeafIndex.of(0), CLOCK, RatchetTree.ofSingleLeaf(alice.leaf())));
  }

  @Test
  void theWrongSourceIsRejected() {
    Member alice = MemberTestData.aMember(SUITE, "alice");
    assertEquals(ValidationCheck.LEAF_NODE, failure(alice.leaf(), LeafNodeSource.UPDATE, null, LeafIndex.of(0)));
  }

  @Test
  void unlistedCredentialTypesAndExtensionsAreRejected() {
    Member alice = MemberTestData.aMember(SUITE, "alice");
    Capabilities noBasic = new Capabilities(List.of(1), List.of(1), List.of(), List.of(), List.of(2));
    assertEquals(ValidationCheck.CAPABILITIES,
        failure(resign(alice, noBasic, List.of()), LeafNodeSource.KEY_PACKAGE, null, LeafIndex.of(0)));
    LeafNode unlisted = resign(alice, alice.leaf().capabilities(), List.of(new Extension(0x0F0F, Bytes.EMPTY)));
    assertEquals(ValidationCheck.CAPABILITIES,
        failure(unlisted, LeafNodeSource.KEY_PACKAGE, null, LeafIndex.of(0)));
  }

  @Test
  void keysAlreadyUsedByAnotherMemberAreRejected() {
    Member alice = MemberTestData.aMember(SUITE, "alice");
    RatchetTree tree = RatchetTree.ofSingleLeaf(alice.leaf());
    assertEquals(ValidationCheck.DUPLICATE_KEY,
        failure(alice.leaf(), LeafNodeSource.KEY_PACKAGE, tree, LeafIndex.of(1)));
  }

  @Test
  void aBadSignatureIsRejected() {
    Member alice = MemberTestData.aMember(SUITE, "alice");
    LeafNode l = alice.leaf();
    LeafNode forged = new LeafNode(l.encryptionKey(), l.signatureKey(), l.credential(), l.capabilities(),
        l.source(), Optional.of(MemberTestData.FOREVER), Optional.empty(), List.of(), Bytes.fromHex("00"));
    assertEquals(ValidationCheck.SIGNATURE, failure(forged, LeafNodeSource.KEY_PACKAGE, null, LeafIndex.of(0)));
  }
}
