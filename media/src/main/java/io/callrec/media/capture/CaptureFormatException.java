package io.callrec.media.capture;

import java.io.IOException;

/** The file is not a capture we can read (unknown magic, header cut short, unsupported version). */
public final class CaptureFormatException extends IOException {

    private final boolean truncated;

    public CaptureFormatException(String message, boolean truncated) {
        super(message);
        this.truncated = truncated;
    }

    /** True when the file starts like a capture but ends inside its file header. */
    public boolean truncated() {
        return truncated;
    }
}
