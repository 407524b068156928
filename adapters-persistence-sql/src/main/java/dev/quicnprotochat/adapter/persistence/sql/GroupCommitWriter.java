package dev.quicnprotochat.adapter.persistence.sql;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One writer thread that drains pending writes into a single transaction, so concurrent durable writers share one
/// commit (one fsync for SQLite, one WAL flush for PostgreSQL) instead of paying one each.
///
/// Each write runs inside its own savepoint: a write that throws is rolled back alone and fails only its caller.
/// A caller's future completes only after the commit holding its write returned, i.e. once the write is durable.
public final class GroupCommitWriter implements AutoCloseable {

  private static final Logger logger = LoggerFactory.getLogger(GroupCommitWriter.class);
  private static final String SAVEPOINT = "qpc_write";
  private static final int MAX_ATTEMPTS = 5;

  private final Jdbi jdbi;
  private final int maxBatch;
  private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong writes = new AtomicLong();
  private volatile boolean closed;

  GroupCommitWriter(Jdbi jdbi, int maxBatch, String name) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be positive");
    }
    this.jdbi = jdbi;
    this.maxBatch = maxBatch;
    this.thread = Thread.ofPlatform().name(name).daemon(true).start(this::run);
  }

  /// Queues `write`; the future completes with its result after the transaction holding it committed.
  public <T> CompletableFuture<T> submit(Function<Handle, T> write) {
    Pending<T> pending = new Pending<>(write, new CompletableFuture<>());
    if (closed) {
      pending.future.completeExceptionally(new IllegalStateException("the database is closed"));
      return pending.future;
    }
    queue.add(pending);
    return pending.future;
  }

  /// Runs `write` through [#submit] and waits until it is durable. Exceptions thrown by `write` are rethrown as is.
  public <T> T execute(Function<Handle, T> write) {
    try {
      return submit(write).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a durable write", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new CompletionException(e.getCause());
    }
  }

  /// Transactions committed so far; with concurrent writers this grows slower than [#writes()].
  public long commits() {
    return commits.get();
  }

  /// Successful writes committed so far.
  public long writes() {
    return writes.get();
  }

  private void run() {
    List<Pending<?>> batch = new ArrayList<>(maxBatch);
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        if (closed && queue.isEmpty()) {
          return;
        }
        continue;
      }
      queue.drainTo(batch, maxBatch - 1);
      boolean stop = batch.removeIf(Pending::isStop);
      if (!batch.isEmpty()) {
        commit(batch);
      }
      batch.clear();
      if (stop) {
        return;
      }
    }
  }

  private void commit(List<Pending<?>> batch) {
    for (int attempt = 1; ; attempt++) {
      List<Runnable> completions;
      try {
        completions = runBatch(batch);
      } catch (RuntimeException | Error e) {
        if (attempt < MAX_ATTEMPTS && isTransient(e)) {
          logger.debug("Retrying a batch of {} writes after a transient failure: {}", batch.size(), e.toString());
          backOff(attempt);
          continue;
        }
        Throwable cause = e instanceof TransientFailure failure ? failure.getCause() : e;
        logger.warn("Group commit of {} writes failed: {}", batch.size(), cause.toString());
        batch.forEach(pending -> pending.future.completeExceptionally(cause));
        return;
      }
      commits.incrementAndGet();
      writes.addAndGet(completions.size());
      completions.forEach(Runnable::run);
      return;
    }
  }

  /// One attempt at the batch in one transaction; the completions to run once it committed.
  private List<Runnable> runBatch(List<Pending<?>> batch) {
    List<Runnable> completions = new ArrayList<>(batch.size());
    try (Handle handle = jdbi.open()) {
      handle.begin();
      try {
        for (Pending<?> pending : batch) {
          // a write that failed on its own in an earlier attempt keeps that failure
          if (!pending.future.isDone()) {
            Runnable completion = pending.applyInSavepoint(handle);
            if (completion != null) {
              completions.add(completion);
            }
          }
        }
        handle.commit();
      } catch (RuntimeException | Error e) {
        try {
          handle.rollback();
        } catch (RuntimeException rollbackFailure) {
          e.addSuppressed(rollbackFailure);
        }
        throw e;
      }
    }
    return completions;
  }

  /// A deadlock or serialization failure, which PostgreSQL reports when nodes sharing a database lock rows in
  /// different orders. The batch's earlier writes still hold their locks, so only rolling back the whole
  /// transaction (and running the batch again) breaks the cycle.
  private static boolean isTransient(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof TransientFailure) {
        return true;
      }
      if (cause instanceof SQLException sql
          && ("40001".equals(sql.getSQLState()) || "40P01".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private static void backOff(int attempt) {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /// Carries a transient failure out of a write so the whole batch is retried.
  private static final class TransientFailure extends RuntimeException {
    @java.io.Serial
    private static final long serialVersionUID = 1L;

    TransientFailure(Throwable cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  /// Stops taking writes, finishes those already queued, and ends the writer thread.
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    queue.add(Pending.stop());
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // a write submitted while closing may have missed the stop marker
    Pending<?> late;
    while ((late = queue.poll()) != null) {
      late.future.completeExceptionally(new IllegalStateException("the database is closed"));
    }
  }

  private record Pending<T>(Function<Handle, T> write, CompletableFuture<T> future) {

    static Pending<Void> stop() {
      return new Pending<>(null, new CompletableFuture<>());
    }

    boolean isStop() {
      return write == null;
    }

    /// Runs the write; returns what completes its future once the batch committed, or null when the write failed
    /// (its future fails right away: a rolled-back write has nothing to wait for). A transient failure is thrown
    /// as [TransientFailure] instead, for the whole batch to be retried.
    Runnable applyInSavepoint(Handle handle) {
      // JDBC savepoints: the driver runs them without preparing a statement each time, which JDBI would
      Connection connection = handle.getConnection();
      Savepoint savepoint = savepoint(connection);
      try {
        T result = write.apply(handle);
        release(connection, savepoint);
        return () -> future.complete(result);
      } catch (RuntimeException | Error e) {
        if (isTransient(e)) {
          throw new TransientFailure(e);
        }
        rollBack(connection, savepoint);
        future.completeExceptionally(e);
        return null;
      }
    }

    private static Savepoint savepoint(Connection connection) {
      try {
        return connection.setSavepoint(SAVEPOINT);
      } catch (SQLException e) {
        throw new UnableToExecuteStatementException(e, null);
      }
    }

    private static void release(Connection connection, Savepoint savepoint) {
      try {
        connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        throw new UnableToExecuteStatementException(e, null);
      }
    }

    private static void rollBack(Connection connection, Savepoint savepoint) {
      try {
        connection.rollback(savepoint);
        connection.releaseSavepoint(savepoint);
      } catch (SQLException e) {
        throw new UnableToExecuteStatementException(e, null);
      }
    }
  }
}
