package dev.quicnprotochat.mls.work;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntFunction;

/// Runs a batch of independent, CPU-bound steps (HPKE encryptions, signature checks) on an executor **with the
/// calling thread taking part**.
///
/// Every step is handed to the executor, and the calling thread then runs the steps itself from the last one
/// backwards while the executor's threads take them from the first; a step already started elsewhere is skipped
/// (a [FutureTask] runs once). The caller never sits idle waiting for the pool: with the common pool of a 2-core
/// machine (one worker thread) the batch runs on both cores, and on a busy machine, or with a pool that does not get
/// to the steps at all, the caller simply does more of them itself. Waiting only for the results instead would have
/// left the batch to the pool's one worker while the calling thread slept.
public final class Batch {

  private Batch() {
  }

  /// `step.apply(i)` for `i` in `[0, count)`, results in index order. Fewer than `threshold` steps run on the
  /// calling thread alone, without the executor. If steps fail, the failure of the lowest index is rethrown as it was
  /// thrown (a [RuntimeException] or an [Error]); every step has run by then.
  public static <T> List<T> map(int count, Executor executor, int threshold, IntFunction<T> step) {
    List<T> out = new ArrayList<>(count);
    if (count < threshold) {
      for (int i = 0; i < count; i++) {
        out.add(step.apply(i));
      }
      return out;
    }
    List<FutureTask<T>> tasks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = i;
      tasks.add(new FutureTask<>(() -> step.apply(index)));
    }
    for (FutureTask<T> task : tasks) {
      try {
        executor.execute(task);
      } catch (RejectedExecutionException e) {
        break; // a pool shutting down or saturated: the calling thread runs what is left
      }
    }
    // from the end: the pool takes the steps from the front, so the two rarely reach for the same one
    for (int i = count - 1; i >= 0; i--) {
      tasks.get(i).run();
    }
    boolean interrupted = false;
    Throwable failure = null;
    for (FutureTask<T> task : tasks) {
      while (true) {
        try {
          out.add(task.get());
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the step is running on a pool thread; its result is still needed
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause();
          }
          out.add(null);
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (failure instanceof RuntimeException re) {
      throw re;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new IllegalStateException("a step of a batch failed", failure); // steps throw no checked exceptions
    }
    return out;
  }

  /// Runs every one of `steps` as [#map] does.
  public static void run(List<Runnable> steps, Executor executor, int threshold) {
    map(steps.size(), executor, threshold, i -> {
      steps.get(i).run();
      return null;
    });
  }
}
