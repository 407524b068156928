package dev.quicnprotochat.adapter.persistence.file;

import dev.quicnprotochat.domain.channel.ChannelId;
import dev.quicnprotochat.domain.identity.IdentityKey;
import dev.quicnprotochat.domain.inbox.Envelope;
import dev.quicnprotochat.mls.codec.Bytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/// A by-hand measurement (not a test): durable single-envelope enqueues per second into [FileChannelStore] with N
/// concurrent writers, and how many of them each fsync carried. Run with the test classpath:
/// `java -cp ... dev.quicnprotochat.adapter.persistence.file.FileGroupCommitThroughput [threads] [seconds]`.
public final class FileGroupCommitThroughput {

  private FileGroupCommitThroughput() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 64;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path directory = Files.createTempDirectory("qpc-file-throughput");
    try (FileChannelStore store = new FileChannelStore(directory)) {
      ChannelId channel = new ChannelId(Bytes.fromHex("00112233445566778899aabbccddeeff"));
      Bytes payload = Bytes.wrap(new byte[200]);
      long deadline = System.nanoTime() + seconds * 1_000_000_000L;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Long>> counts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        byte[] key = new byte[32];
        key[0] = (byte) t;
        IdentityKey recipient = IdentityKey.of(key);
        counts.add(pool.submit(() -> {
          long n = 0;
          while (System.nanoTime() < deadline) {
            store.enqueue(List.of(new Envelope(recipient, channel, payload, Optional.empty())));
            n++;
          }
          return n;
        }));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      pool.shutdown();
      long syncs = store.syncs();
      System.out.printf("threads=%d enqueues/s=%.0f syncs/s=%.0f enqueues/sync=%.1f%n", threads,
          total / (double) seconds, syncs / (double) seconds, total / (double) Math.max(1, syncs));
    } finally {
      try (var files = Files.walk(directory)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
