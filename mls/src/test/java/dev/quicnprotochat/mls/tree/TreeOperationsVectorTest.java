package dev.quicnprotochat.mls.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.message.Proposal;
import dev.quicnprotochat.mls.testing.Vectors;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/// tree-operations.json: apply an Add, Update or Remove to a tree and compare bytes and tree hashes. Leaf validation
/// is skipped, as the vector guide says (the leaves carry GREASE values and are not re-signed).
class TreeOperationsVectorTest {

  static Stream<Named<JsonNode>> cases() {
    return Vectors.cases("tree-operations.json");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void applyingTheProposalGivesTheExpectedTree(JsonNode c) {
    CipherSuite suite = CipherSuites.byId(c.get("cipher_suite").asInt());
    Bytes beforeBytes = Bytes.wrap(Vectors.hex(c, "tree_before"));
    RatchetTree before = RatchetTree.decode(beforeBytes);
    assertEquals(Bytes.wrap(Vectors.hex(c, "tree_hash_before")), before.treeHash(suite), "hash before");

    Proposal proposal = Proposal.decode(Bytes.wrap(Vectors.hex(c, "proposal")));
    LeafIndex sender = LeafIndex.of(c.get("proposal_sender").asInt());
    RatchetTree after = switch (proposal) {
      case Proposal.Add add -> before.addLeaf(add.keyPackage().leafNode()).tree();
      case Proposal.Update update -> before.updateLeaf(sender, update.leafNode());
      case Proposal.Remove remove -> before.removeLeaf(remove.removedLeaf());
      default -> throw new AssertionError("unexpected proposal " + proposal.proposalType());
    };

    assertEquals(Bytes.wrap(Vectors.hex(c, "tree_after")), after.toBytes(), "tree after");
    assertEquals(Bytes.wrap(Vectors.hex(c, "tree_hash_after")), after.treeHash(suite), "hash after");
    assertEquals(beforeBytes, before.toBytes(), "the original tree is unchanged");
  }
}
