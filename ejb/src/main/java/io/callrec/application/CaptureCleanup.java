package io.callrec.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deletes a capture once its audio is committed as AVAILABLE, never before: if the transaction rolls
 * back, the capture is still there for the retry.
 */
@ApplicationScoped
public class CaptureCleanup {

    private static final Logger LOG = Logger.getLogger(CaptureCleanup.class.getName());

    void onAvailable(@Observes(during = TransactionPhase.AFTER_SUCCESS) RecordingAvailable event) {
        try {
            Files.deleteIfExists(event.capture());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot delete the capture of recording " + event.recordingId(), e);
        }
    }
}
