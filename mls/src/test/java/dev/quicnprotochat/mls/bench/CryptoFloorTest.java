package dev.quicnprotochat.mls.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.mls.bench.CryptoFloor.Operation;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CryptoFloorTest {

  @Test
  void addAllCommitVerifiesEveryKeyPackageTwiceAndEncryptsOnceToEachJoiner() {
    Map<Primitive, Integer> c = CryptoFloor.counts(Operation.ADD_ALL_COMMIT, 1024);
    assertEquals(2046, c.get(Primitive.VERIFY));
    assertEquals(1023, c.get(Primitive.HPKE_ENCRYPT));
    assertEquals(2, c.get(Primitive.SIGN));
    assertEquals(null, c.get(Primitive.DERIVE_KEY_PAIR), "an add-only commit needs no path");
  }

  @Test
  void anUpdateAfterAnAddOnlyCommitEncryptsToEveryOtherLeaf() {
    Map<Primitive, Integer> c = CryptoFloor.counts(Operation.UPDATE_COMMIT, 128);
    assertEquals(127, c.get(Primitive.HPKE_ENCRYPT));
    assertEquals(8, c.get(Primitive.DERIVE_KEY_PAIR), "leaf plus seven parents");
  }

  @Test
  void theFloorIsCountsTimesCosts() {
    Map<Primitive, Double> costs = new EnumMap<>(Primitive.class);
    for (Primitive p : Primitive.values()) {
      costs.put(p, 0.0);
    }
    costs.put(Primitive.VERIFY, 10.0);
    costs.put(Primitive.HPKE_DECRYPT, 100.0);
    assertEquals(16 * 10.0 + 100.0, CryptoFloor.micros(Operation.JOIN, 16, costs));
    assertEquals("16 verify + 1 hpke-decrypt", CryptoFloor.describe(Operation.JOIN, 16));
  }

  /// Sizes where every input is at most its small benchmark input: nothing is priced per byte.
  static MessageSizes tiny(int n) {
    return new MessageSizes(200L * (n - 1), 200L * (n - 1), 256L * (n - 1), 200, 200, 256, 200, 200, 256, 1000,
        256L * (2 * n - 1), 200L * (n - 1), 200, 200, 256, 200, 1000, 200, 200);
  }

  private static PrimitiveCosts costs() {
    Map<Primitive, Double> small = new EnumMap<>(Primitive.class);
    Map<Primitive, Double> large = new EnumMap<>(Primitive.class);
    for (Primitive p : Primitive.values()) {
      small.put(p, 1.0);
    }
    small.put(Primitive.VERIFY, 100.0);
    small.put(Primitive.HPKE_DECRYPT, 120.0);
    small.put(Primitive.DERIVE_KEY_PAIR, 40.0);
    // per byte beyond the small input: verify 0.004 µs, AEAD 0.001 µs, hash 0.002 µs, sign 0.003 µs
    large.put(Primitive.VERIFY, 100.0 + 0.004 * (CryptoBenchmark.LARGE - 200));
    large.put(Primitive.AEAD, 1.0 + 0.001 * (CryptoBenchmark.LARGE - 200));
    large.put(Primitive.HASH, 1.0 + 0.002 * (CryptoBenchmark.LARGE - 256));
    large.put(Primitive.SIGN, 1.0 + 0.003 * (CryptoBenchmark.LARGE - 200));
    return new PrimitiveCosts(small, large);
  }

  @Test
  void perByteCostIsTheSlopeBetweenTheSmallAndTheLargeInput() {
    assertEquals(0.004, costs().perByte(Primitive.VERIFY), 1e-12);
    assertEquals(0.0, costs().perByte(Primitive.HPKE_DECRYPT), "HPKE reads fixed-size inputs");
    Map<Primitive, Double> small = new EnumMap<>(costs().small());
    Map<Primitive, Double> faster = new EnumMap<>(costs().large());
    faster.put(Primitive.VERIFY, 50.0); // noise: the large input measured faster than the small one
    assertEquals(0.0, new PrimitiveCosts(small, faster).perByte(Primitive.VERIFY));
  }

  @Test
  void processCommitPricesTheCommitSignatureAeadAndTranscriptHashAtTheirSizes() {
    int n = 1024;
    MessageSizes tiny = tiny(n);
    MessageSizes s = new MessageSizes(tiny.keyPackageTbs(), tiny.keyPackageLeafTbs(), tiny.keyPackages(), 200, 200,
        256, 200, 200, 256, 1000, tiny.treeHashInputs(), tiny.treeLeafTbs(), 85_200, 85_300, 85_256, 200, 85_500, 200,
        200);
    Map<Primitive, CryptoFloor.Load> load = CryptoFloor.sized(Operation.PROCESS_COMMIT, n, s);
    assertEquals(new CryptoFloor.Load(2, 85_200 + 200, 85_000), load.get(Primitive.VERIFY),
        "commit TBS and new leaf");
    assertEquals(new CryptoFloor.Load(2, 85_300 + 200, 85_100), load.get(Primitive.AEAD), "content and sender data");
    // 21 tree-path hashes (10 parent hashes, 11 re-hashed nodes) at 256 B, the confirmed and the interim
    // transcript hashes
    assertEquals(new CryptoFloor.Load(23, 22 * 256 + 85_256, 85_000), load.get(Primitive.HASH));
    assertEquals(1, load.get(Primitive.HPKE_DECRYPT).calls());
    PrimitiveCosts c = costs();
    double counted = CryptoFloor.micros(Operation.PROCESS_COMMIT, n, c.small());
    assertEquals(2 * 100 + 120 + 40 + 21 + 2, counted);
    double sized = CryptoFloor.sizedMicros(Operation.PROCESS_COMMIT, n, s, c);
    assertEquals(counted + 2 /* transcript hashes */ + 85_000 * 0.004 + 85_100 * 0.001 + 85_000 * 0.002, sized,
        1e-9);
    assertEquals("verify +85.0 KB, aead +85.1 KB, hash +2 calls +85.0 KB",
        CryptoFloor.describeSized(Operation.PROCESS_COMMIT, n, s));
  }

  @Test
  void withSmallInputsTheSizedFloorOnlyAddsTheTranscriptAndInfoHashes() {
    PrimitiveCosts c = costs();
    for (Operation op : Operation.values()) {
      double counted = CryptoFloor.micros(op, 64, c.small());
      double sized = CryptoFloor.sizedMicros(op, 64, tiny(64), c);
      int extraHashes = switch (op) {
        case ADD_ALL_COMMIT -> 3; // confirmed and interim transcript hashes, the Welcome's HPKE info
        case JOIN -> 2; // interim transcript hash, HPKE info
        case UPDATE_COMMIT, PROCESS_COMMIT -> 2;
        case ENCRYPT, DECRYPT -> 0;
      };
      int extraAead = op == Operation.ADD_ALL_COMMIT ? 1 : 0; // the commit's sender data
      assertEquals(counted + extraHashes + extraAead, sized, 1e-9, op.label());
    }
  }

  @Test
  void theWelcomeIsPricedAtTheGroupInfoItCarries() {
    int n = 16;
    MessageSizes t = tiny(n);
    MessageSizes s = new MessageSizes(t.keyPackageTbs(), t.keyPackageLeafTbs(), t.keyPackages(), 200, 200, 256,
        40_200, 40_300, 40_320, 50_000, t.treeHashInputs(), t.treeLeafTbs(), 200, 200, 256, 200, 1000, 200, 200);
    Map<Primitive, CryptoFloor.Load> join = CryptoFloor.sized(Operation.JOIN, n, s);
    assertEquals(new CryptoFloor.Load(16, 40_200 + 15 * 200, 40_000), join.get(Primitive.VERIFY));
    assertEquals(new CryptoFloor.Load(1, 40_300, 40_100), join.get(Primitive.AEAD));
    // The Welcome's HPKE info (40 320 B) is one large input; the 31 small tree-hash inputs do not offset it.
    assertEquals(40_320 - 256, join.get(Primitive.HASH).extraBytes());
    Map<Primitive, CryptoFloor.Load> add = CryptoFloor.sized(Operation.ADD_ALL_COMMIT, n, s);
    assertEquals(new CryptoFloor.Load(2, 200 + 40_200, 40_000), add.get(Primitive.SIGN), "commit and GroupInfo");
    assertEquals(new CryptoFloor.Load(3, 200 + 200 + 40_300, 40_100), add.get(Primitive.AEAD));
  }

  @Test
  void messageSizesComeFromTheScenariosMessages() {
    int n = 16;
    MessageSizes s = MessageSizes.measure(1, n);
    // The update commit carries an HPKE ciphertext (32-byte KEM output, 16-byte tag) for each of the 15 others.
    assertTrue(s.updateCommitTbs() > 15 * 48, "TBS " + s.updateCommitTbs());
    // TBS, ciphertext and transcript input all hold the same commit; they differ by headers, signature and tags.
    assertTrue(Math.abs(s.updateCommitCiphertext() - s.updateCommitTbs()) < 300, s.toString());
    assertTrue(Math.abs(s.updateCommitTranscript() - s.updateCommitTbs()) < 300, s.toString());
    assertTrue(s.updateCommit() > s.updateCommitCiphertext(), "the message holds the ciphertext");
    // The Welcome holds the encrypted GroupInfo, which holds its TBS (with the ratchet tree of all 16 leaves).
    assertTrue(s.welcome() > s.encryptedGroupInfo() && s.encryptedGroupInfo() > s.groupInfoTbs(), s.toString());
    assertTrue(s.groupInfoTbs() > s.treeLeafTbs(), "the GroupInfo's ratchet tree holds every leaf");
    assertTrue(s.welcomeEncryptContext() > s.encryptedGroupInfo(), "EncryptContext holds encrypted_group_info");
    assertTrue(s.applicationCiphertext() >= GroupBenchmark.MESSAGE_BYTES, s.toString());
  }

  @Test
  void groupSizesMustBePowersOfTwo() {
    assertThrows(IllegalArgumentException.class, () -> CryptoFloor.counts(Operation.JOIN, 100));
  }
}
