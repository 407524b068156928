package dev.quicnprotochat.mls.treekem;

import dev.quicnprotochat.mls.crypto.HpkeKeyPair;
import dev.quicnprotochat.mls.treemath.LeafIndex;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/// A member's private view of the ratchet tree: the HPKE key pairs of its leaf and of those nodes on its direct
/// path whose path secrets it knows (RFC 9420 §7.3, §7.4). Immutable; `toString` never prints keys.
public final class TreeKemPrivate {

  private final LeafIndex leaf;
  private final Map<Integer, HpkeKeyPair> keys;

  private TreeKemPrivate(LeafIndex leaf, Map<Integer, HpkeKeyPair> keys) {
    this.leaf = Objects.requireNonNull(leaf);
    this.keys = Collections.unmodifiableMap(keys);
  }

  /// The state of a member who knows only its leaf key pair, e.g. right after joining without a path secret.
  public static TreeKemPrivate ofLeaf(LeafIndex leaf, HpkeKeyPair leafKey) {
    Map<Integer, HpkeKeyPair> keys = new HashMap<>();
    keys.put(leaf.node().value(), leafKey);
    return new TreeKemPrivate(leaf, keys);
  }

  public LeafIndex leaf() {
    return leaf;
  }

  /// The key pair of node `node`, if this member holds it.
  public Optional<HpkeKeyPair> keyPair(int node) {
    return Optional.ofNullable(keys.get(node));
  }

  /// The nodes whose private keys this member holds.
  public java.util.Set<Integer> nodes() {
    return keys.keySet();
  }

  /// A copy that also holds `keyPair` for `node`, replacing any earlier key there.
  public TreeKemPrivate with(int node, HpkeKeyPair keyPair) {
    Map<Integer, HpkeKeyPair> copy = new HashMap<>(keys);
    copy.put(node, keyPair);
    return new TreeKemPrivate(leaf, copy);
  }

  /// A copy without the keys of `nodes` (nodes that were blanked or replaced).
  public TreeKemPrivate without(int[] nodes) {
    Map<Integer, HpkeKeyPair> copy = new HashMap<>(keys);
    for (int n : nodes) {
      if (n != leaf.node().value()) {
        copy.remove(n);
      }
    }
    return new TreeKemPrivate(leaf, copy);
  }

  @Override
  public String toString() {
    return "TreeKemPrivate[" + leaf + ", " + keys.size() + " keys, <redacted>]";
  }
}
