package io.callrec.application;

import java.nio.file.Path;

/** Fired when a recording became AVAILABLE; observers act after the transaction commits. */
public record RecordingAvailable(long recordingId, Path capture) {
}
