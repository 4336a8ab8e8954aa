package io.callrec.application.lifecycle;

import io.callrec.domain.recording.OrphanPolicy;
import io.callrec.infrastructure.persistence.JobLeases;
import io.callrec.infrastructure.persistence.Recordings;
import io.callrec.infrastructure.storage.LifecycleSettings;
import io.callrec.infrastructure.storage.StorageLayout;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Use case: reconcile the disk with the database. Audio and capture files that no recording owns
 * (left by a crash, or a deletion that failed) are removed once older than the grace period;
 * recordings whose audio vanished are reported.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrphanSweep {

    static final String JOB = "orphan-sweep";
    private static final Logger LOG = Logger.getLogger(OrphanSweep.class.getName());

    @Inject
    Recordings recordings;

    @Inject
    StorageLayout layout;

    @Inject
    LifecycleSettings settings;

    @Inject
    JobLeases leases;

    @Inject
    Clock clock;

    /** What a sweep found and did. */
    public record Report(boolean ran, List<Path> deleted, List<Long> recordingsMissingAudio) {
    }

    public Report run() {
        Instant now = clock.instant();
        if (!Jobs.tryLease(leases, JOB, now, Duration.ofHours(1))) {
            return new Report(false, List.of(), List.of());
        }
        try {
            Map<String, Long> audio = recordings.audioPaths();
            Set<String> known = new HashSet<>(audio.keySet());
            known.addAll(recordings.capturePaths());
            List<OrphanPolicy.FileSeen> files = scan(layout.recordingsDir());
            files.addAll(scan(layout.spoolDir()));
            List<Path> orphans = new OrphanPolicy(settings.orphanGrace()).orphans(files, known, now);
            orphans.forEach(OrphanSweep::delete);
            Set<String> present = new HashSet<>();
            files.forEach(f -> present.add(f.path().toString()));
            List<Long> missing = OrphanPolicy.missing(audio, present);
            LOG.info(() -> "orphan sweep: " + orphans.size() + " orphan files deleted, "
                    + missing.size() + " recordings missing their audio " + missing);
            return new Report(true, orphans, missing);
        } finally {
            leases.release(JOB);
        }
    }

    private static List<OrphanPolicy.FileSeen> scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile)
                    .map(p -> new OrphanPolicy.FileSeen(p, modified(p))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan " + dir, e);
        }
    }

    private static Instant modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toInstant();
        } catch (IOException e) {
            return Instant.MAX; // vanished while scanning: not an orphan
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warning(() -> "cannot delete orphan file " + p + ": " + e.getMessage());
        }
    }
}
