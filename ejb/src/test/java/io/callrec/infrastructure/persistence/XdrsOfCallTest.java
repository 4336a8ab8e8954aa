package io.callrec.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.domain.recording.Recording;
import io.callrec.domain.xdr.CallDirection;
import io.callrec.domain.xdr.CallRecord;
import io.callrec.domain.xdr.Xdr;
import io.callrec.infrastructure.persistence.migration.TestDatabases;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The xDRs of a call are those of its first recording and of every recording split off it, whichever of
 * them the question starts from, in id order; another call's are not among them.
 */
class XdrsOfCallTest {

    private static final Instant AT = Instant.parse("2026-11-26T09:40:00Z");
    private static EntityManagerFactory emf;

    @BeforeAll
    static void database() {
        emf = TestDatabases.persistenceUnit(TestDatabases.h2("xdrs-of-call"));
    }

    @AfterAll
    static void close() {
        emf.close();
    }

    @Test
    void theCallsXdrsAreFoundFromAnyOfItsRecordings() {
        long[] ids = TestDatabases.inTransaction(emf, em -> {
            Recording first = Recording.pending("acme", AT, "/spool/call.cap", AT);
            Recording other = Recording.pending("acme", AT, "/spool/other.cap", AT);
            em.persist(first);
            em.persist(other);
            em.flush();
            Recording split = Recording.splitOff(first, "globex", AT);
            Recording secondSplit = Recording.splitOff(split, "initech", AT);
            em.persist(split);
            em.persist(secondSplit);
            Xdr a = xdr("a", first);
            Xdr b = xdr("b", split);
            Xdr c = xdr("c", other);
            Xdr d = xdr("d", secondSplit);
            Xdr e = xdr("e", first);
            List.of(a, b, c, d, e).forEach(em::persist);
            em.flush();
            return new long[] {first.getId(), split.getId(), secondSplit.getId(), other.getId(),
                    a.getId(), b.getId(), c.getId(), d.getId(), e.getId()};
        });

        for (int i = 0; i < 3; i++) {
            assertThat(xdrsOfCall(ids[i])).containsExactly(ids[4], ids[5], ids[7], ids[8]);
        }
        assertThat(xdrsOfCall(ids[3])).containsExactly(ids[6]);
    }

    private static List<Long> xdrsOfCall(long recordingId) {
        return TestDatabases.inTransaction(emf, em -> {
            Recordings recordings = new Recordings();
            recordings.em = em;
            return recordings.xdrsOfCall(em.find(Recording.class, recordingId)).stream().map(Xdr::getId).toList();
        });
    }

    private static Xdr xdr(String account, Recording recording) {
        return new Xdr(new CallRecord("call-" + account, "conf-1", account, "100", "acme", "14155550100",
                "14155550199", CallDirection.INCOMING, AT, AT.plusSeconds(5)), recording);
    }
}
