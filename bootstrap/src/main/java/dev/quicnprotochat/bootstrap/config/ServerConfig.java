package dev.quicnprotochat.bootstrap.config;

import dev.quicnprotochat.adapter.quic.TransportLimits;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/// The server's settings after merging the TOML file, `QUICNPROTOCHAT_*` env vars and flags (DESIGN.md §6).
/// Keys later issues act on (auth, stores, sealed sender) are parsed and validated here already so an operator's
/// file keeps working. `toString` redacts the secrets.
public record ServerConfig(
    HostPort listen,
    Path dataDir,
    Optional<Path> tlsCert,
    Optional<Path> tlsKey,
    Optional<String> authToken,
    StoreBackend storeBackend,
    Optional<Path> dbPath,
    Optional<String> dbUrl,
    String dbSchema,
    Optional<String> dbKey,
    boolean allowSealedSender,
    boolean production,
    TransportLimits limits) {

  /// The access code development setups use; production mode refuses it (DESIGN.md §3).
  public static final String DEVELOPMENT_TOKEN = "devtoken";

  /// The PostgreSQL schema used when `db_schema` is not set.
  public static final String DEFAULT_DB_SCHEMA = "public";

  public ServerConfig {
    Objects.requireNonNull(listen, "listen");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(tlsCert, "tlsCert");
    Objects.requireNonNull(tlsKey, "tlsKey");
    Objects.requireNonNull(authToken, "authToken");
    Objects.requireNonNull(storeBackend, "storeBackend");
    Objects.requireNonNull(dbPath, "dbPath");
    Objects.requireNonNull(dbUrl, "dbUrl");
    Objects.requireNonNull(dbSchema, "dbSchema");
    Objects.requireNonNull(dbKey, "dbKey");
    if (!dbSchema.matches("[a-z_][a-z0-9_]{0,62}")) {
      throw new ConfigException("db_schema must be a lower-case SQL name ([a-z_][a-z0-9_]*, at most 63 "
          + "characters)");
    }
    if (storeBackend == StoreBackend.SQL && dbUrl.isPresent() && dbKey.isPresent()) {
      throw new ConfigException("db_key encrypts a SQLite database; it cannot be combined with db_url (PostgreSQL): "
          + "remove one of them");
    }
    Objects.requireNonNull(limits, "limits");
    if (tlsCert.isPresent() != tlsKey.isPresent()) {
      throw new ConfigException("tls_cert and tls_key go together: give both, or neither to use the certificate "
          + "the server creates in its data dir");
    }
    if (production && authToken.filter(token -> !token.isBlank()).isEmpty()) {
      throw new ConfigException("production mode (QUICNPROTOCHAT_PRODUCTION=1) needs an auth_token: set "
          + "QUICNPROTOCHAT_AUTH_TOKEN or --auth-token");
    }
    if (production && authToken.filter(DEVELOPMENT_TOKEN::equals).isPresent()) {
      throw new ConfigException("production mode (QUICNPROTOCHAT_PRODUCTION=1) refuses the development auth_token "
          + "'" + DEVELOPMENT_TOKEN + "': set a secret QUICNPROTOCHAT_AUTH_TOKEN");
    }
    // the key encrypts a local SQLite file (SQLCipher); PostgreSQL's data at rest is its own server's business
    if (production && storeBackend == StoreBackend.SQL && dbUrl.isEmpty()
        && dbKey.filter(key -> !key.isBlank()).isEmpty()) {
      throw new ConfigException("production mode with store_backend = sql (SQLite) needs a db_key: set "
          + "QUICNPROTOCHAT_DB_KEY or --db-key");
    }
  }

  @Override
  public String toString() {
    return "ServerConfig[listen=" + listen + ", dataDir=" + dataDir + ", tlsCert=" + tlsCert + ", tlsKey=" + tlsKey
        + ", authToken=" + authToken.map(token -> "<redacted>") + ", storeBackend=" + storeBackend
        + ", dbPath=" + dbPath + ", dbUrl=" + dbUrl.map(url -> "<set>") + ", dbSchema=" + dbSchema
        + ", dbKey=" + dbKey.map(key -> "<redacted>")
        + ", allowSealedSender=" + allowSealedSender + ", production=" + production + ", limits=" + limits + "]";
  }
}
