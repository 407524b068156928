package dev.quicnprotochat.mls.bench;

import java.util.EnumMap;
import java.util.Map;

/// The least cryptography RFC 9420 requires for each benchmarked operation in a group of `n` members, where all
/// `n - 1` joiners were added by one add-only commit of the creator (leaf 0) and the measured member is leaf
/// `n - 1`, as in [GroupBenchmark] and ts-mls's bench.mjs. Multiplied by the primitive costs measured in the same
/// run, it is the time an implementation doing nothing but that cryptography on one core would take.
///
/// Two countings (docs/performance.md, "The sized floor"):
///
/// - **counted** ([#counts], [#micros]): how many signatures, verifications, HPKE operations, DeriveKeyPairs, AEAD
///   operations and hashes (tree-hash nodes, parent hashes, references) run, each priced at its small benchmark
///   input (a 200-byte signed content, 200 bytes of AEAD, 256 bytes of hash). Not counted: transcript hashes, the
///   key schedule's HKDF calls, MACs and the secret-tree ratchet steps.
/// - **sized** ([#sized], [#sizedMicros]): the same calls plus the transcript hashes and the HPKE `info` hash of the
///   Welcome, each reading the bytes it reads in the benchmark's messages ([MessageSizes]): a signature over its
///   whole TBS struct, an AEAD over the whole message, a hash over its whole input. Each byte beyond the small
///   input costs the per-byte slope of the primitive ([PrimitiveCosts#perByte]).
///
/// A tree hash is counted as if cached (only changed nodes re-hashed), which §7.8 allows; the floor assumes one
/// core (the 2-core machine is shared).
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

  /// Calls of one primitive in an operation, the bytes they read in total, and the bytes they read beyond the small
  /// benchmark input of each call (summed over groups of like calls, e.g. the 1023 KeyPackage signatures, so that
  /// one large input is never offset by many small ones).
  public record Load(int calls, long bytes, long extraBytes) {

    Load plus(Load o) {
      return new Load(calls + o.calls, bytes + o.bytes, extraBytes + o.extraBytes);
    }
  }

  /// The sized counting: each primitive's calls in `op` and the bytes they read, from the scenario's messages.
  public static Map<Primitive, Load> sized(Operation op, int n, MessageSizes s) {
    counts(op, n); // validates n
    int depth = Integer.numberOfTrailingZeros(n);
    int treeNodes = 2 * n - 1;
    Map<Primitive, Load> c = new EnumMap<>(Primitive.class);
    switch (op) {
      case ADD_ALL_COMMIT -> {
        add(c, Primitive.VERIFY, n - 1, s.keyPackageTbs());
        add(c, Primitive.VERIFY, n - 1, s.keyPackageLeafTbs());
        add(c, Primitive.SIGN, 1, s.addCommitTbs());
        add(c, Primitive.SIGN, 1, s.groupInfoTbs()); // the GroupInfoTBS holds the ratchet tree
        small(c, Primitive.HPKE_ENCRYPT, n - 1);
        add(c, Primitive.HASH, n - 1, s.keyPackages()); // KeyPackageRefs (§5.2)
        add(c, Primitive.HASH, treeNodes, s.treeHashInputs());
        add(c, Primitive.HASH, 1, s.addCommitTranscript()); // confirmed transcript hash (§8.2)
        small(c, Primitive.HASH, 1); // interim transcript hash
        add(c, Primitive.HASH, 1, s.welcomeEncryptContext()); // HPKE info (RFC 9180 §5.1), same for every joiner
        add(c, Primitive.AEAD, 1, s.addCommitCiphertext());
        small(c, Primitive.AEAD, 1); // sender data
        add(c, Primitive.AEAD, 1, s.encryptedGroupInfo());
      }
      case JOIN -> {
        small(c, Primitive.HPKE_DECRYPT, 1);
        add(c, Primitive.VERIFY, 1, s.groupInfoTbs());
        add(c, Primitive.VERIFY, n - 1, s.treeLeafTbs());
        small(c, Primitive.HASH, 1); // own KeyPackageRef
        add(c, Primitive.HASH, treeNodes, s.treeHashInputs());
        add(c, Primitive.HASH, 1, s.welcomeEncryptContext());
        small(c, Primitive.HASH, 1); // interim transcript hash
        add(c, Primitive.AEAD, 1, s.encryptedGroupInfo());
      }
      case UPDATE_COMMIT, PROCESS_COMMIT -> {
        boolean committer = op == Operation.UPDATE_COMMIT;
        Primitive signature = committer ? Primitive.SIGN : Primitive.VERIFY;
        add(c, signature, 1, s.updateCommitTbs());
        add(c, signature, 1, s.updateLeafTbs());
        if (committer) {
          small(c, Primitive.DERIVE_KEY_PAIR, depth + 1);
          small(c, Primitive.HPKE_ENCRYPT, n - 1);
        } else {
          small(c, Primitive.HPKE_DECRYPT, 1);
          small(c, Primitive.DERIVE_KEY_PAIR, 1);
        }
        small(c, Primitive.HASH, depth + (depth + 1));
        add(c, Primitive.HASH, 1, s.updateCommitTranscript());
        small(c, Primitive.HASH, 1); // interim transcript hash
        add(c, Primitive.AEAD, 1, s.updateCommitCiphertext());
        small(c, Primitive.AEAD, 1); // sender data
      }
      case ENCRYPT, DECRYPT -> {
        add(c, op == Operation.ENCRYPT ? Primitive.SIGN : Primitive.VERIFY, 1, s.applicationTbs());
        add(c, Primitive.AEAD, 1, s.applicationCiphertext());
        small(c, Primitive.AEAD, 1);
      }
    }
    return c;
  }

  /// `calls` like calls that read `bytes` in total. Their bytes beyond the small inputs are summed before the small
  /// inputs are taken off, which can only lower the floor (a lower bound stays one).
  private static void add(Map<Primitive, Load> c, Primitive p, int calls, long bytes) {
    long extra = Math.max(0, bytes - (long) calls * p.smallBytes());
    c.merge(p, new Load(calls, bytes, extra), Load::plus);
  }

  /// Calls whose inputs are fixed-size (keys, secrets) or at most the small benchmark input.
  private static void small(Map<Primitive, Load> c, Primitive p, int calls) {
    add(c, p, calls, (long) calls * p.smallBytes());
  }

  /// The sized floor in microseconds: per primitive, calls × cost per call + bytes beyond the small inputs × cost
  /// per byte.
  public static double sizedMicros(Operation op, int n, MessageSizes s, PrimitiveCosts costs) {
    double total = 0;
    for (Map.Entry<Primitive, Load> e : sized(op, n, s).entrySet()) {
      Primitive p = e.getKey();
      total += e.getValue().calls() * costs.perCall(p) + e.getValue().extraBytes() * costs.perByte(p);
    }
    return total;
  }

  /// What the sized floor adds to the counted one, as text, e.g. `verify +84.9 KB, aead +85.0 KB, hash +85.0 KB`
  /// (extra calls that read no more than a small input are left out).
  public static String describeSized(Operation op, int n, MessageSizes s) {
    StringBuilder sb = new StringBuilder();
    Map<Primitive, Integer> counted = counts(op, n);
    for (Map.Entry<Primitive, Load> e : sized(op, n, s).entrySet()) {
      Primitive p = e.getKey();
      int moreCalls = e.getValue().calls() - counted.getOrDefault(p, 0);
      long extra = e.getValue().extraBytes();
      if (extra == 0 && moreCalls == 0) {
        continue;
      }
      sb.append(sb.isEmpty() ? "" : ", ").append(p.label());
      if (moreCalls != 0) {
        sb.append(String.format(java.util.Locale.ROOT, " %+d call%s", moreCalls,
            Math.abs(moreCalls) == 1 ? "" : "s"));
      }
      if (extra > 0) {
        sb.append(String.format(java.util.Locale.ROOT, " +%.1f KB", extra / 1000.0));
      }
    }
    return sb.toString();
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
      sb.append(e.getValue()).append(' ').append(e.getKey().label());
    }
    return sb.toString();
  }
}
