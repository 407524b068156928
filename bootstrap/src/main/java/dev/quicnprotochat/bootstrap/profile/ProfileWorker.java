package dev.quicnprotochat.bootstrap.profile;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/// The one thread a profile's use cases run on (docs/client-use-cases.md §1: one operation per group at a time).
/// A caller on another thread hands its call over and waits for it; a call made on the worker itself (the inbox
/// watch calling ProcessInbox) runs directly, so nesting cannot deadlock. Whatever the call throws reaches the
/// caller as it was thrown.
final class ProfileWorker implements AutoCloseable {

  private static final long STOP_SECONDS = 10;

  private final ScheduledThreadPoolExecutor executor;
  private volatile Thread thread;

  ProfileWorker(String name) {
    this.executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread worker = Thread.ofPlatform().name(name).daemon(true).unstarted(task);
      thread = worker;
      return worker;
    });
    // a closed watch cancels its timers: drop them at once instead of keeping them until they were due
    executor.setRemoveOnCancelPolicy(true);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /// The worker as an executor, for services that schedule their own work on it (the inbox watch).
  ScheduledExecutorService executor() {
    return executor;
  }

  boolean onWorker() {
    return Thread.currentThread() == thread;
  }

  /// Runs `call` on the worker and returns its result; unchecked exceptions and errors are rethrown unchanged.
  <T> T call(Callable<T> call) {
    if (onWorker()) {
      return callDirectly(call);
    }
    Future<T> future;
    try {
      future = executor.submit(() -> callDirectly(call));
    } catch (RejectedExecutionException e) {
      throw new IllegalStateException("the profile is closed");
    }
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw rethrow(e.getCause());
    } catch (InterruptedException e) {
      // the call may still be running: it is left to finish, so a state write is never cut in half
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for the profile's worker");
    }
  }

  private static <T> T callDirectly(Callable<T> call) {
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      // the use cases declare no checked exceptions: reaching here is a bug in a wrapper
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static RuntimeException rethrow(Throwable cause) {
    if (cause instanceof RuntimeException e) {
      return e;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause == null ? "the call failed" : cause.getMessage(), cause);
  }

  /// Stops taking new calls; calls already queued still run, timers are dropped. Idempotent.
  void shutdown() {
    executor.shutdown();
  }

  /// Waits until the queued and running calls have ended (at most [#STOP_SECONDS]); on the worker itself it
  /// returns at once. A running call is never interrupted, so a state write is never cut in half.
  void awaitStopped() {
    if (onWorker()) {
      return;
    }
    try {
      if (!executor.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    shutdown();
    awaitStopped();
  }
}
