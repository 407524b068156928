package dev.quicnprotochat.application.port.out.client;

import java.util.List;

/// The REPL's input history, kept across runs of a profile. The lines are what the user typed (message texts
/// among them), so with a state password the history is sealed like every state file (DESIGN.md §5); the REPL
/// must never hand it a line holding a password.
public interface CommandHistoryStore {

  /// How many lines a store keeps at most.
  int MAX_LINES = 1000;

  /// The most recent lines kept, oldest first; empty when none were saved.
  List<String> load();

  /// Replaces the history with `lines` (oldest first); only the last [#MAX_LINES] are kept. Returns once durable.
  void save(List<String> lines);
}
