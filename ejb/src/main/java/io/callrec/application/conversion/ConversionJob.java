package io.callrec.application.conversion;

import io.callrec.domain.recording.AudioFormat;
import io.callrec.domain.recording.Recording;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A detached snapshot of what one conversion attempt needs, taken when the attempt begins;
 * {@code customerFormat} is the customer's own output format, null when it inherits the instance's.
 */
public record ConversionJob(long recordingId, Path capture, String customerId, LocalDate callDate, int attempt,
                            AudioFormat customerFormat) {

    static ConversionJob of(Recording recording, AudioFormat customerFormat) {
        return new ConversionJob(recording.getId(), Path.of(recording.getCapturePath()), recording.getCustomerId(),
                recording.getCallDate(), recording.getAttempts(), customerFormat);
    }
}
