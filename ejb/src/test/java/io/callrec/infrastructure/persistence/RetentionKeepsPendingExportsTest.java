package io.callrec.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.export.ExportState;
import io.callrec.domain.export.RecordingExportStatus;
import io.callrec.domain.recording.OutcomeReason;
import io.callrec.domain.recording.Recording;
import io.callrec.infrastructure.persistence.migration.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Retention never removes a recording whose export to the SFTP storage is still PENDING; once the export
 * finished (EXPORTED) or failed for good (FAILED), or was never queued, the recording expires as before.
 */
class RetentionKeepsPendingExportsTest {

    private static final Instant OLD = Instant.parse("2025-01-10T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() {
        emf = TestDatabases.persistenceUnit(TestDatabases.h2("retention-export"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void aPendingExportKeepsItsRecordingUntilItFinishes() {
        long never = recording(s -> { });
        long pending = recording(s -> s.queue(NOW));
        long exported = recording(s -> { s.queue(NOW); s.exported("/srv/x.wav", NOW); });
        long failed = recording(s -> { s.queue(NOW); s.failForGood("login refused", NOW); });

        assertThat(idsToExpire()).contains(never, exported, failed).doesNotContain(pending);

        TestDatabases.inTransaction(emf, em -> {
            em.find(RecordingExportStatus.class, pending).exported("/srv/y.wav", NOW);
            return null;
        });
        assertThat(idsToExpire()).contains(pending);
    }

    private static List<Long> idsToExpire() {
        return TestDatabases.inTransaction(emf, em -> {
            Recordings recordings = new Recordings();
            recordings.em = em;
            return recordings.idsToExpire("acme", NOW, 100);
        });
    }

    /** A FAILED (final) recording of an old call, with an export row shaped by {@code export} (none if it does nothing). */
    private static long recording(Consumer<RecordingExportStatus> export) {
        return TestDatabases.inTransaction(emf, em -> {
            Recording r = Recording.pending("acme", OLD, null, OLD);
            r.fail(OutcomeReason.NO_RTP_STREAMS, "test", OLD);
            em.persist(r);
            em.flush();
            RecordingExportStatus status = new RecordingExportStatus(r.getId(), NOW);
            export.accept(status);
            if (status.getState() != ExportState.NONE) {
                em.persist(status);
            }
            return r.getId();
        });
    }
}
