package org.openwfm.web.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the newest version with the Flyway scripts in {@code db/migration}. Applied
 * migrations are never re-run or undone, so a restart keeps all data; a database whose applied scripts were
 * changed afterwards fails validation loudly rather than being altered.
 */
@ApplicationScoped
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "jdbc/wfm")
  private DataSource dataSource;

  /** Applies pending migrations and returns how many were applied. */
  public int migrate() {
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            // Liberty's class loader lists a class-path folder only when it holds a file named flyway.location
            // (db/migration, and db/callback which Flyway always scans).
            .locations("classpath:db/migration")
            .failOnMissingLocations(true)
            .baselineOnMigrate(false)
            .cleanDisabled(true)
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now, database "
                + result.database
                + ").");
    return result.migrationsExecuted;
  }
}
