package dev.quicnprotochat.adapter.persistence.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.domain.inbox.InboxEntry;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/// Kills a process writing to the file inbox store with SIGKILL, several times over the same directory, and checks
/// that every enqueue it reported as done is there exactly once with the sequence number it was given.
@Timeout(120)
class FileInboxCrashIntegrationTest {

  private static final int REPORTED_BEFORE_KILL = 300;
  private static final int RUNS = 3;

  @TempDir
  Path directory;

  @Test
  void everyReportedEnqueueSurvivesRepeatedSigkillsExactlyOnce() throws Exception {
    Map<String, Long> reported = new HashMap<>();
    for (int run = 0; run < RUNS; run++) {
      Map<String, Long> thisRun = runAndKill("r" + run + "-");
      assertTrue(thisRun.size() >= REPORTED_BEFORE_KILL, "only " + thisRun.size() + " enqueues reported");
      reported.putAll(thisRun);
    }
    try (FileChannelStore store = new FileChannelStore(directory)) {
      List<InboxEntry> stored = store.fetch(CrashWriter.RECIPIENT, 0, 1_000_000);
      Map<String, List<Long>> byPayload = stored.stream().collect(Collectors.groupingBy(
          e -> new String(e.payload().toByteArray(), StandardCharsets.UTF_8),
          Collectors.mapping(InboxEntry::sequence, Collectors.toList())));
      for (Map.Entry<String, Long> done : reported.entrySet()) {
        assertEquals(List.of(done.getValue()), byPayload.get(done.getKey()), "entry " + done.getKey());
      }
      assertEquals(stored.size(), byPayload.size(), "no payload stored twice");
    }
  }

  private Map<String, Long> runAndKill(String prefix) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        CrashWriter.class.getName(), directory.toString(), prefix)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    Map<String, Long> reported = new HashMap<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while (reported.size() < REPORTED_BEFORE_KILL && (line = out.readLine()) != null) {
        record(line, reported);
      }
      // SIGKILL through the handle: Process#destroyForcibly would also close our end of the pipe
      child.toHandle().destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
      while ((line = out.readLine()) != null) {
        record(line, reported);
      }
    } finally {
      child.destroyForcibly();
    }
    return reported;
  }

  private static void record(String line, Map<String, Long> reported) {
    String[] parts = line.split(" ");
    // a line cut by the kill lacks its END marker and is not a report
    if (parts.length == 4 && parts[0].equals("OK") && parts[3].equals("END")) {
      reported.put(parts[1], Long.parseLong(parts[2]));
    }
  }
}
