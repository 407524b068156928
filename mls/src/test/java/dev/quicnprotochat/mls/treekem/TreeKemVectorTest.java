package dev.quicnprotochat.mls.treekem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.Secret;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.testing.Vectors;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.ParentHashes;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// treekem.json: private states match the tree; every UpdatePath merges parent-hash valid to `tree_hash_after` and
/// every other member decrypts the expected path secret and commit secret; and a fresh UpdatePath from each sender
/// gives every receiver the committer's commit secret.
class TreeKemVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("treekem.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void updatePathsDecryptToTheExpectedSecretsAndFreshPathsAgree(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    RatchetTree tree = RatchetTree.decode(Bytes.wrap(Vectors.hex(c, "ratchet_tree")));
    Bytes groupId = Bytes.wrap(Vectors.hex(c, "group_id"));
    long epoch = c.get("epoch").asLong();
    Bytes transcript = Bytes.wrap(Vectors.hex(c, "confirmed_transcript_hash"));

    Map<Integer, TreeKemPrivate> privates = new LinkedHashMap<>();
    Map<Integer, byte[]> signingKeys = new LinkedHashMap<>();
    for (JsonNode lp : c.get("leaves_private")) {
      int index = lp.get("index").asInt();
      LeafNode leaf = tree.leaf(LeafIndex.of(index)).orElseThrow();
      byte[] signaturePriv = Vectors.hex(lp, "signature_priv");
      assertArrayEquals(leaf.signatureKey().toByteArray(), suite.signaturePublicKey(signaturePriv),
          "signature key of leaf " + index);
      HpkeKeyPair leafKey = new HpkeKeyPair(Vectors.hex(lp, "encryption_priv"), leaf.encryptionKey().toByteArray());
      assertKeyPairMatches(suite, leafKey);
      TreeKemPrivate priv = TreeKemPrivate.ofLeaf(LeafIndex.of(index), leafKey);
      for (JsonNode ps : lp.get("path_secrets")) {
        int node = ps.get("node").asInt();
        HpkeKeyPair derived = PathSecrets.nodeKeyPair(suite, Secret.wrap(Vectors.hex(ps, "path_secret")));
        assertEquals(tree.node(node).encryptionKey(), Bytes.of(derived.publicKey()),
            "path secret of node " + node + " held by leaf " + index);
        priv = priv.with(node, derived);
      }
      privates.put(index, priv);
      signingKeys.put(index, signaturePriv);
    }

    for (JsonNode up : c.get("update_paths")) {
      LeafIndex sender = LeafIndex.of(up.get("sender").asInt());
      UpdatePath path = UpdatePath.decode(Bytes.wrap(Vectors.hex(up, "update_path")));
      RatchetTree merged = TreeKem.mergePath(suite, tree, sender, path, groupId);
      assertDoesNotThrow(() -> ParentHashes.verify(suite, merged), "merged tree is parent-hash valid");
      Bytes treeHashAfter = Bytes.wrap(Vectors.hex(up, "tree_hash_after"));
      assertEquals(treeHashAfter, merged.treeHash(suite), "tree hash after the path from " + sender);
      GroupContext context = new GroupContext(suite.id(), groupId, epoch, treeHashAfter, transcript, List.of());
      byte[] commitSecret = Vectors.hex(up, "commit_secret");
      for (TreeKemPrivate receiver : privates.values()) {
        if (receiver.leaf().equals(sender)) {
          continue;
        }
        TreeKem.DecryptedPath d = TreeKem.decryptPath(suite, merged, sender, path, context, receiver, Set.of());
        byte[] expectedPathSecret = Vectors.hex(up.get("path_secrets").get(receiver.leaf().value()).asText());
        assertArrayEquals(expectedPathSecret, d.pathSecret().toByteArray(), "path secret of " + receiver.leaf());
        assertArrayEquals(commitSecret, d.commitSecret().toByteArray(), "commit secret at " + receiver.leaf());
      }
    }

    SecureRandom random = new SecureRandom();
    for (Map.Entry<Integer, TreeKemPrivate> committer : privates.entrySet()) {
      LeafIndex sender = LeafIndex.of(committer.getKey());
      GroupContext base = new GroupContext(suite.id(), groupId, epoch + 1, Bytes.EMPTY, transcript, List.of());
      TreeKem.CreatedPath created = TreeKem.createPath(suite, tree, sender, tree.leaf(sender).orElseThrow(),
          signingKeys.get(committer.getKey()), base, Set.of(), random);
      assertDoesNotThrow(() -> ParentHashes.verify(suite, created.tree()), "fresh path is parent-hash valid");
      RatchetTree received = TreeKem.mergePath(suite, tree, sender, created.path(), groupId);
      assertEquals(created.tree().toBytes(), received.toBytes(), "receivers merge to the committer's tree");
      for (TreeKemPrivate receiver : privates.values()) {
        if (receiver.leaf().equals(sender)) {
          continue;
        }
        TreeKem.DecryptedPath d = TreeKem.decryptPath(suite, received, sender, created.path(), created.context(),
            receiver, Set.of());
        assertArrayEquals(created.commitSecret().toByteArray(), d.commitSecret().toByteArray(),
            "fresh commit secret at " + receiver.leaf() + " from " + sender);
        assertTrue(created.pathSecrets().containsKey(d.node()));
        assertArrayEquals(created.pathSecrets().get(d.node()).toByteArray(), d.pathSecret().toByteArray());
      }
    }
  }

  /// Encrypting to the public key and decrypting with the private key proves the two belong together.
  private static void assertKeyPairMatches(CipherSuite suite, HpkeKeyPair pair) {
    byte[] message = {1, 2, 3};
    HpkeCiphertext ct = suite.encryptWithLabel(pair.publicKey(), "check", new byte[0], message);
    assertArrayEquals(message, suite.decryptWithLabel(pair.privateKey(), pair.publicKey(), "check", new byte[0],
        ct.kemOutput(), ct.ciphertext()));
  }
}
