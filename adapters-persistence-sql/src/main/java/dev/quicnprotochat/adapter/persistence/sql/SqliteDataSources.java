package dev.quicnprotochat.adapter.persistence.sql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.mc.SQLiteMCSqlCipherConfig;

/// Prepares a SQLite file for the pool: creates it private, derives the SQLCipher key, encrypts a plain database in
/// place when a password is first set, and checks the key before anything is written.
final class SqliteDataSources {

  private static final Logger logger = LoggerFactory.getLogger(SqliteDataSources.class);
  private static final int BUSY_TIMEOUT_MS = 10_000;
  /// SQLCipher 4 page format (`legacy=4`): what current SQLCipher tools read.
  private static final int SQLCIPHER_VERSION = 4;

  private SqliteDataSources() {}

  static SQLiteDataSource plain(Path file) throws IOException, WrongDatabaseKeyException {
    prepareFile(file);
    if (SqliteFiles.inspect(file) == SqliteFiles.ENCRYPTED_OR_FOREIGN) {
      throw new WrongDatabaseKeyException(
          file.getFileName() + " is encrypted (or not a SQLite database): a password is needed to open it");
    }
    return dataSource(file, tuned(new SQLiteConfig()));
  }

  static SQLiteDataSource encrypted(Path file, char[] password, KdfParameters forNewDatabase)
      throws IOException, WrongDatabaseKeyException {
    prepareFile(file);
    SqliteFiles state = SqliteFiles.inspect(file);
    Path saltPath = SaltFile.pathFor(file);
    SaltFile salt;
    if (Files.exists(saltPath)) {
      salt = SaltFile.read(saltPath);
    } else if (state == SqliteFiles.ENCRYPTED_OR_FOREIGN) {
      throw new WrongDatabaseKeyException(
          file.getFileName() + " is encrypted but its salt file " + saltPath.getFileName() + " is missing");
    } else {
      salt = SaltFile.generate(forNewDatabase, new SecureRandom());
      // the salt must be durable before any page is encrypted with a key derived from it
      salt.write(saltPath);
    }
    DatabaseKey key = PasswordKeyDerivation.derive(password, salt);
    try {
      if (state == SqliteFiles.PLAIN) {
        encryptInPlace(file, key);
      }
      verifyKey(file, key);
      SQLiteConfig config = SQLiteMCSqlCipherConfig.getV4Defaults().withRawUnsaltedKey(key.bytes()).build();
      return dataSource(file, tuned(config));
    } finally {
      key.destroy();
    }
  }

  private static void prepareFile(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    SecureFiles.createPrivateDirectories(parent);
    SecureFiles.createPrivateFile(file);
  }

  /// WAL lets readers run beside the single writer. `synchronous=FULL` makes SQLite sync the WAL at every commit:
  /// with `NORMAL` a commit acknowledged to a client could vanish on power loss, and DESIGN.md §4 promises an
  /// enqueue is durable when it returns. The group-commit writer shares each sync among many writes.
  private static SQLiteConfig tuned(SQLiteConfig config) {
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.enforceForeignKeys(true);
    // writers take the lock at BEGIN, so a read-then-write transaction never fails halfway with SQLITE_BUSY
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    // sorts and temporary tables stay in memory: a temporary file beside an encrypted database could hold rows
    // in the clear
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    return config;
  }

  private static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
    SQLiteDataSource dataSource = new SQLiteDataSource(config);
    dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
    return dataSource;
  }

  /// SQLite3 Multiple Ciphers encrypts a plain database with `PRAGMA rekey`, rewriting every page in one
  /// transaction under the rollback journal, so a crash leaves the plain database. Rekey refuses WAL mode, hence
  /// the switch to DELETE first (which also checkpoints the WAL into the main file); the pool turns WAL back on.
  private static void encryptInPlace(Path file, DatabaseKey key) throws IOException {
    SQLiteDataSource plain = dataSource(file, new SQLiteConfig());
    try (Connection connection = plain.getConnection(); Statement statement = connection.createStatement()) {
      try (ResultSet ignored = statement.executeQuery("PRAGMA journal_mode=DELETE")) {
        // the result is the new mode; a failure throws
      }
      statement.execute("PRAGMA cipher='sqlcipher'");
      statement.execute("PRAGMA legacy=" + SQLCIPHER_VERSION);
      statement.execute("PRAGMA rekey=\"" + key.rawKeyLiteral() + "\"");
    } catch (SQLException e) {
      throw new IOException("could not encrypt " + file.getFileName() + " in place", e);
    }
    if (SqliteFiles.inspect(file) == SqliteFiles.PLAIN) {
      throw new IOException("encrypting " + file.getFileName() + " left it readable as plain SQLite");
    }
    logger.info("Encrypted the existing plain database {} in place", file.getFileName());
  }

  /// Reads the schema with the key before the pool starts, so a wrong key is reported without writing anything.
  private static void verifyKey(Path file, DatabaseKey key) throws IOException, WrongDatabaseKeyException {
    SQLiteConfig config = SQLiteMCSqlCipherConfig.getV4Defaults().withRawUnsaltedKey(key.bytes()).build();
    try (Connection connection = dataSource(file, config).getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
      rows.next();
    } catch (SQLiteException e) {
      if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
        throw new WrongDatabaseKeyException("wrong password for " + file.getFileName());
      }
      throw new IOException("could not open " + file.getFileName(), e);
    } catch (SQLException e) {
      throw new IOException("could not open " + file.getFileName(), e);
    }
  }

}
