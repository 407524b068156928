package dev.quicnprotochat.mls.treekem;

import dev.quicnprotochat.mls.ValidationCheck;
import dev.quicnprotochat.mls.ValidationException;
import dev.quicnprotochat.mls.codec.Bytes;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.crypto.HpkeCiphertext;
import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.crypto.Secret;
import dev.quicnprotochat.mls.schedule.GroupContext;
import dev.quicnprotochat.mls.tree.LeafNode;
import dev.quicnprotochat.mls.tree.LeafNodeSource;
import dev.quicnprotochat.mls.tree.LeafNodeValidation;
import dev.quicnprotochat.mls.tree.Node;
import dev.quicnprotochat.mls.tree.ParentHashes;
import dev.quicnprotochat.mls.tree.ParentNode;
import dev.quicnprotochat.mls.tree.RatchetTree;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import dev.quicnprotochat.mls.treemath.TreeMath;
import dev.quicnprotochat.mls.work.Batch;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// TreeKEM (RFC 9420 §7.4–§7.6, §7.9): creating an UpdatePath, merging a received one into the tree, and
/// decrypting its path secret.
///
/// The caller applies the commit's proposals first and passes the resulting tree; `excluded` names the leaves those
/// proposals added, which get no ciphertext (they learn the path secret from the Welcome instead).
public final class TreeKem {

  /// The EncryptWithLabel label, without the "MLS 1.0 " prefix.
  public static final String LABEL = "UpdatePathNode";

  private TreeKem() {
  }

  /// What the committer gets from [#createPath].
  ///
  /// @param tree         the tree with the path merged in
  /// @param context      `groupContext` with the tree hash of `tree`, as used for encryption
  /// @param pathSecrets  the path secret of each filtered direct path node, by node index (for Welcome messages)
  public record CreatedPath(RatchetTree tree, GroupContext context, UpdatePath path, Secret commitSecret,
      Map<Integer, Secret> pathSecrets, TreeKemPrivate privateState) {

    @Override
    public String toString() {
      return "CreatedPath[" + tree + ", " + path.nodes().size() + " nodes, secrets=<redacted>]";
    }
  }

  /// What a receiver gets from [#decryptPath].
  ///
  /// @param pathSecret the path secret of the lowest node of the sender's path that the receiver is below
  public record DecryptedPath(int node, Secret pathSecret, Secret commitSecret, TreeKemPrivate privateState) {

    @Override
    public String toString() {
      return "DecryptedPath[node " + node + ", secrets=<redacted>]";
    }
  }

  /// Builds an UpdatePath for `sender` (RFC 9420 §7.5): fresh leaf and path keys, parent hashes (§7.9), a leaf
  /// built from `leafTemplate` and signed with `signaturePrivateKey`, and the path secrets encrypted to the copath
  /// resolutions under `groupContext` with its tree hash replaced by the new tree's.
  public static CreatedPath createPath(CipherSuite suite, RatchetTree tree, LeafIndex sender, LeafNode leafTemplate,
      byte[] signaturePrivateKey, GroupContext groupContext, Set<LeafIndex> excluded, SecureRandom random) {
    return createPath(suite, tree, sender, leafTemplate, signaturePrivateKey, groupContext, excluded, random,
        Runnable::run, Integer.MAX_VALUE);
  }

  /// [#createPath] with the HPKE encryptions to the copath resolutions, which are independent of each other, run on
  /// `executor` and this thread together ([Batch]) once there are at least `parallelThreshold` of them (the suite is
  /// thread-safe).
  public static CreatedPath createPath(CipherSuite suite, RatchetTree tree, LeafIndex sender, LeafNode leafTemplate,
      byte[] signaturePrivateKey, GroupContext groupContext, Set<LeafIndex> excluded, SecureRandom random,
      java.util.concurrent.Executor executor, int parallelThreshold) {
    int[] fdp = tree.filteredDirectPath(sender);
    int[] copath = tree.filteredCopath(sender);
    int n = fdp.length;

    HpkeKeyPair leafKey = PathSecrets.nodeKeyPair(suite, randomSecret(suite, random));
    Secret[] secrets = new Secret[n];
    HpkeKeyPair[] keys = new HpkeKeyPair[n];
    Secret secret = randomSecret(suite, random);
    for (int i = 0; i < n; i++) {
      secrets[i] = secret;
      keys[i] = PathSecrets.nodeKeyPair(suite, secret);
      secret = PathSecrets.next(suite, secret);
    }
    Secret commitSecret = secret;

    Bytes[] publicKeys = new Bytes[n];
    for (int i = 0; i < n; i++) {
      publicKeys[i] = Bytes.of(keys[i].publicKey());
    }
    PathHashes hashes = PathHashes.compute(suite, tree, copath, publicKeys);
    LeafNode leaf = leafTemplate.forCommit(Bytes.of(leafKey.publicKey()), hashes.leafParentHash())
        .signed(suite, signaturePrivateKey, groupContext.groupId(), sender);
    RatchetTree merged = merge(tree, sender, leaf, fdp, publicKeys, hashes);
    GroupContext context = groupContext.withTreeHash(merged.treeHash(suite));
    byte[] contextBytes = context.toByteArray();

    List<UpdatePathNode> nodes = new ArrayList<>(n);
    Map<Integer, Secret> pathSecrets = new LinkedHashMap<>();
    TreeKemPrivate privateState = TreeKemPrivate.ofLeaf(sender, leafKey);
    int[][] recipients = new int[n][];
    int total = 0;
    for (int i = 0; i < n; i++) {
      recipients[i] = recipients(tree, copath[i], excluded);
      total += recipients[i].length;
    }
    HpkeCiphertext[][] cts = new HpkeCiphertext[n][];
    List<Runnable> steps = new ArrayList<>(total);
    for (int i = 0; i < n; i++) {
      cts[i] = new HpkeCiphertext[recipients[i].length];
      byte[] plaintext = secrets[i].toByteArray();
      for (int j = 0; j < recipients[i].length; j++) {
        int node = i;
        int slot = j;
        byte[] key = tree.node(recipients[i][j]).encryptionKey().toByteArray();
        steps.add(() -> cts[node][slot] = suite.encryptWithLabel(key, LABEL, contextBytes, plaintext));
      }
    }
    Batch.run(steps, executor, parallelThreshold);
    for (int i = 0; i < n; i++) {
      nodes.add(new UpdatePathNode(publicKeys[i], List.of(cts[i])));
      pathSecrets.put(fdp[i], secrets[i]);
      privateState = privateState.with(fdp[i], keys[i]);
    }
    return new CreatedPath(merged, context, new UpdatePath(leaf, nodes), commitSecret, pathSecrets, privateState);
  }

  /// Merges a received UpdatePath from `sender` into `tree` (RFC 9420 §7.5, §12.4.2) after checking its shape,
  /// the leaf's parent hash (§7.9.2) and the leaf itself (§7.3 via [LeafNodeValidation]: commit source, signature
  /// over `groupId` and the sender's index, capabilities, keys unused by other members).
  public static RatchetTree mergePath(CipherSuite suite, RatchetTree tree, LeafIndex sender, UpdatePath path,
      Bytes groupId) {
    return mergePath(suite, tree, sender, path, groupId, false);
  }

  /// As above; `leafSignatureChecked` when the caller verifies the new leaf's signature itself (see
  /// [LeafNodeValidation#validate(CipherSuite, LeafNode, LeafNodeSource, Bytes, LeafIndex, Clock, RatchetTree,
  /// boolean)]).
  public static RatchetTree mergePath(CipherSuite suite, RatchetTree tree, LeafIndex sender, UpdatePath path,
      Bytes groupId, boolean leafSignatureChecked) {
    if (tree.leaf(sender).isEmpty()) {
      throw new ValidationException(ValidationCheck.SENDER, "the committer's " + sender + " is blank");
    }
    int[] fdp = tree.filteredDirectPath(sender);
    int[] copath = tree.filteredCopath(sender);
    if (path.nodes().size() != fdp.length) {
      throw new ValidationException(ValidationCheck.COMMIT, "update path has " + path.nodes().size()
          + " nodes, the filtered direct path " + fdp.length);
    }
    LeafNode leaf = path.leafNode();
    if (leaf.source() != LeafNodeSource.COMMIT) {
      throw new ValidationException(ValidationCheck.LEAF_NODE, "update path leaf has source " + leaf.source());
    }
    Bytes[] publicKeys = new Bytes[fdp.length];
    for (int i = 0; i < fdp.length; i++) {
      publicKeys[i] = path.nodes().get(i).encryptionKey();
    }
    PathHashes hashes = PathHashes.compute(suite, tree, copath, publicKeys);
    if (!leaf.parentHash().orElseThrow().equals(hashes.leafParentHash())) {
      throw new ValidationException(ValidationCheck.PARENT_HASH, "update path leaf has the wrong parent hash");
    }
    // Commit leaves carry no lifetime, so the clock is never consulted.
    LeafNodeValidation.validate(suite, leaf, LeafNodeSource.COMMIT, groupId, sender, Clock.systemUTC(), tree,
        leafSignatureChecked);
    return merge(tree, sender, leaf, fdp, publicKeys, hashes);
  }

  /// Decrypts the path secret meant for `receiver` from an UpdatePath already merged into `merged` (RFC 9420
  /// §12.4.2), derives the rest of the path and the commit secret, and checks every derived public key against the
  /// path. `context` is the GroupContext with the merged tree's hash.
  public static DecryptedPath decryptPath(CipherSuite suite, RatchetTree merged, LeafIndex sender, UpdatePath path,
      GroupContext context, TreeKemPrivate receiver, Set<LeafIndex> excluded) {
    int[] fdp = merged.filteredDirectPath(sender);
    int[] copath = merged.filteredCopath(sender);
    int receiverNode = receiver.leaf().node().value();
    int i = 0;
    while (i < fdp.length && !TreeMath.isInSubtree(copath[i], receiverNode)) {
      i++;
    }
    if (i == fdp.length || path.nodes().size() != fdp.length) {
      throw new ValidationException(ValidationCheck.COMMIT, "the update path does not cover " + receiver.leaf());
    }
    int[] recipients = recipients(merged, copath[i], excluded);
    List<HpkeCiphertext> cts = path.nodes().get(i).encryptedPathSecret();
    if (cts.size() != recipients.length) {
      throw new ValidationException(ValidationCheck.COMMIT, "update path node " + fdp[i] + " has " + cts.size()
          + " ciphertexts for " + recipients.length + " recipients");
    }
    // The receiver holds keys only for its leaf and nodes above it, so a resolution node outside that line is
    // passed over without a lookup (a 1024-member path's last copath resolution holds 512 leaves).
    int j = 0;
    while (j < recipients.length && !(TreeMath.isInSubtree(recipients[j], receiverNode)
        && receiver.keyPair(recipients[j]).isPresent())) {
      j++;
    }
    if (j == recipients.length) {
      throw new ValidationException(ValidationCheck.COMMIT, receiver.leaf() + " holds no key for node " + copath[i]);
    }
    HpkeKeyPair key = receiver.keyPair(recipients[j]).orElseThrow();
    Secret secret = Secret.wrap(suite.decryptWithLabel(key.privateKey(), key.publicKey(), LABEL,
        context.toByteArray(), cts.get(j).kemOutput(), cts.get(j).ciphertext()));
    Secret first = secret;
    TreeKemPrivate next = receiver.without(TreeMath.directPath(sender.node().value(), merged.leafCount()));
    for (int k = i; k < fdp.length; k++) {
      HpkeKeyPair derived = PathSecrets.nodeKeyPair(suite, secret);
      if (!Bytes.of(derived.publicKey()).equals(path.nodes().get(k).encryptionKey())) {
        throw new ValidationException(ValidationCheck.COMMIT, "path secret for node " + fdp[k]
            + " does not match its public key");
      }
      next = next.with(fdp[k], derived);
      secret = PathSecrets.next(suite, secret);
    }
    return new DecryptedPath(fdp[i], first, secret, next);
  }

  /// The private state of a member who joined through a Welcome carrying a path secret (RFC 9420 §12.4.3.1): the
  /// secret belongs to the lowest common ancestor of `joiner` and the committer `signer`; the joiner derives the
  /// keys of that node and of every node above it on the committer's filtered direct path, and checks each against
  /// the public key in `tree`.
  public static TreeKemPrivate privateStateFromWelcome(CipherSuite suite, RatchetTree tree, LeafIndex joiner,
      HpkeKeyPair leafKey, LeafIndex signer, Secret pathSecret) {
    TreeKemPrivate state = TreeKemPrivate.ofLeaf(joiner, leafKey);
    int ancestor = TreeMath.commonAncestor(joiner.node().value(), signer.node().value());
    int[] fdp = tree.filteredDirectPath(signer);
    int i = 0;
    while (i < fdp.length && fdp[i] != ancestor) {
      i++;
    }
    if (i == fdp.length) {
      throw new ValidationException(ValidationCheck.WELCOME, "the path secret's node " + ancestor
          + " is not on the committer's filtered direct path");
    }
    Secret secret = pathSecret;
    for (; i < fdp.length; i++) {
      HpkeKeyPair derived = PathSecrets.nodeKeyPair(suite, secret);
      if (tree.isBlank(fdp[i]) || !tree.node(fdp[i]).encryptionKey().equals(Bytes.of(derived.publicKey()))) {
        throw new ValidationException(ValidationCheck.WELCOME, "the path secret does not match node " + fdp[i]);
      }
      state = state.with(fdp[i], derived);
      secret = PathSecrets.next(suite, secret);
    }
    return state;
  }

  /// The nodes that receive the path secret of a filtered direct path node: the copath child's resolution without
  /// the leaves added by this commit (RFC 9420 §12.4.2).
  static int[] recipients(RatchetTree tree, int copathChild, Set<LeafIndex> excluded) {
    int[] res = tree.resolution(copathChild);
    if (excluded.isEmpty()) {
      return res;
    }
    return java.util.Arrays.stream(res).filter(r -> (r & 1) == 1 || !excluded.contains(LeafIndex.of(r >>> 1)))
        .toArray();
  }

  private static RatchetTree merge(RatchetTree tree, LeafIndex sender, LeafNode leaf, int[] fdp, Bytes[] keys,
      PathHashes hashes) {
    int[] dp = TreeMath.directPath(sender.node().value(), tree.leafCount());
    int[] indices = new int[dp.length + 1];
    Node[] nodes = new Node[dp.length + 1];
    indices[0] = sender.node().value();
    nodes[0] = leaf;
    int f = 0;
    for (int d = 0; d < dp.length; d++) {
      indices[d + 1] = dp[d];
      if (f < fdp.length && fdp[f] == dp[d]) {
        nodes[d + 1] = new ParentNode(keys[f], hashes.nodeParentHashes()[f], List.of());
        f++;
      }
    }
    return tree.withNodes(indices, nodes);
  }

  private static Secret randomSecret(CipherSuite suite, SecureRandom random) {
    byte[] b = new byte[suite.hashLength()];
    random.nextBytes(b);
    return Secret.wrap(b);
  }

  /// Parent hashes along a new path (RFC 9420 §7.9), top-down: the root's is empty, and each node below stores the
  /// hash of the node above it, taken with the copath child on the other side. The copath subtrees are untouched
  /// by the merge and the new parents have no unmerged leaves, so the current tree hashes are the original ones.
  record PathHashes(Bytes[] nodeParentHashes, Bytes leafParentHash) {

    static PathHashes compute(CipherSuite suite, RatchetTree tree, int[] copath, Bytes[] keys) {
      int n = keys.length;
      Bytes[] ph = new Bytes[n];
      Bytes above = Bytes.EMPTY;
      for (int i = n - 1; i >= 0; i--) {
        ph[i] = above;
        above = Bytes.wrap(ParentHashes.parentHash(suite, keys[i], ph[i], tree.treeHash(suite, copath[i])));
      }
      return new PathHashes(ph, above);
    }
  }
}
