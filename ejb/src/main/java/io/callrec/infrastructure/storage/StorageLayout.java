package io.callrec.infrastructure.storage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where files live under the storage root: captures waiting in {@code spool/}, audio under
 * {@code recordings/<customer>/<yyyy>/<MM>/<dd>/<recording id>.<ext>}. The audio path depends only on
 * stable facts of the recording, so a retried conversion writes the same file and external tools can
 * rely on it.
 */
public record StorageLayout(Path root) {

    public Path spoolDir() {
        return root.resolve("spool");
    }

    public Path recordingsDir() {
        return root.resolve("recordings");
    }

    public Path newSpoolFile() {
        return spoolDir().resolve(UUID.randomUUID() + ".cap");
    }

    public Path audioFile(String customerId, LocalDate callDate, long recordingId, String extension) {
        return recordingsDir()
                .resolve(safeSegment(customerId))
                .resolve(String.format("%04d", callDate.getYear()))
                .resolve(String.format("%02d", callDate.getMonthValue()))
                .resolve(String.format("%02d", callDate.getDayOfMonth()))
                .resolve(recordingId + "." + extension);
    }

    /** Keeps a customer id from escaping its folder: anything but [A-Za-z0-9._-] becomes '_'. */
    static String safeSegment(String id) {
        String cleaned = id.replaceAll("[^A-Za-z0-9._-]", "_");
        return cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.') ? "_" + cleaned + "_" : cleaned;
    }
}
