package dev.quicnprotochat.mls.group;

import dev.quicnprotochat.mls.work.Batch;
import java.util.List;
import java.util.function.IntFunction;

/// Runs independent, CPU-bound steps (signature checks, HPKE encryptions) on the configured executor and the
/// calling thread when there are enough of them to be worth it, and on the calling thread alone otherwise. The first
/// failure is rethrown as is.
final class Parallel {

  private Parallel() {
  }

  /// `task.apply(i)` for `i` in `[0, count)`, results in index order ([Batch#map]: the calling thread takes part).
  static <T> List<T> map(int count, GroupConfig config, IntFunction<T> task) {
    return Batch.map(count, config.executor(), config.parallelThreshold(), task);
  }
}
