package io.callrec.infrastructure.storage;

import io.callrec.media.capture.CaptureFormat;
import java.nio.file.Path;

/** A capture received and checked, waiting in the spool folder for its conversion. */
public record SpooledCapture(Path path, long sizeBytes, CaptureFormat.Kind kind) {
}
