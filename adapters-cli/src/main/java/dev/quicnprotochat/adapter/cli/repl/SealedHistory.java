package dev.quicnprotochat.adapter.cli.repl;

import dev.quicnprotochat.application.port.out.client.CommandHistoryStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jline.reader.History;
import org.jline.reader.impl.history.DefaultHistory;

/// JLine's in-memory history, persisted only through [CommandHistoryStore] (sealed with the state password): every
/// file-based method of [DefaultHistory] is refused, so JLine never writes the typed lines, messages included, to a
/// cleartext file of its own.
public final class SealedHistory extends DefaultHistory {
  /// Lines kept; older ones are dropped when saving.
  public static final int MAX_LINES = CommandHistoryStore.MAX_LINES;

  private final CommandHistoryStore store;
  private boolean loaded;

  public SealedHistory(CommandHistoryStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /// Reads the stored lines (once, when JLine attaches the history to its reader).
  @Override
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    for (String line : store.load()) {
      internalAdd(Instant.now(), line);
    }
  }

  /// Writes the lines to the store.
  @Override
  public void save() {
    store.save(lines());
  }

  /// The lines, oldest first, at most [#MAX_LINES].
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (History.Entry entry : this) {
      lines.add(entry.line());
    }
    return lines.size() <= MAX_LINES ? lines : List.copyOf(lines.subList(lines.size() - MAX_LINES, lines.size()));
  }

  @Override
  public void purge() throws IOException {
    super.purge();
    store.save(List.of());
  }

  @Override
  public void write(Path file, boolean incremental) throws IOException {
    throw refused();
  }

  @Override
  public void append(Path file, boolean incremental) throws IOException {
    throw refused();
  }

  @Override
  public void read(Path file, boolean checkDuplicates) throws IOException {
    throw refused();
  }

  private static IOException refused() {
    return new IOException("the REPL history is kept only in the sealed state directory");
  }
}
