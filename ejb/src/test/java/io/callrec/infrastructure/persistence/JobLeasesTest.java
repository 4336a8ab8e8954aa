package io.callrec.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.infrastructure.persistence.migration.TestDatabases;
import io.callrec.infrastructure.persistence.migration.WithTestPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The job lease that lets one instance at a time run a periodic job, on the real schema of H2 and of a
 * real PostgreSQL (the shared database): instances racing for a lease get it once, a lease held by an
 * instance that died blocks the others only until it runs out, a released lease is free at once.
 */
class JobLeasesTest {

    private static final Instant T0 = Instant.parse("2026-12-01T03:17:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void onH2() throws Exception {
        leaseRules(TestDatabases.persistenceUnit(TestDatabases.h2("leases")));
    }

    @Nested
    class OnPostgresql extends WithTestPostgres {

        @Override
        protected String folder() {
            return "lease-test-postgres";
        }

        @Test
        void leaseRules() throws Exception {
            DataSource ds = postgres.createDatabase("leases");
            JobLeasesTest.leaseRules(TestDatabases.persistenceUnit(ds));
        }
    }

    private static void leaseRules(EntityManagerFactory emf) throws Exception {
        try {
            assertThat(take(emf, "a", "retention-purge", T0)).as("a free job").isTrue();
            assertThat(take(emf, "b", "retention-purge", T0.plusSeconds(60))).as("held by a").isFalse();
            assertThat(take(emf, "a", "retention-purge", T0.plusSeconds(60))).as("a renews its own").isTrue();
            // a dies (kill -9) holding the lease: nobody releases it, it runs until T0 + 60 s + 1 h
            assertThat(take(emf, "b", "retention-purge", T0.plusSeconds(60).plus(HOUR).minusSeconds(1))).isFalse();
            assertThat(take(emf, "b", "retention-purge", T0.plusSeconds(61).plus(HOUR))).as("a's lease ran out").isTrue();
            assertThat(take(emf, "a", "retention-purge", T0.plusSeconds(62).plus(HOUR))).as("now b's").isFalse();
            release(emf, "b", "retention-purge");
            assertThat(take(emf, "a", "retention-purge", T0.plusSeconds(63).plus(HOUR))).as("released").isTrue();
            assertThat(race(emf, "reconciliation", 6)).as("instances racing for a free lease").isEqualTo(1);
        } finally {
            emf.close();
        }
    }

    /** {@code instances} instances try to take the same free lease at the same moment; how many got it. */
    private static int race(EntityManagerFactory emf, String job, int instances) throws Exception {
        take(emf, "setup", job, T0);
        release(emf, "setup", job);
        CyclicBarrier start = new CyclicBarrier(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                String holder = "instance-" + i;
                Callable<Boolean> attempt = () -> {
                    start.await();
                    return take(emf, holder, job, T0.plusSeconds(5));
                };
                tries.add(pool.submit(attempt));
            }
            int won = 0;
            for (Future<Boolean> t : tries) {
                won += t.get() ? 1 : 0;
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean take(EntityManagerFactory emf, String holder, String job, Instant now) {
        return inTransaction(emf, holder, leases -> leases.tryAcquire(job, now, HOUR));
    }

    private static void release(EntityManagerFactory emf, String holder, String job) {
        inTransaction(emf, holder, leases -> {
            leases.release(job);
            return true;
        });
    }

    /** One instance's JobLeases call in a transaction of its own, as the container runs it (REQUIRES_NEW). */
    private static boolean inTransaction(EntityManagerFactory emf, String holder,
                                         java.util.function.Function<JobLeases, Boolean> call) {
        return TestDatabases.inTransaction(emf, em -> {
            JobLeases leases = new JobLeases();
            leases.em = em;
            leases.holder = holder;
            return call.apply(leases);
        });
    }
}
