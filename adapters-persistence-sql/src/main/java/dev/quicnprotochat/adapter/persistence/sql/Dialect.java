package dev.quicnprotochat.adapter.persistence.sql;

/// The SQL dialects the stores speak. Each has its own migration scripts, because types and upserts differ.
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String directory;

  Dialect(String directory) {
    this.directory = directory;
  }

  /// The folder under `db/migration/<schema>/` holding this dialect's numbered `V<n>__*.sql` files.
  String migrationDirectory() {
    return directory;
  }
}
