package dev.quicnprotochat.bootstrap.config;

/// Where the server keeps its state (DESIGN.md §6): changing it is a config change, never a code change.
public enum StoreBackend {
  FILE,
  SQL
}
