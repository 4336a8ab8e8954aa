package io.callrec.domain.recording;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files on disk belong to no recording: pure, so that it can be tested with any clock. A file
 * younger than the grace period is never an orphan (a conversion or upload may be writing it).
 */
public record OrphanPolicy(Duration grace) {

    /** A file seen on disk. */
    public record FileSeen(Path path, Instant lastModified) {
    }

    public List<Path> orphans(List<FileSeen> files, Set<String> known, Instant now) {
        Instant youngest = now.minus(grace);
        return files.stream()
                .filter(f -> f.lastModified().isBefore(youngest))
                .filter(f -> !known.contains(f.path().toString()))
                .map(FileSeen::path)
                .toList();
    }

    /** Recordings whose audio should exist but does not: reported, since nothing can recreate it. */
    public static List<Long> missing(Map<String, Long> expected, Set<String> present) {
        return expected.entrySet().stream()
                .filter(e -> !present.contains(e.getKey()))
                .map(Map.Entry::getValue)
                .sorted()
                .toList();
    }
}
