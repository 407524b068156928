package dev.quicnprotochat.mls.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.quicnprotochat.mls.bench.CryptoFloor.Load;
import dev.quicnprotochat.mls.bench.CryptoFloor.Operation;
import dev.quicnprotochat.mls.bench.FloorReplay.Calls;
import dev.quicnprotochat.mls.crypto.CipherSuites;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorReplayTest {

  @Test
  void aLoadWithExtraBytesIsItsSmallCallsAndOneCallCarryingAllTheExtraBytes() {
    Map<Primitive, Load> loads = new EnumMap<>(Primitive.class);
    loads.put(Primitive.VERIFY, new Load(2, 85_200 + 200, 85_000));
    loads.put(Primitive.HPKE_DECRYPT, new Load(1, 0, 0));
    loads.put(Primitive.HASH, new Load(23, 22 * 256 + 85_256, 85_000));
    assertEquals(List.of(
        new Calls(Primitive.VERIFY, 1, 200),
        new Calls(Primitive.VERIFY, 1, 85_200),
        new Calls(Primitive.HPKE_DECRYPT, 1, 0),
        new Calls(Primitive.HASH, 22, 256),
        new Calls(Primitive.HASH, 1, 85_256)), FloorReplay.plan(loads, 1));
  }

  @Test
  void aShotOfAHundredMessagesReplaysEachCallAHundredTimes() {
    Map<Primitive, Load> loads = new EnumMap<>(Primitive.class);
    loads.put(Primitive.SIGN, new Load(1, 300, 100));
    loads.put(Primitive.AEAD, new Load(2, 400, 0));
    assertEquals(List.of(new Calls(Primitive.SIGN, 100, 300), new Calls(Primitive.AEAD, 200, 200)),
        FloorReplay.plan(loads, 100));
  }

  /// The replay's calls are the sized floor's: same count per primitive, same bytes in total.
  @Test
  void thePlanOfEveryOperationCoversTheSizedFloorExactly() {
    MessageSizes sizes = CryptoFloorTest.tiny(16);
    for (Operation op : Operation.values()) {
      Map<Primitive, Load> loads = CryptoFloor.sized(op, 16, sizes);
      Map<Primitive, Integer> calls = new EnumMap<>(Primitive.class);
      Map<Primitive, Long> extra = new EnumMap<>(Primitive.class);
      for (Calls c : FloorReplay.plan(loads, 1)) {
        calls.merge(c.primitive(), c.count(), Integer::sum);
        extra.merge(c.primitive(), (long) c.count() * (c.bytes() - c.primitive().smallBytes()), Long::sum);
      }
      for (Map.Entry<Primitive, Load> e : loads.entrySet()) {
        assertEquals(e.getValue().calls(), calls.get(e.getKey()), op + " " + e.getKey());
        assertEquals(e.getValue().extraBytes(), extra.get(e.getKey()), op + " " + e.getKey());
      }
    }
  }

  /// Every call of a plan really runs: a verification over the prepared input succeeds (a wrong signature or input
  /// would count 0), and the whole plan runs without error on a real suite.
  @Test
  void theReplayRunsEveryPrimitiveOnARealSuite() {
    FloorReplay replay = new FloorReplay(CipherSuites.byId(1));
    List<Calls> verifies = List.of(new Calls(Primitive.VERIFY, 3, 200), new Calls(Primitive.VERIFY, 2, 5_000));
    replay.prepare(verifies);
    assertEquals(5, replay.run(verifies), "each verification succeeds");
    List<Calls> all = FloorReplay.plan(CryptoFloor.sized(Operation.PROCESS_COMMIT, 16, CryptoFloorTest.tiny(16)), 1);
    replay.prepare(all);
    replay.run(all);
  }

  @Test
  void aPairedLineReadsBackAsWritten() {
    FloorPairs.Result r = new FloorPairs.Result(Operation.PROCESS_COMMIT, 1024, 15,
        new FloorPairs.Stats(1.466, 1.074, 1.51, 0.84, 4.42), new FloorPairs.Stats(1.2, 1.0, 1.2, 1.1, 1.3));
    assertEquals(r, FloorPairs.Result.parse(r.line()));
    FloorPairs.Result twoThreads = new FloorPairs.Result(Operation.JOIN, 16, 3,
        new FloorPairs.Stats(1.5, 1.0, 1.5, 1.25, 2.0), FloorPairs.Stats.NONE);
    assertEquals(twoThreads.line(), FloorPairs.Result.parse(twoThreads.line()).line(), "NaN survives");
    assertThrows(IllegalArgumentException.class, () -> FloorPairs.Result.parse("N = 1024 process commit"));
  }

  @Test
  void eachPairGivesOneRatioAndTheFigureIsTheirMedian() {
    FloorPairs.Stats s = FloorPairs.Stats.of(new double[] {2, 9, 3}, new double[] {1, 3, 1});
    assertEquals(new FloorPairs.Stats(3, 1, 3, 2, 3), s, "ratios 2, 3, 3: not median(java) / median(floor)");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, FloorPairs.median(new double[] {4, 1, 3, 2}));
    assertEquals(3.0, FloorPairs.median(new double[] {5, 1, 3}));
  }
}
