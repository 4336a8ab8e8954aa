package io.callrec.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.infrastructure.persistence.migration.TestDatabases;
import io.callrec.infrastructure.persistence.migration.WithTestPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The outcome-event feed on the real schema of H2 and of a real PostgreSQL: an event whose transaction
 * commits after one with a higher id (ids come in blocks per instance) is still read by a consumer that
 * already handled the other, and sequencers racing on several instances give gap-free, unique positions.
 */
class EventFeedTest {

    @Test
    void onH2() throws Exception {
        feedRules(TestDatabases.persistenceUnit(TestDatabases.h2("feed")));
    }

    @Nested
    class OnPostgresql extends WithTestPostgres {

        @Override
        protected String folder() {
            return "feed-test-postgres";
        }

        @Test
        void feedRules() throws Exception {
            EventFeedTest.feedRules(TestDatabases.persistenceUnit(postgres.createDatabase("feed")));
        }
    }

    private static void feedRules(EntityManagerFactory emf) throws Exception {
        try {
            anEventCommittedLateWithALowerIdIsNotSteppedOver(emf);
            racingSequencersGiveGapFreeUniquePositions(emf);
        } finally {
            emf.close();
        }
    }

    private static void anEventCommittedLateWithALowerIdIsNotSteppedOver(EntityManagerFactory emf) {
        inTransaction(emf, feed -> {
            feed.prepare();
            return 0;
        });
        // instance 2 (ids from 51) commits first; the consumer reads it
        insert(emf, 60);
        inTransaction(emf, EventFeed::sequence);
        List<Long[]> first = read(emf, 0);
        assertThat(first).extracting(r -> r[0]).containsExactly(60L);
        long handled = first.get(0)[1];
        // instance 1's event, id 7, commits afterwards: reading by id (> 60) would step over it
        insert(emf, 7);
        inTransaction(emf, EventFeed::sequence);
        assertThat(read(emf, handled)).extracting(r -> r[0]).containsExactly(7L);
        assertThat(inTransaction(emf, EventFeed::sequence)).as("nothing left to place").isZero();
    }

    private static void racingSequencersGiveGapFreeUniquePositions(EntityManagerFactory emf) throws Exception {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1000, 1199).boxed().toList());
        Collections.shuffle(ids, new Random(17));
        int instances = 4;
        CyclicBarrier start = new CyclicBarrier(instances);
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                int me = i;
                runs.add(pool.submit(() -> {
                    start.await();
                    for (int k = me; k < ids.size(); k += instances) {
                        insert(emf, ids.get(k));
                        inTransaction(emf, EventFeed::sequence);
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        inTransaction(emf, EventFeed::sequence);
        List<Long[]> all = read(emf, 0);
        assertThat(all).hasSize(202);
        assertThat(all).extracting(r -> r[1]).containsExactlyElementsOf(LongStream.rangeClosed(1, 202).boxed().toList());
        assertThat(all).extracting(r -> r[0]).doesNotHaveDuplicates();
    }

    /** An outcome event with the given id, committed on its own (as the conversion's transaction does). */
    private static void insert(EntityManagerFactory emf, long id) {
        TestDatabases.inTransaction(emf, em -> em.createNativeQuery("insert into recording_event (id, occurredat,"
                + " reason, reasoncode, recordingid, state) values (" + id + ", current_timestamp, null, null, " + id
                + ", 'AVAILABLE')").executeUpdate());
    }

    /** {id, position} of the placed events after {@code position}, in feed order. */
    private static List<Long[]> read(EntityManagerFactory emf, long position) {
        EntityManager em = emf.createEntityManager();
        try {
            return em.createQuery("select e.id, e.feedPosition from io.callrec.domain.recording.RecordingEvent e"
                            + " where e.feedPosition > :after order by e.feedPosition", Object[].class)
                    .setParameter("after", position).getResultList().stream()
                    .map(r -> new Long[] {(Long) r[0], (Long) r[1]}).toList();
        } finally {
            em.close();
        }
    }

    /** One sequencer call in a transaction of its own, as the container runs it (REQUIRES_NEW). */
    private static int inTransaction(EntityManagerFactory emf, Function<EventFeed, Integer> call) {
        return TestDatabases.inTransaction(emf, em -> {
            EventFeed feed = new EventFeed();
            feed.em = em;
            return call.apply(feed);
        });
    }
}
