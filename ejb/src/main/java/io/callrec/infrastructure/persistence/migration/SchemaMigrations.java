package io.callrec.infrastructure.persistence.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Migrates the schema with Flyway while the persistence unit starts, on the unit's own datasource.
 * WildFly starts the persistence unit when it deploys the EAR, before any EJB or CDI bean exists, so
 * the migration runs as a Hibernate integrator (registered in META-INF/services): integrators run while
 * the session factory is built, before {@code hibernate.hbm2ddl.auto=validate} checks the schema.
 * <p>
 * Scripts live in {@code db/migration/common} (one SQL text for every database) and in
 * {@code db/migration/h2} or {@code db/migration/postgresql} where they must
 * differ; the rules for new ones are in {@code db/migration/common/README.md}.
 * A database made by Hibernate's {@code hbm2ddl=update} before migrations existed (it has tables but no
 * {@code flyway_schema_history}) is taken as version 1, the schema of that release, and migrated from
 * there. Several instances starting at once are safe: Flyway takes a database lock while it migrates.
 */
public class SchemaMigrations implements Integrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory.getServiceRegistry().requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        migrate(dataSource);
    }

    /** Applies the pending migrations; a failure stops the persistence unit, hence the deployment. */
    public static MigrateResult migrate(DataSource dataSource) {
        MigrateResult result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendorOf(dataSource))
                .failOnMissingLocations(true)
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("schema made by hbm2ddl before migrations")
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now" + (result.initialSchemaVersion == null ? "" : ", from version "
                + result.initialSchemaVersion) + ")");
        return result;
    }

    /** The folder of the database's own scripts: {@code h2} or {@code postgresql}. */
    static String vendorOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return switch (product) {
                case "H2" -> "h2";
                case "PostgreSQL" -> "postgresql";
                default -> throw new IllegalStateException("no schema migrations for " + product
                        + " (the application runs on H2 and PostgreSQL)");
            };
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate its schema", e);
        }
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to undo
    }
}
