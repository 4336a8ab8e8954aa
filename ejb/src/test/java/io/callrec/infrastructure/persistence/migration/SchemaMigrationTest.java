package io.callrec.infrastructure.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.account.Account;
import io.callrec.domain.export.ExportState;
import io.callrec.domain.ondemand.RecordingControl;
import io.callrec.domain.recording.OutcomeReason;
import io.callrec.domain.recording.Recording;
import io.callrec.domain.recording.RecordingState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The migrations against real databases: a database the previous release made (version 1, by
 * hbm2ddl), with data in every table, migrates to the latest version without losing or changing a row,
 * and an empty one is created from nothing; both then pass Hibernate's validation of the real
 * persistence unit (persistence.xml and the entities, started as Java SE, which runs
 * {@link SchemaMigrations} through META-INF/services as WildFly does) and serve the entities.
 */
class SchemaMigrationTest {

    private static final String STATISTICS = "{\"durationMillis\":5003,\"legs\":[]}";

    @Test
    void h2DatabaseOfThePreviousReleaseMigratesWithItsData() throws Exception {
        legacyDatabaseMigrates(TestDatabases.h2("legacy"), "h2", "'" + STATISTICS + "'");
    }

    @Test
    void emptyH2DatabaseIsMadeByTheMigrations() throws Exception {
        emptyDatabaseIsMade(TestDatabases.h2("fresh"));
    }

    @Nested
    class OnPostgresql extends WithTestPostgres {

        @Override
        protected String folder() {
            return "schema-test-postgres";
        }

        @Test
        void databaseOfThePreviousReleaseMigratesWithItsData() throws Exception {
            legacyDatabaseMigrates(postgres.createDatabase("legacy"), "postgresql",
                    "lo_from_bytea(0, convert_to('" + STATISTICS + "', 'UTF8'))");
        }

        @Test
        void emptyDatabaseIsMadeByTheMigrations() throws Exception {
            emptyDatabaseIsMade(postgres.createDatabase("fresh"));
        }
    }

    private static void legacyDatabaseMigrates(DataSource ds, String vendor, String statistics) throws Exception {
        Sql.run(ds, Sql.resource("db/migration/" + vendor + "/V1__schema_of_release_40740ac.sql"));
        Sql.run(ds, Sql.resource("schema/v1-data.sql").replace("${statistics}", statistics));
        Map<String, List<String>> version1 = Sql.columnsOf(ds, Sql.V1_TABLES.keySet());
        Map<String, List<String>> before = Sql.dumpTables(ds, Sql.V1_TABLES, version1);

        EntityManagerFactory emf = TestDatabases.persistenceUnit(ds);
        try {
            assertThat(Sql.rows(ds, "select \"version\", \"type\", \"success\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\""))
                    .containsExactly("1|BASELINE|true", "2|SQL|true", "3|SQL|true", "4|SQL|true", "5|SQL|true", "6|SQL|true",
                            "7|SQL|true", "8|SQL|true", "9|SQL|true", "10|SQL|true", "11|SQL|true");
            assertThat(Sql.dumpTables(ds, Sql.V1_TABLES, version1)).isEqualTo(before);
            assertThat(Sql.rows(ds, "select distinct recordingsprivate from account")).containsExactly("false");
            assertThat(Sql.rows(ds, "select setting_value from server_setting where setting_key = 'RecordsDelivery.Enabled'"))
                    .as("e-mail delivery starts off").containsExactly("false");
            assertThat(Sql.rows(ds, "select count(*) from recording_event")).doesNotContain("0");
            assertThat(Sql.rows(ds, "select count(*) from recording_event where feedposition is null or feedposition <> id"))
                    .as("existing events keep their order in the feed").containsExactly("0");
            assertThat(Sql.rows(ds, "select distinct clockshiftnanos from recording_control")).containsExactly("0");
            assertThat(Sql.rows(ds, "select count(*) from customer where outputformat is not null"))
                    .as("existing customers keep the server's format").containsExactly("0");
            valuesAddedSinceVersion1AreAccepted(ds);
            entitiesReadTheMigratedRows(emf);
            assertThat(newRecording(emf)).as("ids continue after the existing rows").isGreaterThan(6L);
        } finally {
            emf.close();
        }
        assertThat(SchemaMigrations.migrate(ds).migrationsExecuted).isZero();
    }

    private static void emptyDatabaseIsMade(DataSource ds) throws Exception {
        EntityManagerFactory emf = TestDatabases.persistenceUnit(ds);
        try {
            assertThat(Sql.rows(ds, "select \"version\", \"type\", \"success\" from \"flyway_schema_history\" where \"version\" is not null order by \"installed_rank\""))
                    .containsExactly("1|SQL|true", "2|SQL|true", "3|SQL|true", "4|SQL|true", "5|SQL|true", "6|SQL|true",
                            "7|SQL|true", "8|SQL|true", "9|SQL|true", "10|SQL|true", "11|SQL|true");
            valuesAddedSinceVersion1AreAccepted(ds);
            assertThat(newRecording(emf)).isPositive();
        } finally {
            emf.close();
        }
        assertThat(SchemaMigrations.migrate(ds).migrationsExecuted).isZero();
    }

    /**
     * The enumerations' check constraints take every reason code the code has (a value added without its
     * migration fails here), and refuse unknown ones.
     */
    private static void valuesAddedSinceVersion1AreAccepted(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (OutcomeReason reason : OutcomeReason.values()) {
                c.createStatement().execute("insert into recording_event (id, occurredat, reason, reasoncode, recordingid,"
                        + " state) values (" + (9100 + reason.ordinal()) + ", current_timestamp, 'x', '" + reason.name()
                        + "', 1, 'PARTIAL')");
            }
            assertThatThrownBy(() -> c.createStatement().execute("insert into recording_event"
                    + " (id, occurredat, reasoncode, recordingid, state) values (9003, current_timestamp, 'NO_SUCH_REASON', 1, 'FAILED')"))
                    .isInstanceOf(SQLException.class);
            c.rollback(); // PostgreSQL: the refused insert ended the transaction's usefulness
            for (ExportState state : ExportState.values()) {
                c.createStatement().execute("insert into recording_export (recordingid, state, attempts, updatedat) values ("
                        + (9200 + state.ordinal()) + ", '" + state.name() + "', 0, current_timestamp)");
            }
            assertThatThrownBy(() -> c.createStatement().execute("insert into recording_export (recordingid, state, attempts,"
                    + " updatedat) values (9300, 'NO_SUCH_STATE', 0, current_timestamp)")).isInstanceOf(SQLException.class);
            c.rollback();
        }
    }

    private static void entitiesReadTheMigratedRows(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin(); // PostgreSQL reads large objects inside a transaction only
            List<Recording> recordings = em.createQuery("select r from Recording r order by r.id", Recording.class)
                    .getResultList();
            assertThat(recordings).extracting(Recording::getState).containsExactly(RecordingState.AVAILABLE,
                    RecordingState.PARTIAL, RecordingState.FAILED, RecordingState.PENDING, RecordingState.CONVERTING,
                    RecordingState.SUPPRESSED);
            assertThat(recordings.get(2).getReasonCode()).isEqualTo(OutcomeReason.RETRIES_EXHAUSTED);
            assertThat(recordings.get(0).getStatistics()).isEqualTo(STATISTICS);
            assertThat(recordings.get(0).getRecordedAt()).isEqualTo(Instant.parse("2025-11-26T09:40:00Z"));
            assertThat(em.find(Account.class, "1001").isRecordingsPrivate()).isFalse();
            assertThat(em.find(RecordingControl.class, 1L).spans()).hasSize(2);
            assertThat(em.find(RecordingControl.class, 1L).audit()).hasSize(3);
            em.getTransaction().commit();
        } finally {
            em.close();
        }
    }

    /** Stores a new recording through the entities (its id from the sequence) and reads it back. */
    private static long newRecording(EntityManagerFactory emf) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            Recording fresh = Recording.pending("42", Instant.parse("2026-11-26T09:00:00Z"), "/spool/new.cap", Instant.now());
            em.persist(fresh);
            em.getTransaction().commit();
            em.clear();
            assertThat(em.find(Recording.class, fresh.getId()).getState()).isEqualTo(RecordingState.PENDING);
            return fresh.getId();
        } finally {
            em.close();
        }
    }

}
