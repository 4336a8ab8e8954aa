package io.callrec.domain.recording;

/** A state change the life cycle does not allow; always a programming or concurrency error. */
public class IllegalTransitionException extends IllegalStateException {
    public IllegalTransitionException(long recordingId, RecordingState from, RecordingState to) {
        super("recording " + recordingId + " cannot move from " + from + " to " + to);
    }
}
