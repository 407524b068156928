package dev.quicnprotochat.mls.treekem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.testing.MemberTestData;
import dev.quicnprotochat.mls.testing.MemberTestData.Member;
import dev.quicnprotochat.mls.tree.ParentHashes;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TreeKemTest {

  private static final CipherSuite SUITE = CipherSuites.byId(1);
  private static final Bytes GROUP = Bytes.fromHex("67726f7570");
  private static final GroupContext CONTEXT = new GroupContext(SUITE.id(), GROUP, 1, Bytes.EMPTY, Bytes.EMPTY,
      List.of());

  private final List<Member> members = new ArrayList<>();

  private RatchetTree groupOf(int n) {
    for (int i = 0; i < n; i++) {
      members.add(MemberTestData.aMember(SUITE, "m" + i));
    }
    RatchetTree tree = RatchetTree.ofSingleLeaf(members.get(0).leaf());
    for (int i = 1; i < n; i++) {
      tree = tree.addLeaf(members.get(i).leaf()).tree();
    }
    return tree;
  }

  private TreeKemPrivate leafState(int i) {
    return TreeKemPrivate.ofLeaf(LeafIndex.of(i), members.get(i).encryptionKey());
  }

  @Test
  void addedMembersGetNoCiphertextAndEveryoneElseAgreesOnTheCommitSecret() {
    RatchetTree tree = groupOf(5);
    LeafIndex sender = LeafIndex.of(1);
    Set<LeafIndex> added = Set.of(LeafIndex.of(4));
    TreeKem.CreatedPath created = TreeKem.createPath(SUITE, tree, sender, tree.leaf(sender).orElseThrow(),
        members.get(1).signatureKey().privateKey(), CONTEXT, added, new SecureRandom());
    // Filtered direct path of leaf 1 in an 8-leaf tree: nodes 1, 3, 7; the copath of 7 is leaf 4 only.
    assertArrayEquals(new int[] {1, 3, 7}, tree.filteredDirectPath(sender));
    assertEquals(0, created.path().nodes().get(2).encryptedPathSecret().size());
    assertDoesNotThrow(() -> ParentHashes.verify(SUITE, created.tree()));

    Bytes before = tree.toBytes();
    RatchetTree merged = TreeKem.mergePath(SUITE, tree, sender, created.path(), GROUP);
    assertEquals(created.tree(), merged);
    assertEquals(before, tree.toBytes(), "creating and merging a path leave the input tree unchanged");
    for (int i : new int[] {0, 2, 3}) {
      TreeKem.DecryptedPath d = TreeKem.decryptPath(SUITE, merged, sender, created.path(), created.context(),
          leafState(i), added);
      assertArrayEquals(created.commitSecret().toByteArray(), d.commitSecret().toByteArray(), "member " + i);
      assertTrue(d.privateState().keyPair(7).isPresent(), "member " + i + " now holds the root key");
    }
  }

  @Test
  void aJoinerDerivesThePathAboveItsCommonAncestorFromTheWelcomePathSecret() {
    RatchetTree tree = groupOf(4);
    Member joiner = MemberTestData.aMember(SUITE, "joiner");
    RatchetTree.Added added = tree.addLeaf(joiner.leaf());
    LeafIndex sender = LeafIndex.of(0);
    TreeKem.CreatedPath created = TreeKem.createPath(SUITE, added.tree(), sender, tree.leaf(sender).orElseThrow(),
        members.get(0).signatureKey().privateKey(), CONTEXT, Set.of(added.leaf()), new SecureRandom());
    // Leaf 4 and leaf 0 meet at the root, node 7.
    TreeKemPrivate state = TreeKem.privateStateFromWelcome(SUITE, created.tree(), added.leaf(),
        joiner.encryptionKey(), sender, created.pathSecrets().get(7));
    assertTrue(state.keyPair(7).isPresent());
    ValidationException e = assertThrows(ValidationException.class, () -> TreeKem.privateStateFromWelcome(SUITE,
        created.tree(), added.leaf(), joiner.encryptionKey(), sender, created.pathSecrets().get(3)));
    assertEquals(ValidationCheck.WELCOME, e.check());
  }

  @Test
  void aParentMustListEveryLeafAddedBelowItSinceItWasSet() {
    RatchetTree tree = groupOf(3);
    LeafIndex sender = LeafIndex.of(2);
    // Leaf 2's filtered direct path is just the root (leaf 3 is blank), linked from leaf 2 itself.
    RatchetTree committed = TreeKem.createPath(SUITE, tree, sender, tree.leaf(sender).orElseThrow(),
        members.get(2).signatureKey().privateKey(), CONTEXT, Set.of(), new SecureRandom()).tree();
    RatchetTree withNewcomer = committed.addLeaf(MemberTestData.aMember(SUITE, "late").leaf()).tree();
    assertEquals(List.of(LeafIndex.of(3)), withNewcomer.parent(3).unmergedLeaves());
    assertDoesNotThrow(() -> ParentHashes.verify(SUITE, withNewcomer));
    RatchetTree hidden = withNewcomer.withNodes(new int[] {3},
        new dev.quicnprotochat.mls.tree.Node[] {withNewcomer.parent(3).withUnmergedLeaves(List.of())});
    ValidationException e = assertThrows(ValidationException.class, () -> ParentHashes.verify(SUITE, hidden));
    assertEquals(ValidationCheck.PARENT_HASH, e.check());
  }

  @Test
  void aPathFromAnotherGroupOrWithAForeignKeyIsRejected() {
    RatchetTree tree = groupOf(3);
    LeafIndex sender = LeafIndex.of(0);
    TreeKem.CreatedPath created = TreeKem.createPath(SUITE, tree, sender, tree.leaf(sender).orElseThrow(),
        members.get(0).signatureKey().privateKey(), CONTEXT, Set.of(), new SecureRandom());
    ValidationException wrongGroup = assertThrows(ValidationException.class,
        () -> TreeKem.mergePath(SUITE, tree, sender, created.path(), Bytes.fromHex("00")));
    assertEquals(ValidationCheck.SIGNATURE, wrongGroup.check());

    List<UpdatePathNode> nodes = new ArrayList<>(created.path().nodes());
    nodes.set(0, new UpdatePathNode(Bytes.wrap(SUITE.generateHpkeKeyPair().publicKey()),
        nodes.get(0).encryptedPathSecret()));
    UpdatePath swapped = new UpdatePath(created.path().leafNode(), nodes);
    ValidationException wrongKey = assertThrows(ValidationException.class,
        () -> TreeKem.mergePath(SUITE, tree, sender, swapped, GROUP));
    assertEquals(ValidationCheck.PARENT_HASH, wrongKey.check());
  }

  @Test
  void aPathFromABlankLeafOrOfTheWrongLengthIsRejected() {
    RatchetTree tree = groupOf(3);
    LeafIndex sender = LeafIndex.of(0);
    TreeKem.CreatedPath created = TreeKem.createPath(SUITE, tree, sender, tree.leaf(sender).orElseThrow(),
        members.get(0).signatureKey().privateKey(), CONTEXT, Set.of(), new SecureRandom());
    RatchetTree withoutSender = tree.removeLeaf(sender);
    assertEquals(ValidationCheck.SENDER, assertThrows(ValidationException.class,
        () -> TreeKem.mergePath(SUITE, withoutSender, sender, created.path(), GROUP)).check());
    UpdatePath shortened = new UpdatePath(created.path().leafNode(), created.path().nodes().subList(0, 1));
    assertEquals(ValidationCheck.COMMIT, assertThrows(ValidationException.class,
        () -> TreeKem.mergePath(SUITE, tree, sender, shortened, GROUP)).check());
  }

  @Test
  void aPathWithTheWrongNumberOfCiphertextsIsRejected() {
    RatchetTree tree = groupOf(2);
    LeafIndex sender = LeafIndex.of(0);
    TreeKem.CreatedPath created = TreeKem.createPath(SUITE, tree, sender, tree.leaf(sender).orElseThrow(),
        members.get(0).signatureKey().privateKey(), CONTEXT, Set.of(), new SecureRandom());
    UpdatePathNode node = created.path().nodes().get(0);
    UpdatePath doubled = new UpdatePath(created.path().leafNode(), List.of(new UpdatePathNode(node.encryptionKey(),
        List.of(node.encryptedPathSecret().get(0), node.encryptedPathSecret().get(0)))));
    assertEquals(ValidationCheck.COMMIT, assertThrows(ValidationException.class, () -> TreeKem.decryptPath(SUITE,
        created.tree(), sender, doubled, created.context(), leafState(1), Set.of())).check());
  }

  @Test
  void aReceiverWithoutTheKeyOfItsCopathNodeIsRejected() {
    RatchetTree tree = groupOf(4);
    // Leaf 0 commits and sets nodes 1 and 3; then leaf 2 commits, encrypting to node 1 only.
    RatchetTree afterFirst = TreeKem.createPath(SUITE, tree, LeafIndex.of(0), tree.leaf(LeafIndex.of(0))
        .orElseThrow(), members.get(0).signatureKey().privateKey(), CONTEXT, Set.of(), new SecureRandom()).tree();
    TreeKem.CreatedPath second = TreeKem.createPath(SUITE, afterFirst, LeafIndex.of(2), afterFirst.leaf(
        LeafIndex.of(2)).orElseThrow(), members.get(2).signatureKey().privateKey(), CONTEXT, Set.of(),
        new SecureRandom());
    // Leaf 1 never processed the first commit, so it lacks node 1's key.
    assertEquals(ValidationCheck.COMMIT, assertThrows(ValidationException.class, () -> TreeKem.decryptPath(SUITE,
        second.tree(), LeafIndex.of(2), second.path(), second.context(), leafState(1), Set.of())).check());
  }

  @Test
  void aReceiverRejectsAPathSecretThatDoesNotMatchThePublicKeys() {
    RatchetTree tree = groupOf(2);
    LeafIndex sender = LeafIndex.of(0);
    TreeKem.CreatedPath created = TreeKem.createPath(SUITE, tree, sender, tree.leaf(sender).orElseThrow(),
        members.get(0).signatureKey().privateKey(), CONTEXT, Set.of(), new SecureRandom());
    // Re-encrypt a different secret to member 1 under the same context.
    byte[] wrong = new byte[SUITE.hashLength()];
    var ct = SUITE.encryptWithLabel(members.get(1).encryptionKey().publicKey(), TreeKem.LABEL,
        created.context().toByteArray(), wrong);
    UpdatePathNode node = new UpdatePathNode(created.path().nodes().get(0).encryptionKey(), List.of(ct));
    UpdatePath forged = new UpdatePath(created.path().leafNode(), List.of(node));
    ValidationException e = assertThrows(ValidationException.class, () -> TreeKem.decryptPath(SUITE,
        created.tree(), sender, forged, created.context(), leafState(1), Set.of()));
    assertEquals(ValidationCheck.COMMIT, e.check());
  }

  @Test
  void aLoneMemberCommitsWithAnEmptyPath() {
    RatchetTree tree = groupOf(1);
    TreeKem.CreatedPath created = TreeKem.createPath(SUITE, tree, LeafIndex.of(0), tree.leaf(LeafIndex.of(0))
        .orElseThrow(), members.get(0).signatureKey().privateKey(), CONTEXT, Set.of(), new SecureRandom());
    assertEquals(0, created.path().nodes().size());
    assertEquals(SUITE.hashLength(), created.commitSecret().length());
    assertEquals(created.tree(), TreeKem.mergePath(SUITE, tree, LeafIndex.of(0), created.path(), GROUP));
  }

  @Test
  void updatePathRoundTrips() {
    RatchetTree tree = groupOf(3);
    LeafIndex sender = LeafIndex.of(2);
    UpdatePath path = TreeKem.createPath(SUITE, tree, sender, tree.leaf(sender).orElseThrow(),
        members.get(2).signatureKey().privateKey(), CONTEXT, Set.of(), new SecureRandom()).path();
    Bytes bytes = path.toBytes();
    assertEquals(bytes, UpdatePath.decode(bytes).toBytes());
    byte[] node = TlsWriter.encode(path.nodes().get(0), (w, n) -> n.encode(w));
    assertArrayEquals(node, TlsWriter.encode(
        dev.quicnprotochat.mls.codec.TlsReader.decode(node, UpdatePathNode::decode), (w, n) -> n.encode(w)));
  }
}
