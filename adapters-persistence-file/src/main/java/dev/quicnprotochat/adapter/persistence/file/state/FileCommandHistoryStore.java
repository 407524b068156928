package dev.quicnprotochat.adapter.persistence.file.state;

import dev.quicnprotochat.application.port.out.client.CommandHistoryStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/// [CommandHistoryStore] in `history.qpc`, replaced atomically on each save (sealed with a state password).
///
/// Body: count (u32), then per line: UTF-8 bytes (u32 length), oldest first; at most
/// [CommandHistoryStore#MAX_LINES] lines.
public final class FileCommandHistoryStore implements CommandHistoryStore {

  static final String FILE_NAME = "history.qpc";

  private final StateDirectory state;
  private final Path file;

  public FileCommandHistoryStore(StateDirectory state) {
    this.state = state;
    this.file = state.file(FILE_NAME);
  }

  @Override
  public List<String> load() {
    synchronized (state.lockFor(file)) {
      try {
        Optional<byte[]> body = state.read(file, FileKind.COMMAND_HISTORY);
        return body.isPresent() ? decode(body.get()) : List.of();
      } catch (IOException e) {
        throw new UncheckedIOException("could not read the command history", e);
      }
    }
  }

  @Override
  public void save(List<String> lines) {
    List<String> kept = lines.subList(Math.max(0, lines.size() - MAX_LINES), lines.size());
    BodyWriter out = new BodyWriter().u32(kept.size());
    for (String line : kept) {
      out.bytes(line.getBytes(StandardCharsets.UTF_8));
    }
    byte[] body = out.toByteArray();
    synchronized (state.lockFor(file)) {
      try {
        state.write(file, FileKind.COMMAND_HISTORY, body);
      } catch (IOException e) {
        throw new UncheckedIOException("could not store the command history", e);
      } finally {
        Arrays.fill(body, (byte) 0);
      }
    }
  }

  private List<String> decode(byte[] body) throws CorruptStateFileException {
    BodyReader in = new BodyReader(body, file.toString());
    try {
      long count = in.u32();
      if (count > MAX_LINES) {
        throw in.corrupt("holds more than " + MAX_LINES + " lines");
      }
      List<String> lines = new ArrayList<>((int) count);
      for (long i = 0; i < count; i++) {
        lines.add(new String(in.bytes(), StandardCharsets.UTF_8));
      }
      in.end();
      return List.copyOf(lines);
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }
}
