package dev.quicnprotochat.adapter.persistence.sql;

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
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// Kills a writing process with SIGKILL and checks that every enqueue it reported as done is in the store, exactly
/// once, with the sequence number it was given.
@Timeout(120)
class InboxCrashIntegrationTest {

  private static final int REPORTED_BEFORE_KILL = 400;

  @TempDir
  Path directory;

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "sqlcipher", "postgresql"})
  void everyReportedEnqueueSurvivesSigkillExactlyOnce(String backend) throws Exception {
    String target = backend.equals("postgresql") ? TestPostgres.uniqueSchema()
        : directory.resolve("server.db").toString();
    try {
      Map<String, Long> reported = runAndKill(backend, target);
      assertTrue(reported.size() >= REPORTED_BEFORE_KILL, "only " + reported.size() + " enqueues reported");
      try (Database database = reopen(backend, target)) {
        List<InboxEntry> stored = new SqlInboxStore(database).fetch(CrashWriter.RECIPIENT, 0, 1_000_000);
        Map<String, List<Long>> byPayload = stored.stream().collect(Collectors.groupingBy(
            e -> new String(e.payload().toByteArray(), StandardCharsets.UTF_8),
            Collectors.mapping(InboxEntry::sequence, Collectors.toList())));
        for (Map.Entry<String, Long> done : reported.entrySet()) {
          assertEquals(List.of(done.getValue()), byPayload.get(done.getKey()), "entry " + done.getKey());
        }
        assertEquals(stored.size(), byPayload.size(), "no payload stored twice");
      }
    } finally {
      if (backend.equals("postgresql")) {
        TestPostgres.dropSchema(target);
      }
    }
  }

  private static Database reopen(String backend, String target) throws Exception {
    return switch (backend) {
      case "sqlite" -> Database.openSqlite(Path.of(target), SchemaKind.SERVER);
      case "sqlcipher" -> Database.openEncryptedSqlite(Path.of(target), SchemaKind.SERVER, "k".toCharArray(),
          TestKdf.FAST);
      default -> Database.openPostgres(TestPostgres.URL, target, SchemaKind.SERVER);
    };
  }

  private static Map<String, Long> runAndKill(String backend, String target) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-cp",
        System.getProperty("java.class.path"), CrashWriter.class.getName(), backend, target)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    Map<String, Long> reported = new HashMap<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while (reported.size() < REPORTED_BEFORE_KILL && (line = out.readLine()) != null) {
        record(line, reported);
      }
      // SIGKILL mid-stream, writes in flight in every thread. Through the handle, because Process#destroyForcibly
      // also closes our end of the pipe and the lines printed just before the kill would be lost.
      child.toHandle().destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
      // lines already printed before the kill are reports too
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
