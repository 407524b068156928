package dev.quicnprotochat.adapter.persistence.sql;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Brings a database to the newest schema at start, with Flyway 13 (whose core speaks SQLite; PostgreSQL comes from
/// `flyway-database-postgresql`). Scripts live in `db/migration/<client|server>/<dialect>/V<n>__<what>.sql`: the
/// dialects get separate scripts, and a released script is never edited, only followed by a new one.
final class Migrations {

  private static final Logger logger = LoggerFactory.getLogger(Migrations.class);

  private Migrations() {}

  /// `schema` is the PostgreSQL schema to create and migrate, or null for SQLite.
  static void migrate(DataSource dataSource, Dialect dialect, SchemaKind kind, String schema) {
    var configuration = Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(dataSource)
        .locations(kind.migrationLocation(dialect))
        .failOnMissingLocations(true)
        .loggers("slf4j");
    if (schema != null) {
      configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
    }
    MigrateResult result = configuration.load().migrate();
    if (result.migrationsExecuted > 0) {
      logger.info("Database schema {} migrated to version {} ({} migrations applied)", kind,
          result.targetSchemaVersion, result.migrationsExecuted);
    } else {
      logger.debug("Database schema {} is up to date", kind);
    }
  }
}
