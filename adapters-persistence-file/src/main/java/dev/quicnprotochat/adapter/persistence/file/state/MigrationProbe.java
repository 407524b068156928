package dev.quicnprotochat.adapter.persistence.file.state;

import java.io.IOException;
import java.nio.file.Path;

/// Called after each file a migration re-sealed; tests throw from it to simulate a crash part-way.
@FunctionalInterface
interface MigrationProbe {

  MigrationProbe NONE = file -> {};

  void afterFile(Path file) throws IOException;
}
