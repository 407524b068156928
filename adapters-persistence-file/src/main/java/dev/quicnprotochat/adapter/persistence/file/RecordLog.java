package dev.quicnprotochat.adapter.persistence.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// An append-only file of length-prefixed, CRC32C-checked records (layout in [RecordFormat]).
///
/// Appends are group-committed: one writer thread writes every queued record in one `write` and one `fsync`, then
/// completes all their futures, so concurrent appenders share each sync. An append has returned only once its
/// record is durable. On open, the records are replayed in order; a torn final write (a crash before the sync
/// returned, so never acknowledged) is detected by its length or CRC and cut off.
public final class RecordLog implements AutoCloseable {

  private static final Logger logger = LoggerFactory.getLogger(RecordLog.class);
  /// A batch stops growing once it reaches this many bytes, so the unsynced tail is bounded.
  private static final int BATCH_BYTES = 1024 * 1024;
  /// The largest batch, hence the most a torn final write can leave behind: a full batch plus one largest record.
  static final long MAX_TORN_TAIL = (long) RecordFormat.MAX_PAYLOAD + RecordFormat.HEADER + BATCH_BYTES;

  /// Called once per stored record, in order, while the log opens.
  @FunctionalInterface
  public interface Replay {
    void accept(byte[] payload) throws IOException;
  }

  private final Path file;
  private final BlockingQueue<Task> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private final AtomicLong syncs = new AtomicLong();
  private FileChannel channel;
  private long end;
  private volatile boolean closed;
  private volatile IOException broken;

  private RecordLog(Path file, FileChannel channel, long end) {
    this.file = file;
    this.channel = channel;
    this.end = end;
    this.writer = Thread.ofPlatform().name("qpc-log-" + file.getFileName()).daemon(true).start(this::run);
  }

  /// Opens the log at `file` (creating it, mode 0600, and its directories, mode 0700), replays every record into
  /// `replay`, and cuts off a torn final write.
  public static RecordLog open(Path file, Replay replay) throws IOException {
    SecureFiles.createPrivateDirectories(file.toAbsolutePath().getParent());
    if (!Files.exists(file) || Files.size(file) < RecordFormat.MAGIC.length) {
      createEmpty(file);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    try {
      lockExclusively(file, channel);
      long end = RecordScanner.scan(file, channel, replay);
      return new RecordLog(file, channel, end);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /// Two writers on one log would interleave their records; the lock (released when the channel closes or the
  /// process dies) turns a second open into a clear error.
  private static void lockExclusively(Path file, FileChannel channel) throws IOException {
    try {
      if (channel.tryLock() == null) {
        throw new IOException(file + " is in use by another process");
      }
    } catch (OverlappingFileLockException e) {
      throw new IOException(file + " is already open in this process", e);
    }
  }

  private static void createEmpty(Path file) throws IOException {
    if (Files.exists(file)) {
      byte[] partial = Files.readAllBytes(file);
      // a crash while creating the log can leave part of the magic; anything else is not ours to overwrite
      if (!Arrays.equals(partial, 0, partial.length, RecordFormat.MAGIC, 0, partial.length)) {
        throw new CorruptRecordLogException(file + " is not a record log");
      }
    }
    SecureFiles.writeAtomically(file, RecordFormat.MAGIC);
  }

  /// Queues `payload`; the future completes once it is durable, or fails if it could not be written.
  public CompletableFuture<Void> append(byte[] payload) {
    if (payload.length > RecordFormat.MAX_PAYLOAD) {
      throw new IllegalArgumentException("a record holds at most " + RecordFormat.MAX_PAYLOAD + " bytes");
    }
    Task task = new Task(payload.clone(), null, new CompletableFuture<>());
    return enqueue(task);
  }

  /// Appends `payload` and returns once it is durable.
  public void appendDurably(byte[] payload) throws IOException {
    await(append(payload));
  }

  /// Replaces the whole log by `payloads` (compaction): written to a temporary file, synced, and renamed over the
  /// log, so a crash leaves either the old or the new log. Appends queued before it are kept only if they are in
  /// `payloads`, so callers run it while holding off their own appends.
  public void rewrite(List<byte[]> payloads) throws IOException {
    List<byte[]> copies = payloads.stream().map(byte[]::clone).toList();
    await(enqueue(new Task(null, copies, new CompletableFuture<>())));
  }

  /// Number of `fsync` calls so far: with concurrent appenders it grows slower than the number of appends.
  public long syncs() {
    return syncs.get();
  }

  private CompletableFuture<Void> enqueue(Task task) {
    if (closed) {
      task.done.completeExceptionally(new IOException("the record log " + file.getFileName() + " is closed"));
    } else if (broken != null) {
      task.done.completeExceptionally(broken);
    } else {
      queue.add(task);
    }
    return task.done;
  }

  private static void await(CompletableFuture<Void> future) throws IOException {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a durable append", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException(e.getCause());
    }
  }

  private void run() {
    List<Task> batch = new ArrayList<>();
    while (true) {
      Task first;
      try {
        first = queue.take();
      } catch (InterruptedException e) {
        continue;
      }
      if (first.isStop()) {
        return;
      }
      if (first.rewrite != null) {
        complete(List.of(first), () -> replaceWith(first.rewrite));
        continue;
      }
      batch.add(first);
      long bytes = RecordFormat.HEADER + first.payload.length;
      // stop at a stop or rewrite marker, which must run after this batch
      while (bytes < BATCH_BYTES && queue.peek() != null && queue.peek().payload != null) {
        Task next = queue.poll();
        batch.add(next);
        bytes += RecordFormat.HEADER + next.payload.length;
      }
      complete(batch, () -> writeBatch(batch));
      batch.clear();
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private void complete(List<Task> tasks, IoAction action) {
    if (broken != null) {
      tasks.forEach(t -> t.done.completeExceptionally(broken));
      return;
    }
    try {
      action.run();
      tasks.forEach(t -> t.done.complete(null));
    } catch (IOException | UncheckedIOException | Error e) {
      // the file may now hold part of this batch: refuse further writes until a restart replays and cuts it off
      broken = e instanceof IOException io ? io : new IOException("record log write failed", e);
      logger.error("Record log {} failed; it accepts no more writes until restart: {}", file.getFileName(),
          e.toString());
      tasks.forEach(t -> t.done.completeExceptionally(broken));
    }
  }

  private void writeBatch(List<Task> batch) throws IOException {
    int size = batch.stream().mapToInt(t -> RecordFormat.HEADER + t.payload.length).sum();
    ByteBuffer out = ByteBuffer.allocate(size);
    long batchStart = end;
    batch.forEach(t -> RecordFormat.encode(t.payload, batchStart, out));
    out.flip();
    while (out.hasRemaining()) {
      end += channel.write(out, end);
    }
    // fdatasync: the data and the new file length, which is what a replay needs
    channel.force(false);
    syncs.incrementAndGet();
  }

  private void replaceWith(List<byte[]> payloads) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".compact");
    Files.deleteIfExists(temp);
    long newEnd;
    try (FileChannel out = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE), SecureFiles.privateFile())) {
      ByteBuffer magic = ByteBuffer.wrap(RecordFormat.MAGIC);
      while (magic.hasRemaining()) {
        out.write(magic);
      }
      long offset = RecordFormat.MAGIC.length;
      for (byte[] payload : payloads) {
        ByteBuffer record = ByteBuffer.allocate(RecordFormat.HEADER + payload.length);
        // the whole file is synced before it replaces the log, so each record counts as its own synced batch
        RecordFormat.encode(payload, offset, record);
        offset += record.capacity();
        record.flip();
        while (record.hasRemaining()) {
          out.write(record);
        }
      }
      out.force(true);
      newEnd = out.size();
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    SecureFiles.syncDirectory(file.toAbsolutePath().getParent());
    channel.close();
    channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
    lockExclusively(file, channel);
    end = newEnd;
    syncs.incrementAndGet();
  }

  /// Finishes queued appends, stops the writer and closes the file.
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    queue.add(Task.stop());
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Task late;
    while ((late = queue.poll()) != null) {
      late.done.completeExceptionally(new IOException("the record log " + file.getFileName() + " is closed"));
    }
    channel.close();
  }

  private record Task(byte[] payload, List<byte[]> rewrite, CompletableFuture<Void> done) {
    static Task stop() {
      return new Task(null, null, new CompletableFuture<>());
    }

    boolean isStop() {
      return payload == null && rewrite == null;
    }
  }
}
