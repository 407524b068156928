package dev.quicnprotochat.mls.secrettree;

import dev.quicnprotochat.mls.UsageException;
import dev.quicnprotochat.mls.codec.TlsReader;
import dev.quicnprotochat.mls.codec.TlsWriter;
import dev.quicnprotochat.mls.crypto.CipherSuite;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import dev.quicnprotochat.mls.treemath.TreeMath;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import javax.security.auth.Destroyable;

/// The secret tree of RFC 9420 §9, rooted at the epoch's `encryption_secret`:
///
/// ```
/// left_secret  = ExpandWithLabel(tree_node_[N]_secret, "tree", "left", KDF.Nh)
/// right_secret = ExpandWithLabel(tree_node_[N]_secret, "tree", "right", KDF.Nh)
/// handshake_ratchet_secret_[N]_[0]   = ExpandWithLabel(leaf_secret, "handshake", "", KDF.Nh)
/// application_ratchet_secret_[N]_[0] = ExpandWithLabel(leaf_secret, "application", "", KDF.Nh)
/// ```
///
/// Node secrets are derived lazily, only along the path to a leaf someone asks for, and each is zeroed as soon as
/// its children exist (§9.2), so a later compromise reveals nothing about keys already consumed. Not thread-safe.
public final class SecretTree implements Destroyable {

  /// Default for how far a receiver ratchets ahead to reach a generation (§9.2 leaves the policy to the application).
  public static final int DEFAULT_MAX_FORWARD_DISTANCE = 1000;
  /// Default for how many skipped keys per ratchet are kept for out-of-order messages.
  public static final int DEFAULT_MAX_SKIPPED_KEYS = 128;

  private static final byte[] LEFT = "left".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RIGHT = "right".getBytes(StandardCharsets.US_ASCII);

  private final CipherSuite suite;
  private final int leafCount;
  private final int maxForwardDistance;
  private final int maxSkippedKeys;
  // Sparse, keyed by node or leaf index: a tree holds secrets only along the paths derived so far and ratchets only
  // for members who sent, so a copy (one per message processed) costs O(log N + senders), not O(N).
  private final HashMap<Integer, byte[]> nodeSecrets;
  private final HashMap<Integer, HashRatchet> handshake;
  private final HashMap<Integer, HashRatchet> application;
  private boolean destroyed;

  public SecretTree(CipherSuite suite, byte[] encryptionSecret, int leafCount) {
    this(suite, encryptionSecret, leafCount, DEFAULT_MAX_FORWARD_DISTANCE, DEFAULT_MAX_SKIPPED_KEYS);
  }

  /// `encryptionSecret` is copied; `leafCount` is the (power-of-two) leaf count of the ratchet tree.
  public SecretTree(CipherSuite suite, byte[] encryptionSecret, int leafCount, int maxForwardDistance,
      int maxSkippedKeys) {
    if (encryptionSecret.length != suite.hashLength()) {
      throw new UsageException("encryption_secret must be " + suite.hashLength() + " bytes");
    }
    if (maxForwardDistance < 0 || maxSkippedKeys < 0) {
      throw new UsageException("ratchet limits must not be negative");
    }
    this.suite = suite;
    this.leafCount = leafCount;
    this.maxForwardDistance = maxForwardDistance;
    this.maxSkippedKeys = maxSkippedKeys;
    this.nodeSecrets = new HashMap<>();
    this.nodeSecrets.put(TreeMath.root(leafCount), encryptionSecret.clone());
    this.handshake = new HashMap<>();
    this.application = new HashMap<>();
  }

  public int leafCount() {
    return leafCount;
  }

  /// The ratchet of `type` for `leaf`, created on first use.
  public HashRatchet ratchet(LeafIndex leaf, RatchetType type) {
    if (destroyed) {
      throw new UsageException("secret tree was destroyed");
    }
    int i = leaf.value();
    if (i >= leafCount) {
      throw new UsageException("leaf " + i + " is outside a tree of " + leafCount + " leaves");
    }
    HashMap<Integer, HashRatchet> ratchets = type == RatchetType.HANDSHAKE ? handshake : application;
    HashRatchet r = ratchets.get(i);
    if (r == null) {
      initialiseLeaf(i);
      r = ratchets.get(i);
    }
    return r;
  }

  private void initialiseLeaf(int leaf) {
    int node = 2 * leaf;
    byte[] leafSecret = nodeSecret(node);
    byte[] empty = new byte[0];
    int nh = suite.hashLength();
    handshake.put(leaf, new HashRatchet(suite, suite.expandWithLabel(leafSecret, RatchetType.HANDSHAKE.label(),
        empty, nh), maxForwardDistance, maxSkippedKeys));
    application.put(leaf, new HashRatchet(suite, suite.expandWithLabel(leafSecret, RatchetType.APPLICATION.label(),
        empty, nh), maxForwardDistance, maxSkippedKeys));
    Arrays.fill(leafSecret, (byte) 0);
    nodeSecrets.remove(node);
  }

  /// The secret of `node`, deriving down from the nearest ancestor that still holds one and consuming the secrets
  /// on the way.
  private byte[] nodeSecret(int node) {
    int root = TreeMath.root(leafCount);
    int[] path = new int[32];
    int depth = 0;
    int x = node;
    while (!nodeSecrets.containsKey(x)) {
      if (x == root) {
        throw new UsageException("secret for node " + node + " was already consumed");
      }
      path[depth++] = x;
      x = TreeMath.parent(x, leafCount);
    }
    while (depth > 0) {
      byte[] parentSecret = nodeSecrets.remove(x);
      nodeSecrets.put(TreeMath.left(x), suite.expandWithLabel(parentSecret, "tree", LEFT, suite.hashLength()));
      nodeSecrets.put(TreeMath.right(x), suite.expandWithLabel(parentSecret, "tree", RIGHT, suite.hashLength()));
      Arrays.fill(parentSecret, (byte) 0);
      x = path[--depth];
    }
    return nodeSecrets.get(node);
  }

  /// An independent deep copy: using one never changes the other. A group works on a copy while it processes a
  /// message, so that a message rejected half-way leaves the stored tree untouched.
  public SecretTree copy() {
    if (destroyed) {
      throw new UsageException("secret tree was destroyed");
    }
    SecretTree c = new SecretTree(suite, leafCount, maxForwardDistance, maxSkippedKeys);
    nodeSecrets.forEach((i, secret) -> c.nodeSecrets.put(i, secret.clone()));
    handshake.forEach((i, r) -> c.handshake.put(i, r.copy()));
    application.forEach((i, r) -> c.application.put(i, r.copy()));
    return c;
  }

  private SecretTree(CipherSuite suite, int leafCount, int maxForwardDistance, int maxSkippedKeys) {
    this.suite = suite;
    this.leafCount = leafCount;
    this.maxForwardDistance = maxForwardDistance;
    this.maxSkippedKeys = maxSkippedKeys;
    this.nodeSecrets = new HashMap<>();
    this.handshake = new HashMap<>();
    this.application = new HashMap<>();
  }

  /// Writes the whole state (remaining node secrets, ratchets and their skipped keys) for storage. The encoding is
  /// deterministic, so decoding and re-encoding gives the same bytes. Contains secrets: store it protected.
  public void encodeState(TlsWriter w) {
    if (destroyed) {
      throw new UsageException("secret tree was destroyed");
    }
    w.u32(leafCount).u32(maxForwardDistance).u32(maxSkippedKeys);
    int nodes = TreeMath.nodeWidth(leafCount);
    for (int i = 0; i < nodes; i++) {
      w.optional(java.util.Optional.ofNullable(nodeSecrets.get(i)), TlsWriter::opaque);
    }
    for (int i = 0; i < leafCount; i++) {
      w.optional(java.util.Optional.ofNullable(handshake.get(i)), (x, r) -> r.encodeState(x));
      w.optional(java.util.Optional.ofNullable(application.get(i)), (x, r) -> r.encodeState(x));
    }
  }

  /// Reads a state written by [#encodeState].
  public static SecretTree decodeState(CipherSuite suite, TlsReader r) {
    long leaves = r.u32();
    if (leaves < 1 || leaves > (1 << 20) || Long.bitCount(leaves) != 1) {
      throw new dev.quicnprotochat.mls.CodecException("secret tree leaf count " + leaves);
    }
    int maxFwd = r.u32AsInt();
    int maxSkipped = r.u32AsInt();
    SecretTree t = new SecretTree(suite, (int) leaves, maxFwd, maxSkipped);
    int nodes = TreeMath.nodeWidth(t.leafCount);
    for (int i = 0; i < nodes; i++) {
      int node = i;
      r.optional(TlsReader::opaque).ifPresent(s -> t.nodeSecrets.put(node, s));
    }
    for (int i = 0; i < t.leafCount; i++) {
      int leaf = i;
      r.optional(x -> HashRatchet.decodeState(suite, x, maxFwd, maxSkipped)).ifPresent(h -> t.handshake.put(leaf, h));
      r.optional(x -> HashRatchet.decodeState(suite, x, maxFwd, maxSkipped)).ifPresent(a -> t.application.put(leaf,
          a));
    }
    return t;
  }

  @Override
  public void destroy() {
    destroyed = true;
    nodeSecrets.values().forEach(s -> Arrays.fill(s, (byte) 0));
    nodeSecrets.clear();
    handshake.values().forEach(HashRatchet::destroy);
    application.values().forEach(HashRatchet::destroy);
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return "SecretTree[leaves=" + leafCount + ", <redacted>]";
  }
}
