package io.callrec.domain.recording;

/** The published audio of a recording: where it is, what it weighs, and its fingerprint. */
public record AudioFile(String path, String format, long sizeBytes, String sha256, long durationMillis) {
}
