package dev.quicnprotochat.adapter.persistence.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/// A store whose state lives in memory and whose every change is a record in a [RecordLog]; opening replays the
/// log. Changes follow one path, live and on replay: a subclass turns a request into a record under [#lock],
/// [#commit] applies it to memory and queues it on the log, and the caller waits outside the lock until it is
/// durable, so concurrent writers share a sync. The log is rewritten as a snapshot of the state once it has grown
/// to twice the last snapshot plus 10,000 records (fewer in tests).
abstract class LoggedStore implements AutoCloseable {

  static final long DEFAULT_COMPACT_AFTER = 10_000;

  protected final ReentrantLock lock = new ReentrantLock();
  private RecordLog log;
  private long recordsInLog;
  private long compactAt;
  private final long compactAfter;

  protected LoggedStore() {
    this(DEFAULT_COMPACT_AFTER);
  }

  protected LoggedStore(long compactAfter) {
    this.compactAfter = compactAfter;
  }

  /// Opens the log; call at the end of the subclass constructor, once the in-memory state exists.
  protected final void openLog(Path file) throws IOException {
    log = RecordLog.open(file, record -> {
      apply(record);
      recordsInLog++;
    });
    compactAt = 2 * recordsInLog + compactAfter;
  }

  /// Applies one record to the in-memory state; must be deterministic, as replay runs it again.
  protected abstract void apply(byte[] record) throws IOException;

  /// Records describing the current state, for compaction.
  protected abstract List<byte[]> snapshot();

  /// Applies `record` and queues it for the log. Call while holding [#lock]; wait with [#awaitDurable] after
  /// releasing it.
  protected final CompletableFuture<Void> commit(byte[] record) {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("commit needs the store lock");
    }
    try {
      apply(record);
    } catch (IOException e) {
      throw new IllegalStateException("a store wrote a record it cannot read", e);
    }
    recordsInLog++;
    return log.append(record);
  }

  /// Writes under the lock and waits, outside it, until the record is durable.
  protected final <T> T write(Supplier<Pending<T>> change) {
    Pending<T> pending;
    lock.lock();
    try {
      pending = change.get();
    } finally {
      lock.unlock();
    }
    if (pending.durable() != null) {
      awaitDurable(pending.durable());
      compactIfWorthIt();
    }
    return pending.result();
  }

  /// A change's result and the future of its record; `durable` is null when nothing was written.
  protected record Pending<T>(T result, CompletableFuture<Void> durable) {}

  protected static void awaitDurable(CompletableFuture<Void> durable) {
    try {
      durable.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a durable write", e);
    } catch (ExecutionException e) {
      throw new UncheckedIOException("store write failed",
          e.getCause() instanceof IOException io ? io : new IOException(e.getCause()));
    }
  }

  private void compactIfWorthIt() {
    lock.lock();
    try {
      // amortised: the log at least doubles between compactions, so each record is rewritten O(1) times
      if (recordsInLog < compactAt) {
        return;
      }
      List<byte[]> records = snapshot();
      log.rewrite(records);
      recordsInLog = records.size();
      compactAt = 2 * recordsInLog + compactAfter;
    } catch (IOException e) {
      throw new UncheckedIOException("store compaction failed", e);
    } finally {
      lock.unlock();
    }
  }

  /// `fsync` calls of this store's log so far (for measurements).
  public long syncs() {
    return log.syncs();
  }

  @Override
  public void close() throws IOException {
    log.close();
  }
}
