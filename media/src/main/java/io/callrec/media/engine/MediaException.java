package io.callrec.media.engine;

/** A conversion failed for a reason the caller can act on; the message is a single line. */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the conversion failed. */
    public enum Reason { NOT_A_CAPTURE, TRUNCATED, NO_RTP_STREAMS, UNSUPPORTED_CODEC, IO_ERROR }

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
