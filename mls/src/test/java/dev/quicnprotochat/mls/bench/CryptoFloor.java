package dev.quicnprotochat.mls.bench;

import java.util.EnumMap;
import java.util.Map;

/// The least cryptography RFC 9420 requires for each benchmarked operation in a group of `n` members, where all
/// `n - 1` joiners were added by one add-only commit of the creator (leaf 0) and the measured member is leaf
/// `n - 1`, as in [GroupBenchmark] and ts-mls's bench.mjs. Multiplied by the primitive costs measured in the same
/// run, it is the time an implementation doing nothing but that cryptography on one core would take.
///
/// Counted: signatures, signature verifications, HPKE EncryptWithLabel / DecryptWithLabel, HPKE DeriveKeyPair,
/// AEAD operations, and hashes (tree-hash nodes, parent hashes, references). Not counted (each a few µs per
/// operation, below the error of the figures): the key schedule's HKDF calls, MACs, transcript hashes and the
/// secret-tree ratchet steps. A tree hash is counted as if cached (only changed nodes re-hashed), which §7.8
/// allows; the floor assumes one core (the 2-core machine is shared).
public final class CryptoFloor {

  /// One benchmarked operation.
  public enum Operation {
    ADD_ALL_COMMIT("add-all commit"),
    JOIN("join"),
    UPDATE_COMMIT("update commit"),
    PROCESS_COMMIT("process commit"),
    ENCRYPT("encrypt"),
    DECRYPT("decrypt");

    private final String label;

    Operation(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  private CryptoFloor() {
  }

  /// How often each primitive runs in `op` for a group of `n` members (`n` a power of two, ≥ 2).
  public static Map<Primitive, Integer> counts(Operation op, int n) {
    if (n < 2 || Integer.bitCount(n) != 1) {
      throw new IllegalArgumentException("n must be a power of two >= 2: " + n);
    }
    int depth = Integer.numberOfTrailingZeros(n); // log2 n: parent nodes on a direct path
    int treeNodes = 2 * n - 1;
    Map<Primitive, Integer> c = new EnumMap<>(Primitive.class);
    switch (op) {
      case ADD_ALL_COMMIT -> {
        // §10.1 / §7.3: each KeyPackage's own signature and its leaf node's signature are verified.
        c.put(Primitive.VERIFY, 2 * (n - 1));
        // §12.1.8: FramedContent signature of the commit; §12.4.3: the signed GroupInfo in the Welcome.
        c.put(Primitive.SIGN, 2);
        // §12.4.3.1: GroupSecrets encrypted to each new member's init key. Add-only: no UpdatePath (§12.4).
        c.put(Primitive.HPKE_ENCRYPT, n - 1);
        // KeyPackageRefs (§5.2) and the new tree's hash (§7.8: every node is new); the GroupInfo encryption and the
        // PrivateMessage framing of the commit.
        c.put(Primitive.HASH, (n - 1) + treeNodes);
        c.put(Primitive.AEAD, 2);
      }
      case JOIN -> {
        // §12.4.3.1: own KeyPackageRef; decrypt GroupSecrets; verify the GroupInfo signature; verify every other
        // leaf's signature and the tree hash (§7.9.2 / §12.4.3.1) over all 2n - 1 nodes.
        c.put(Primitive.HPKE_DECRYPT, 1);
        c.put(Primitive.VERIFY, 1 + (n - 1));
        c.put(Primitive.HASH, 1 + treeNodes);
        c.put(Primitive.AEAD, 1);
      }
      case UPDATE_COMMIT -> {
        // §7.4 / §12.4.2: new leaf key and path: DeriveKeyPair for the leaf and each of the log2 n parents; after
        // an add-only commit all parents are blank, so the copath resolutions hold every other leaf: n - 1 HPKE
        // encryptions. Signed: the new leaf node (§7.3) and the commit (§6.1).
        c.put(Primitive.DERIVE_KEY_PAIR, depth + 1);
        c.put(Primitive.HPKE_ENCRYPT, n - 1);
        c.put(Primitive.SIGN, 2);
        // parent hashes along the path (§7.9) and the re-hashed path for the tree hash.
        c.put(Primitive.HASH, depth + (depth + 1));
        c.put(Primitive.AEAD, 2);
      }
      case PROCESS_COMMIT -> {
        // Leaf n - 1 shares only the root with leaf 0: one HPKE decryption of the root's path secret and one
        // DeriveKeyPair to check the root's public key (§12.4.2). Verified: commit signature and new leaf node.
        c.put(Primitive.VERIFY, 2);
        c.put(Primitive.HPKE_DECRYPT, 1);
        c.put(Primitive.DERIVE_KEY_PAIR, 1);
        c.put(Primitive.HASH, depth + (depth + 1));
        c.put(Primitive.AEAD, 2);
      }
      case ENCRYPT -> {
        // §6.3: content signed, then AEAD for the content and for the sender data.
        c.put(Primitive.SIGN, 1);
        c.put(Primitive.AEAD, 2);
      }
      case DECRYPT -> {
        c.put(Primitive.VERIFY, 1);
        c.put(Primitive.AEAD, 2);
      }
    }
    return c;
  }

  /// The floor in microseconds: counts × per-primitive cost in microseconds.
  public static double micros(Operation op, int n, Map<Primitive, Double> costMicros) {
    double total = 0;
    for (Map.Entry<Primitive, Integer> e : counts(op, n).entrySet()) {
      Double cost = costMicros.get(e.getKey());
      if (cost == null) {
        throw new IllegalArgumentException("no measured cost for " + e.getKey());
      }
      total += e.getValue() * cost;
    }
    return total;
  }

  /// The counts as text, e.g. `2046 verify + 1023 hpke-enc + 2 sign`.
  public static String describe(Operation op, int n) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Primitive, Integer> e : counts(op, n).entrySet()) {
      if (e.getKey() == Primitive.HASH || e.getKey() == Primitive.AEAD) {
        continue;
      }
      if (!sb.isEmpty()) {
        sb.append(" + ");
      }
      sb.append(e.getValue()).append(' ').append(e.getKey().name().toLowerCase(java.util.Locale.ROOT)
          .replace('_', '-'));
    }
    return sb.toString();
  }
}
