package dev.quicnprotochat.mls.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

  @Test
  void groupSizesMustBePowersOfTwo() {
    assertThrows(IllegalArgumentException.class, () -> CryptoFloor.counts(Operation.JOIN, 100));
  }
}
