package io.callrec.application.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes released files after the commit, never before: if the transaction rolls back, the files are
 * still there. A file that cannot be deleted now is left for the orphan sweep.
 */
@ApplicationScoped
public class ReleasedFileCleanup {

    private static final Logger LOG = Logger.getLogger(ReleasedFileCleanup.class.getName());

    void onReleased(@Observes(during = TransactionPhase.AFTER_SUCCESS) FilesReleased event) {
        for (Path file : event.files()) {
            if (file == null) {
                continue;
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "cannot delete " + file + " of recording " + event.recordingId()
                        + "; the orphan sweep will retry", e);
            }
        }
    }
}
