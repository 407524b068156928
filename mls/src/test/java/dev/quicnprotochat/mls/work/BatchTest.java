package dev.quicnprotochat.mls.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BatchTest {

  @Test
  void resultsComeInIndexOrderAndEveryStepRunsOnce() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      AtomicIntegerArray runs = new AtomicIntegerArray(500);
      List<Integer> out = Batch.map(500, pool, 1, i -> {
        runs.incrementAndGet(i);
        return i * i;
      });
      assertEquals(IntStream.range(0, 500).map(i -> i * i).boxed().toList(), out);
      for (int i = 0; i < 500; i++) {
        assertEquals(1, runs.get(i), "step " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /// The calling thread takes part: with a pool that accepts the steps but never gets to them, the batch still
  /// finishes, every step on the calling thread (waiting for the pool alone would wait for ever).
  @Test
  void theCallerRunsTheStepsThePoolDoesNotGetTo() {
    List<Runnable> accepted = new ArrayList<>();
    Executor idle = accepted::add;
    Thread caller = Thread.currentThread();
    Set<Thread> ranOn = ConcurrentHashMap.newKeySet();
    List<String> out = Batch.map(10, idle, 1, i -> {
      ranOn.add(Thread.currentThread());
      return "r" + i;
    });
    assertEquals(10, accepted.size(), "every step was offered to the pool");
    assertEquals(IntStream.range(0, 10).mapToObj(i -> "r" + i).toList(), out);
    assertEquals(Set.of(caller), ranOn);
    accepted.forEach(Runnable::run); // a pool that wakes up late finds them done, and runs nothing twice
    assertEquals(Set.of(caller), ranOn);
  }

  @Test
  void aRejectingPoolLeavesTheWorkToTheCaller() {
    Executor full = task -> {
      throw new RejectedExecutionException("saturated");
    };
    assertEquals(List.of(0, 1, 2, 3), Batch.map(4, full, 1, i -> i));
  }

  @Test
  void belowTheThresholdThePoolIsNotUsed() {
    Executor forbidden = task -> {
      throw new AssertionError("the pool was used");
    };
    assertEquals(List.of(0, 2, 4), Batch.map(3, forbidden, 4, i -> 2 * i));
    Batch.run(List.of(() -> { }, () -> { }), forbidden, 3);
  }

  /// The failure of the lowest index comes back as thrown, and only after every step ran.
  @Test
  void theFirstFailureIsRethrownAsItWasThrownAfterAllStepsRan() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      IllegalArgumentException third = new IllegalArgumentException("step 3");
      AtomicIntegerArray runs = new AtomicIntegerArray(50);
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Batch.map(50, pool, 1, i -> {
        runs.incrementAndGet(i);
        if (i == 3) {
          throw third;
        }
        if (i == 40) {
          throw new IllegalStateException("step 40");
        }
        return i;
      }));
      assertSame(third, thrown);
      for (int i = 0; i < 50; i++) {
        assertEquals(1, runs.get(i), "step " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /// A caller interrupted while a pool thread still runs a step waits for that step all the same (its result is
  /// needed), and keeps the interrupt for whoever called it.
  @Test
  void anInterruptWhileWaitingIsKeptForTheCallerAndTheResultsAreComplete() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    Thread releaser = Thread.ofVirtual().start(() -> {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      release.countDown();
    });
    try {
      Thread.currentThread().interrupt();
      List<Integer> out = Batch.map(20, pool, 1, i -> {
        if (i == 0) {
          try {
            release.await(); // (on the pool thread, or on the caller if it got there first)
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return i + 1;
      });
      assertEquals(IntStream.rangeClosed(1, 20).boxed().toList(), out);
      assertTrue(Thread.currentThread().isInterrupted());
    } finally {
      Thread.interrupted();
      releaser.join();
      pool.shutdownNow();
    }
  }
}
