package dev.quicnprotochat.adapter.persistence.file.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.quicnprotochat.application.port.out.client.CommandHistoryStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// The REPL history in `history.qpc`: kept across restarts, capped, and sealed with a state password.
@Timeout(60)
class FileCommandHistoryStoreIntegrationTest {

  private static final String SECRET_LINE = "send bob the-launch-code-is-0451";

  @TempDir
  Path directory;
  private StateFixture fixture;

  @AfterEach
  void close() throws Exception {
    fixture.close();
  }

  private StateDirectory open(boolean encrypted) throws Exception {
    fixture = new StateFixture(encrypted);
    return fixture.open(directory);
  }

  private String fileText() throws Exception {
    return new String(Files.readAllBytes(directory.resolve(FileCommandHistoryStore.FILE_NAME)),
        StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theHistoryIsKeptAcrossRestarts(boolean encrypted) throws Exception {
    StateDirectory state = open(encrypted);
    assertEquals(List.of(), new FileCommandHistoryStore(state).load());
    List<String> lines = List.of("list", "dm alice", "send alice grüße 👋", "");
    new FileCommandHistoryStore(state).save(lines);

    assertEquals(lines, new FileCommandHistoryStore(fixture.reopen()).load());
  }

  @Test
  void onlyTheNewestThousandLinesAreKept() throws Exception {
    CommandHistoryStore store = new FileCommandHistoryStore(open(false));
    List<String> lines = IntStream.rangeClosed(1, 1500).mapToObj(i -> "line " + i).toList();

    store.save(lines);

    List<String> kept = store.load();
    assertEquals(CommandHistoryStore.MAX_LINES, kept.size());
    assertEquals(lines.subList(500, 1500), kept);
  }

  @Test
  void withAStatePasswordTheLinesAreNotOnDisk() throws Exception {
    new FileCommandHistoryStore(open(true)).save(List.of(SECRET_LINE));

    assertFalse(fileText().contains("launch-code"));
  }

  @Test
  void withoutAStatePasswordTheSameLinesAreReadable() throws Exception {
    new FileCommandHistoryStore(open(false)).save(List.of(SECRET_LINE));

    assertTrue(fileText().contains("launch-code"));
  }

  @Test
  void settingAStatePasswordSealsAnExistingHistory() throws Exception {
    new FileCommandHistoryStore(open(false)).save(List.of(SECRET_LINE));
    fixture.close();

    fixture = new StateFixture(true);
    StateDirectory sealed = fixture.open(directory);

    assertFalse(fileText().contains("launch-code"));
    assertEquals(List.of(SECRET_LINE), new FileCommandHistoryStore(sealed).load());
  }
}
