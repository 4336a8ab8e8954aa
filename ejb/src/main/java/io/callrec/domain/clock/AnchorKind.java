package io.callrec.domain.clock;

import java.util.Locale;

/** What in the capture marks the call's connect (see the media engine's clock anchor). */
public enum AnchorKind {
    /** The 200 OK answering the call's initial INVITE. */
    SIP_ANSWER,
    /** The call's first RTP packet (no SIP answer in the capture). */
    FIRST_MEDIA,
    /**
     * The call's last RTP packet, the call record's duration before it: the media outlasts the call
     * record, so its first packets were early media (ringback, an announcement) before the answer.
     */
    LAST_MEDIA,
    /** Nothing: the capture began after the call was set up. */
    NONE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** How the anchor reads in an audit trail or a reason. */
    String description() {
        return switch (this) {
            case SIP_ANSWER -> "the 200 OK answering the INVITE";
            case FIRST_MEDIA -> "the call's first RTP packet";
            case LAST_MEDIA -> "the call's last RTP packet (its media began before the answer: early media)";
            case NONE -> "no anchor";
        };
    }
}
