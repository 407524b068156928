package dev.quicnprotochat.mls.bench;

import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import dev.quicnprotochat.mls.framing.AuthenticatedContent;
import dev.quicnprotochat.mls.framing.FramedContent;
import dev.quicnprotochat.mls.framing.FramedContentTBS;
import dev.quicnprotochat.mls.framing.PrivateMessage;
import dev.quicnprotochat.mls.framing.Sender;
import dev.quicnprotochat.mls.framing.WireFormat;
import dev.quicnprotochat.mls.group.CommitOptions;
import dev.quicnprotochat.mls.group.CommitResult;
import dev.quicnprotochat.mls.group.GroupConfig;
import dev.quicnprotochat.mls.group.GroupInternals;
import dev.quicnprotochat.mls.group.KeyPackageBundle;
import dev.quicnprotochat.mls.group.MlsGroup;
import dev.quicnprotochat.mls.group.WireFormatPolicy;
import dev.quicnprotochat.mls.keypackage.KeyPackageIn;
import dev.quicnprotochat.mls.keypackage.KeyPackageTBS;
import dev.quicnprotochat.mls.message.GroupInfo;
import dev.quicnprotochat.mls.message.GroupInfoTBS;
import dev.quicnprotochat.mls.message.GroupSecrets;
import dev.quicnprotochat.mls.message.MLSMessage;
import dev.quicnprotochat.mls.message.Welcome;
import dev.quicnprotochat.mls.message.WelcomeDecryption;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeTBS;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// The input sizes of the size-proportional cryptography in the [GroupBenchmark] scenario at one N, taken from the
/// scenario's own messages (made here the same way, untimed): what each signature covers (the TBS structs), what
/// each AEAD seals, what each hash reads. [CryptoFloor#sized] prices them.
///
/// All sizes in bytes. Sums (`long`) are over the n − 1 joiners or the n − 1 leaves a joiner verifies.
///
/// @param keyPackageTbs sum of the KeyPackageTBS of the n − 1 KeyPackages (each verified by the committer)
/// @param keyPackageLeafTbs sum of the LeafNodeTBS of their leaf nodes (each verified by the committer)
/// @param keyPackages sum of the encoded KeyPackages (each hashed into its KeyPackageRef)
/// @param addCommitTbs the add-all commit's FramedContentTBS (signed by the committer)
/// @param addCommitCiphertext the add-all commit's PrivateMessage ciphertext (sealed)
/// @param addCommitTranscript the confirmed transcript hash input of the add-all commit, with the interim hash
/// @param groupInfoTbs the Welcome's GroupInfoTBS, which holds the ratchet tree (signed, verified by the joiner)
/// @param encryptedGroupInfo the Welcome's `encrypted_group_info` (sealed, opened by the joiner)
/// @param welcomeEncryptContext the EncryptContext of the Welcome's HPKE, which holds `encrypted_group_info`: the
///     HPKE key schedule hashes it as `info` (RFC 9180 §5.1), once for all joiners as the value is the same
/// @param welcome the encoded Welcome message
/// @param treeHashInputs sum of the tree-hash inputs of all 2n − 1 nodes of the epoch-1 tree (RFC 9420 §7.8)
/// @param treeLeafTbs sum of the LeafNodeTBS of the n − 1 leaves other than the joiner's (verified on join)
/// @param updateCommitTbs the Update commit's FramedContentTBS
/// @param updateCommitCiphertext its PrivateMessage ciphertext
/// @param updateCommitTranscript its confirmed transcript hash input, with the interim hash
/// @param updateLeafTbs the LeafNodeTBS of the committer's new leaf (signed, verified by the member)
/// @param updateCommit the encoded Update commit message
/// @param applicationTbs the FramedContentTBS of a 200-byte application message
/// @param applicationCiphertext its PrivateMessage ciphertext
public record MessageSizes(long keyPackageTbs, long keyPackageLeafTbs, long keyPackages, int addCommitTbs,
    int addCommitCiphertext, int addCommitTranscript, int groupInfoTbs, int encryptedGroupInfo,
    int welcomeEncryptContext, int welcome, long treeHashInputs, long treeLeafTbs, int updateCommitTbs,
    int updateCommitCiphertext, int updateCommitTranscript, int updateLeafTbs, int updateCommit,
    int applicationTbs, int applicationCiphertext) {

  /// Runs the benchmark scenario for `n` members on suite `suiteId` (a few seconds at n = 1024) and measures it.
  public static MessageSizes measure(int suiteId, int n) {
    CipherSuite suite = CipherSuites.byId(suiteId);
    GroupConfig config = GroupConfig.defaults().withHandshakeWireFormat(WireFormatPolicy.PRIVATE);
    Bytes groupId = Bytes.of(("bench-" + n).getBytes(StandardCharsets.UTF_8));
    KeyPackageBundle creatorBundle = GroupBenchmark.Group.bundle(suite, "creator");
    List<KeyPackageIn> keyPackages = new ArrayList<>();
    KeyPackageBundle memberBundle = null;
    long kpTbs = 0;
    long kpLeafTbs = 0;
    long kpBytes = 0;
    for (int i = 1; i < n; i++) {
      memberBundle = GroupBenchmark.Group.bundle(suite, "member-" + i);
      KeyPackageIn kp = memberBundle.keyPackage().wire();
      keyPackages.add(kp);
      kpTbs += KeyPackageTBS.encode(kp).length;
      kpLeafTbs += LeafNodeTBS.encode(kp.leafNode(), groupId, LeafIndex.of(i)).length;
      kpBytes += kp.toBytes().length();
    }
    int signatureLength = suite.signWithLabel(creatorBundle.signatureKeys(), "size", new byte[1]).length;

    MlsGroup creator = MlsGroup.create(groupId, creatorBundle, List.of(), config);
    GroupContext context0 = GroupInternals.context(creator);
    CommitResult add = creator.commitAdds(keyPackages);
    FramedContent addContent = GroupInternals.pendingCommitContent(creator).orElseThrow();
    creator.mergePendingCommit();
    Welcome welcome = add.welcome().orElseThrow();

    // The joiner's view of the Welcome: the GroupInfo it decrypts, verifies and takes the tree from.
    GroupSecrets secrets = WelcomeDecryption.decryptGroupSecrets(suite, welcome,
        WelcomeDecryption.entryFor(suite, welcome, memberBundle.ref()), memberBundle.initKey());
    GroupInfo groupInfo = WelcomeDecryption.decryptGroupInfo(suite, welcome, secrets.joinerSecret().toByteArray(),
        new byte[suite.hashLength()]);
    MlsGroup member = MlsGroup.joinFromWelcome(welcome, memberBundle, Optional.empty(), config);
    RatchetTree tree = member.ratchetTree();
    long leafTbs = 0;
    for (LeafIndex leaf : tree.occupiedLeaves()) {
      if (!leaf.equals(member.ownLeaf())) {
        leafTbs += LeafNodeTBS.encode(tree.leaf(leaf).orElseThrow(), groupId, leaf).length;
      }
    }

    GroupContext context1 = GroupInternals.context(creator);
    CommitResult update = creator.commit(new CommitOptions(List.of(), true, true));
    FramedContent updateContent = GroupInternals.pendingCommitContent(creator).orElseThrow();
    creator.mergePendingCommit();
    LeafNode newLeaf = creator.ratchetTree().leaf(LeafIndex.of(0)).orElseThrow();

    FramedContent app = FramedContent.application(groupId, context1.epoch() + 1, new Sender.Member(LeafIndex.of(0)),
        Bytes.EMPTY, Bytes.of(new byte[GroupBenchmark.MESSAGE_BYTES]));
    PrivateMessage appMessage = ((MLSMessage.OfPrivateMessage) creator.encrypt(
        new byte[GroupBenchmark.MESSAGE_BYTES])).message();

    return new MessageSizes(kpTbs, kpLeafTbs, kpBytes,
        tbs(addContent, context0), ciphertext(add.commit()), transcript(suite, addContent, signatureLength),
        GroupInfoTBS.encode(groupInfo).length, welcome.encryptedGroupInfo().length(),
        encryptContext(WelcomeDecryption.LABEL, welcome.encryptedGroupInfo().length()),
        new MLSMessage.OfWelcome(welcome).toBytes().length(), treeHashInputs(tree, suite.hashLength()), leafTbs,
        tbs(updateContent, context1), ciphertext(update.commit()), transcript(suite, updateContent, signatureLength),
        LeafNodeTBS.encode(newLeaf, groupId, LeafIndex.of(0)).length, update.commit().toBytes().length(),
        tbs(app, GroupInternals.context(creator)), appMessage.ciphertext().length());
  }

  private static int tbs(FramedContent content, GroupContext context) {
    return FramedContentTBS.of(WireFormat.PRIVATE_MESSAGE, content, context).toByteArray().length;
  }

  private static int ciphertext(MLSMessage message) {
    return ((MLSMessage.OfPrivateMessage) message).message().ciphertext().length();
  }

  /// RFC 9420 §8.2: `Hash(interim_transcript_hash || ConfirmedTranscriptHashInput)`.
  private static int transcript(CipherSuite suite, FramedContent content, int signatureLength) {
    return suite.hashLength() + AuthenticatedContent.confirmedTranscriptHashInput(WireFormat.PRIVATE_MESSAGE,
        content, Bytes.of(new byte[signatureLength])).length;
  }

  /// `struct { opaque label<V>; opaque context<V>; } EncryptContext` (RFC 9420 §5.1.3), label with its prefix.
  private static int encryptContext(String label, int contextLength) {
    int labelLength = ("MLS 1.0 " + label).length();
    return varint(labelLength) + labelLength + varint(contextLength) + contextLength;
  }

  /// RFC 9420 §7.8: a leaf hashes `node_type, leaf_index, optional<LeafNode>`; a parent `node_type,
  /// optional<ParentNode>, left_hash<V>, right_hash<V>`.
  private static long treeHashInputs(RatchetTree tree, int hashLength) {
    long total = 0;
    for (int i = 0; i < tree.nodeCount(); i++) {
      int nodeBytes = 0;
      if (!tree.isBlank(i)) {
        dev.quicnprotochat.mls.codec.TlsWriter w = new dev.quicnprotochat.mls.codec.TlsWriter(256);
        tree.node(i).encodeBody(w);
        nodeBytes = w.toByteArray().length;
      }
      total += (i % 2 == 0) ? 1 + 4 + 1 + nodeBytes : 1 + 1 + nodeBytes + 2 * (varint(hashLength) + hashLength);
    }
    return total;
  }

  private static int varint(int length) {
    return length < 64 ? 1 : length < 16384 ? 2 : 4;
  }
}
