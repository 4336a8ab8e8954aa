package io.callrec.domain.recording;

/**
 * Machine-readable reason of a final state other than AVAILABLE (and of a PARTIAL result), so that
 * operators and notification features can act on it without parsing text.
 */
public enum OutcomeReason {
    NOT_A_CAPTURE,
    TRUNCATED_CAPTURE,
    NO_RTP_STREAMS,
    UNSUPPORTED_CODEC,
    CAPTURE_MISSING,
    /** The call's side file (SDP/metadata given with the capture) could not be read. */
    BAD_SIDE_FILE,
    /** The capture holds no call with the requested Call-ID. */
    CALL_NOT_FOUND,
    /** A transient failure kept happening until the broker gave up redelivering. */
    RETRIES_EXHAUSTED,
    /** The recording stayed PENDING/CONVERTING too long, and re-queueing did not help. */
    STUCK,
    /** Some audio is missing from the result (PARTIAL): the capture is truncated, or has more streams than the limits. */
    AUDIO_INCOMPLETE,
    /**
     * Recorded spans (or parts of them) lie outside the captured call: the call record's clock could not
     * be aligned with the capture's, or the capture ends before what was recorded (PARTIAL; FAILED when
     * nothing at all was left).
     */
    SPANS_OUTSIDE_CAPTURE,
    /**
     * The capture holds the call's signalling but not its BYE and ends well before the call record's
     * disconnect: it was cut while the call went on (PARTIAL).
     */
    CAPTURE_ENDS_EARLY,
    /** The output is shorter than the media the capture holds for it (PARTIAL). */
    OUTPUT_SHORT,
    /** The conversion wrote no audio although the recording should hold some (FAILED). */
    EMPTY_OUTPUT,
    /** The recording policy said this call is not to be recorded. */
    NOT_RECORDED_BY_POLICY,
    /** On-demand recording was never started during the call. */
    NEVER_STARTED
}
