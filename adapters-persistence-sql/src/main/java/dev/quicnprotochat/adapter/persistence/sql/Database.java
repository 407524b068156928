package dev.quicnprotochat.adapter.persistence.sql;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/// An open, migrated database behind a HikariCP pool: SQLite (SQLCipher-encrypted when a password is given) or
/// PostgreSQL. Reads go straight to the pool; durable writes go through [#writer()], which group-commits them.
public final class Database implements AutoCloseable {

  static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
  /// SQLite allows one writer at a time; the rest of the pool serves concurrent WAL readers.
  private static final int SQLITE_POOL_SIZE = 4;
  private static final int POSTGRES_POOL_SIZE = 8;
  private static final int MAX_BATCH = 256;

  private final HikariDataSource dataSource;
  private final Dialect dialect;
  private final Jdbi jdbi;
  private final GroupCommitWriter writer;

  private Database(HikariDataSource dataSource, Dialect dialect, SchemaKind kind, String schema) {
    this.dataSource = dataSource;
    this.dialect = dialect;
    try {
      Migrations.migrate(dataSource, dialect, kind, schema);
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    this.jdbi = Jdbi.create(dataSource);
    this.writer = new GroupCommitWriter(jdbi, MAX_BATCH, "qpc-" + dialect.name().toLowerCase() + "-writer");
  }

  /// Opens (creating if absent) an unencrypted SQLite database; the file is created with mode 0600.
  public static Database openSqlite(Path file, SchemaKind kind) throws IOException, WrongDatabaseKeyException {
    return new Database(pool(SqliteDataSources.plain(file), SQLITE_POOL_SIZE, "qpc-sqlite"), Dialect.SQLITE, kind,
        null);
  }

  /// Opens (creating if absent) a SQLCipher database whose key is Argon2id(`password`, salt in `<file>.salt`).
  /// A plain database found at `file` is encrypted in place first. `forNewDatabase` is used only when the salt
  /// file is created. The caller may wipe `password` when this returns.
  public static Database openEncryptedSqlite(Path file, SchemaKind kind, char[] password,
      KdfParameters forNewDatabase) throws IOException, WrongDatabaseKeyException {
    if (password.length == 0) {
      throw new IllegalArgumentException("an empty password encrypts nothing; open the database unencrypted");
    }
    DataSource source = SqliteDataSources.encrypted(file, password, forNewDatabase);
    return new Database(pool(source, SQLITE_POOL_SIZE, "qpc-sqlcipher"), Dialect.SQLITE, kind, null);
  }

  /// Connects to PostgreSQL at `jdbcUrl` (e.g. `jdbc:postgresql://127.0.0.1:5432/test?user=postgres`) and keeps its
  /// tables in `schema`, which is created when missing.
  public static Database openPostgres(String jdbcUrl, String schema, SchemaKind kind) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("db_url must start with jdbc:postgresql:");
    }
    if (!SCHEMA_NAME.matcher(schema).matches()) {
      throw new IllegalArgumentException("schema name must match " + SCHEMA_NAME.pattern());
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setSchema(schema);
    config.setMaximumPoolSize(POSTGRES_POOL_SIZE);
    config.setPoolName("qpc-postgresql");
    return new Database(new HikariDataSource(config), Dialect.POSTGRESQL, kind, schema);
  }

  private static HikariDataSource pool(DataSource source, int size, String name) {
    HikariConfig config = new HikariConfig();
    config.setDataSource(source);
    config.setMaximumPoolSize(size);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }

  public Dialect dialect() {
    return dialect;
  }

  /// For reads (and for writes that need no durability promise).
  public Jdbi jdbi() {
    return jdbi;
  }

  /// For durable writes: see [GroupCommitWriter].
  public GroupCommitWriter writer() {
    return writer;
  }

  @Override
  public void close() {
    writer.close();
    dataSource.close();
  }
}
