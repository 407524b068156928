package dev.quicnprotochat.mls.group;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.IntFunction;

/// Runs independent, CPU-bound steps (signature checks, HPKE encryptions) on the configured executor when there
/// are enough of them to be worth it, and on the calling thread otherwise. The first failure is rethrown as is.
final class Parallel {

  private Parallel() {
  }

  /// `task.apply(i)` for `i` in `[0, count)`, results in index order.
  static <T> List<T> map(int count, GroupConfig config, IntFunction<T> task) {
    List<T> out = new ArrayList<>(count);
    if (count < config.parallelThreshold()) {
      for (int i = 0; i < count; i++) {
        out.add(task.apply(i));
      }
      return out;
    }
    List<CompletableFuture<T>> futures = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int index = i;
      futures.add(CompletableFuture.supplyAsync(() -> task.apply(index), config.executor()));
    }
    try {
      CompletableFuture.allOf(futures.toArray(new CompletableFuture[0])).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
    for (CompletableFuture<T> f : futures) {
      out.add(f.join());
    }
    return out;
  }
}
