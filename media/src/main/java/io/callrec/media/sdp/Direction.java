package io.callrec.media.sdp;

import java.util.Locale;

/** RFC 3264 §5.1 / RFC 8866 §6.7 stream direction attributes; sendrecv is the default. */
public enum Direction {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The direction named by an attribute line, or null when the attribute is not a direction. */
    static Direction ofAttribute(String attribute) {
        return switch (attribute.toLowerCase(Locale.ROOT)) {
            case "sendrecv" -> SENDRECV;
            case "sendonly" -> SENDONLY;
            case "recvonly" -> RECVONLY;
            case "inactive" -> INACTIVE;
            default -> null;
        };
    }
}
