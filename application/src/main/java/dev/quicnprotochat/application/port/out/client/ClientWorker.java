package dev.quicnprotochat.application.port.out.client;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/// The profile's single worker thread, on which its use cases run one at a time (docs/client-use-cases.md §1),
/// and its timers. A type of its own rather than a bare `ScheduledExecutorService` so a dependency-injection
/// binding cannot pick up some other executor: bootstrap creates one per profile, from a single-thread
/// `ScheduledExecutorService` it also shuts down.
public final class ClientWorker {

  private final ScheduledExecutorService executor;

  public ClientWorker(ScheduledExecutorService executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  /// Runs `task` on the worker after the tasks queued before it.
  ///
  /// @throws RejectedExecutionException once the worker is shut down
  public void execute(Runnable task) {
    executor.execute(task);
  }

  /// Runs `task` on the worker once `delay` has passed; cancel the returned future to drop it.
  public ScheduledFuture<?> schedule(Runnable task, Duration delay) {
    return executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
  }

  /// Runs `task` every `interval` (measured from the end of one run to the start of the next) after a first
  /// `interval`, until cancelled.
  public ScheduledFuture<?> repeat(Runnable task, Duration interval) {
    return executor.scheduleWithFixedDelay(task, interval.toNanos(), interval.toNanos(), TimeUnit.NANOSECONDS);
  }

  /// Whether the worker no longer takes tasks.
  public boolean isShutdown() {
    return executor.isShutdown();
  }
}
