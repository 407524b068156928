package dev.quicnprotochat.adapter.persistence.sql;

/// Every SQL server store over one [Database]: what `store_backend = "sql"` wires. [#channels] is both the
/// `ChannelStore` and the `InboxStore` (a commit and its fan-out share a transaction). Closing closes the database.
public record SqlServerStores(Database database, SqlUserStore users, SqlSessionStore sessions,
    SqlKeyPackageStore keyPackages, SqlChannelStore channels, SqlChannelCredentialStore channelCredentials)
    implements AutoCloseable {

  /// The stores over an open database (from [Database#openSqlite], [Database#openEncryptedSqlite] or
  /// [Database#openPostgres] with [SchemaKind#SERVER]).
  public static SqlServerStores over(Database database) {
    return new SqlServerStores(database, new SqlUserStore(database), new SqlSessionStore(database),
        new SqlKeyPackageStore(database), new SqlChannelStore(database), new SqlChannelCredentialStore(database));
  }

  @Override
  public void close() {
    database.close();
  }
}
