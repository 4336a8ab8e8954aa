package io.callrec.media.engine;

/** A conversion failed for a reason the caller can act on; the message is a single line. */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Why the conversion failed. BAD_SIDE_FILE: the side file given in the options is unreadable or
     * in neither known format; CALL_NOT_FOUND: the requested Call-ID has no RTP in the capture.
     */
    public enum Reason { NOT_A_CAPTURE, TRUNCATED, NO_RTP_STREAMS, UNSUPPORTED_CODEC, IO_ERROR, BAD_SIDE_FILE,
        CALL_NOT_FOUND }

    private final Reason reason;

    public MediaException(Reason reason, String message) {
        this(reason, message, null);
    }

    public MediaException(Reason reason, String message, Throwable cause) {
        super(oneLine(message), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("[\\r\\n]+", " ").trim();
    }
}
