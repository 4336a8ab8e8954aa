package io.callrec.application.lifecycle;

import java.nio.file.Path;
import java.util.List;

/**
 * Files a recording no longer needs (its capture after a final outcome, its audio after expiry).
 * Fired inside the transaction that released them; deleted only once it has committed.
 */
public record FilesReleased(long recordingId, List<Path> files) {
}
