package dev.quicnprotochat.application.port.out.client;

import java.util.List;

/// The REPL's input history; with a state password it is sealed like every other state file.
public interface CommandHistoryStore {

  List<String> load();

  void save(List<String> lines);
}
