package dev.quicnprotochat.bootstrap.store;

import dev.quicnprotochat.adapter.persistence.file.FileServerStores;
import dev.quicnprotochat.adapter.persistence.sql.Database;
import dev.quicnprotochat.adapter.persistence.sql.KdfParameters;
import dev.quicnprotochat.adapter.persistence.sql.SchemaKind;
import dev.quicnprotochat.adapter.persistence.sql.SqlServerStores;
import dev.quicnprotochat.adapter.persistence.sql.WrongDatabaseKeyException;
import dev.quicnprotochat.bootstrap.config.ConfigException;
import dev.quicnprotochat.bootstrap.config.ServerConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/// Opens the backend `store_backend` names (DESIGN.md §6: switching is configuration, never code):
///
/// - `file`: the record logs in `data_dir`;
/// - `sql` with `db_url`: PostgreSQL, tables in `db_schema` (several nodes may share it);
/// - `sql` without `db_url`: SQLite at `db_path` (default `<data_dir>/server.db`), SQLCipher when `db_key` is set.
///
/// Every failure to open is a [ConfigException] with one line for the operator.
public final class ServerStorageFactory {

  /// The SQLite file used when `db_path` is not set.
  public static final String DEFAULT_SQLITE_FILE = "server.db";

  private ServerStorageFactory() {
  }

  public static ServerStorage open(ServerConfig config) {
    return switch (config.storeBackend()) {
      case FILE -> openFiles(config.dataDir());
      case SQL -> config.dbUrl().isPresent()
          ? openPostgres(config.dbUrl().get(), config.dbSchema())
          : openSqlite(config.dbPath().orElse(config.dataDir().resolve(DEFAULT_SQLITE_FILE)), config.dbKey());
    };
  }

  static ServerStorage openFiles(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      FileServerStores stores = FileServerStores.open(dataDir);
      return new ServerStorage(stores.users(), stores.sessions(), stores.keyPackages(), stores.channels(),
          stores.channels(), stores.channelCredentials(), "file store in " + dataDir, Optional.empty(), stores);
    } catch (IOException e) {
      throw new ConfigException("cannot open the file store in " + dataDir + ": " + e.getMessage());
    }
  }

  static ServerStorage openSqlite(Path file, Optional<String> key) {
    char[] password = key.map(String::toCharArray).orElse(null);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Database database = password == null ? Database.openSqlite(file, SchemaKind.SERVER)
          : Database.openEncryptedSqlite(file, SchemaKind.SERVER, password, KdfParameters.DEFAULT);
      String what = (password == null ? "SQLite database " : "SQLCipher-encrypted SQLite database ") + file;
      return over(database, what, Optional.empty());
    } catch (WrongDatabaseKeyException e) {
      throw new ConfigException(e.getMessage());
    } catch (IOException e) {
      throw new ConfigException("cannot open the SQLite database " + file + ": " + e.getMessage());
    } finally {
      if (password != null) {
        Arrays.fill(password, '\0');
      }
    }
  }

  static ServerStorage openPostgres(String jdbcUrl, String schema) {
    try {
      Database database = Database.openPostgres(jdbcUrl, schema, SchemaKind.SERVER);
      return over(database, "PostgreSQL database, schema " + schema,
          Optional.of(new ServerStorage.PostgresTarget(jdbcUrl, schema)));
    } catch (IllegalArgumentException e) {
      throw new ConfigException("db_url: " + e.getMessage());
    } catch (RuntimeException e) {
      // Hikari and Flyway wrap the driver's reason; the URL may hold a password, so it is not repeated here
      throw new ConfigException("cannot open the PostgreSQL database (schema " + schema + "): " + rootCause(e));
    }
  }

  private static ServerStorage over(Database database, String description,
      Optional<ServerStorage.PostgresTarget> postgres) {
    SqlServerStores stores = SqlServerStores.over(database);
    return new ServerStorage(stores.users(), stores.sessions(), stores.keyPackages(), stores.channels(),
        stores.channels(), stores.channelCredentials(), description, postgres, stores);
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst()
        .orElse("");
  }
}
