package dev.quicnprotochat.bootstrap.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ProfileWorkerTest {

  @Test
  void callsRunOnTheNamedDaemonWorkerAndNestedCallsRunDirectly() {
    try (ProfileWorker worker = new ProfileWorker("qpc-worker-alice")) {
      Thread caller = Thread.currentThread();
      Thread ran = worker.call(Thread::currentThread);
      assertEquals("qpc-worker-alice", ran.getName());
      assertTrue(ran.isDaemon());
      assertTrue(ran != caller);
      // a call made on the worker (the inbox watch calling ProcessInbox) must not wait for itself
      String nested = worker.call(() -> worker.call(() -> Thread.currentThread().getName()));
      assertEquals("qpc-worker-alice", nested);
    }
  }

  @Test
  void exceptionsReachTheCallerUnwrapped() {
    try (ProfileWorker worker = new ProfileWorker("qpc-worker-bob")) {
      UncheckedIOException thrown = new UncheckedIOException(new java.io.IOException("disk full"));
      assertSame(thrown, assertThrows(UncheckedIOException.class, () -> worker.call(() -> {
        throw thrown;
      })));
      AssertionError error = new AssertionError("boom");
      assertSame(error, assertThrows(AssertionError.class, () -> worker.call(() -> {
        throw error;
      })));
    }
  }

  @Test
  void aClosedWorkerRefusesCallsAndClosingTwiceIsHarmless() {
    ProfileWorker worker = new ProfileWorker("qpc-worker-carol");
    worker.close();
    worker.close();
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> worker.call(() -> 1));
    assertEquals("the profile is closed", refused.getMessage());
  }
}
