package io.callrec.application;

import io.callrec.domain.recording.Recording;
import java.nio.file.Path;
import java.time.LocalDate;

/** A detached snapshot of what one conversion attempt needs, taken when the attempt begins. */
public record ConversionJob(long recordingId, Path capture, String customerId, LocalDate callDate, int attempt) {

    static ConversionJob of(Recording recording) {
        return new ConversionJob(recording.getId(), Path.of(recording.getCapturePath()), recording.getCustomerId(),
                recording.getCallDate(), recording.getAttempts());
    }
}
