package io.callrec.infrastructure.persistence.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.domain.account.Account;
import io.callrec.domain.delivery.MailState;
import io.callrec.domain.delivery.RecordingMail;
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
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
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

    @Test
    void h2Version12MovesEachRecordingsMailToTheAccountOfItsFirstEntitledXdr() throws Exception {
        version12MovesTheMails(TestDatabases.h2("mails"), "h2", "'" + STATISTICS + "'");
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

        @Test
        void version12MovesEachRecordingsMailToTheAccountOfItsFirstEntitledXdr() throws Exception {
            version12MovesTheMails(postgres.createDatabase("mails"), "postgresql",
                    "lo_from_bytea(0, convert_to('" + STATISTICS + "', 'UTF8'))");
        }
    }

    /**
     * Version 12 on a database at version 11 whose recordings have mail states: every mail that is not NONE
     * becomes the mail of the account of its recording's first entitled xDR (lowest id), with its state,
     * attempts, last error and time sent; NONE and a recording without an entitled xDR give no row; the
     * old columns are gone and the entities read the rows.
     */
    private static void version12MovesTheMails(DataSource ds, String vendor, String statistics) throws Exception {
        Sql.run(ds, Sql.resource("db/migration/" + vendor + "/V1__schema_of_release_40740ac.sql"));
        Sql.run(ds, Sql.resource("schema/v1-data.sql").replace("${statistics}", statistics));
        Flyway.configure(SchemaMigrations.class.getClassLoader()).dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .baselineOnMigrate(true).baselineVersion("1").target("11").load().migrate();
        String xdr = "insert into cdr_account (id, accountid, callid, callednumber, callingnumber, connecttime, direction,"
                + " disconnecttime, durationseconds, entitled, h323confid, playbackexpired, recording_id) values (%d, '%s',"
                + " 'x@switch', '200', '100', '2025-11-26 09:40:00+00', 'INCOMING', '2025-11-26 09:40:05+00', 5, %s, 'X',"
                + " false, %d);\n";
        Sql.run(ds, String.join("",
                // 1: SENT, its first entitled xDR is 1001's (id 1); 1002's (id 7) comes after it
                xdr.formatted(7, "1002", "true", 1),
                "update recording set mail_state = 'SENT', mail_attempts = 1, mail_sent_at = '2025-11-26 09:41:00+00' where id = 1;\n",
                // 2: FAILED, 1002's xDR (id 2) before 1001's (id 8)
                xdr.formatted(8, "1001", "true", 2),
                "update recording set mail_state = 'FAILED', mail_attempts = 3, mail_last_error = '550 no such user' where id = 2;\n",
                // 5: PENDING, its first xDR (id 5, 1002's) is not entitled, 2001's (id 9) is
                xdr.formatted(9, "2001", "true", 5),
                "update recording set mail_state = 'PENDING', mail_attempts = 2, mail_last_error = '421 busy' where id = 5;\n",
                // 4: PENDING without an entitled xDR: nothing to move
                "update cdr_account set entitled = false where id = 4;\n",
                "update recording set mail_state = 'PENDING', mail_attempts = 1 where id = 4;\n"));

        EntityManagerFactory emf = TestDatabases.persistenceUnit(ds);
        try {
            assertThat(Sql.rows(ds, "select recordingid, accountid, state, attempts, lasterror, sentat from recording_mail"
                    + " order by recordingid, accountid")).hasSize(3).satisfies(rows -> {
                        assertThat(rows.get(0)).startsWith("1|1001|SENT|1|null|2025-11-26");
                        assertThat(rows.get(1)).isEqualTo("2|1002|FAILED|3|550 no such user|null");
                        assertThat(rows.get(2)).isEqualTo("5|2001|PENDING|2|421 busy|null");
                    });
            assertThat(Sql.columnsOf(ds, Set.of("recording")).get("recording"))
                    .noneMatch(column -> column.startsWith("mail_"));
            EntityManager em = emf.createEntityManager();
            try {
                RecordingMail sent = em.find(RecordingMail.class, new RecordingMail.Key(1, "1001"));
                assertThat(sent.getState()).isEqualTo(MailState.SENT);
                assertThat(sent.getSentAt()).isEqualTo(Instant.parse("2025-11-26T09:41:00Z"));
                assertThat(em.find(RecordingMail.class, new RecordingMail.Key(1, "1002"))).isNull();
            } finally {
                em.close();
            }
        } finally {
            emf.close();
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
                            "7|SQL|true", "8|SQL|true", "9|SQL|true", "10|SQL|true", "11|SQL|true",
                            "12|SQL|true", "13|SQL|true");
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
                            "7|SQL|true", "8|SQL|true", "9|SQL|true", "10|SQL|true", "11|SQL|true",
                            "12|SQL|true", "13|SQL|true");
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
            for (MailState state : MailState.values()) {
                c.createStatement().execute("insert into recording_mail (recordingid, accountid, state, attempts) values (9400, '"
                        + state.name() + "', '" + state.name() + "', 0)");
            }
            assertThatThrownBy(() -> c.createStatement().execute("insert into recording_mail (recordingid, accountid, state,"
                    + " attempts) values (9401, 'a', 'NO_SUCH_STATE', 0)")).isInstanceOf(SQLException.class);
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
