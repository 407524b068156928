package dev.quicnprotochat.adapter.persistence.sql;

/// Which set of tables a database holds: a client's conversation database or a server's stores.
public enum SchemaKind {
  CLIENT("client"),
  SERVER("server");

  private final String directory;

  SchemaKind(String directory) {
    this.directory = directory;
  }

  String migrationLocation(Dialect dialect) {
    return "classpath:db/migration/" + directory + "/" + dialect.migrationDirectory();
  }
}
