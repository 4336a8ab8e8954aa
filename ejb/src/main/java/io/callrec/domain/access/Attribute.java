package io.callrec.domain.access;

import io.callrec.domain.product.RecordingOption;
import java.util.Arrays;
import java.util.Optional;

/** Attributes of an account's service an end user may be allowed to see or change. */
public enum Attribute {
    AUTO_RECORD_INCOMING(RecordingOption.AUTO_RECORD_INCOMING),
    AUTO_RECORD_OUTGOING(RecordingOption.AUTO_RECORD_OUTGOING),
    AUTO_RECORD_REDIRECTED(RecordingOption.AUTO_RECORD_REDIRECTED),
    ALLOW_MANUAL_START_STOP(RecordingOption.ALLOW_MANUAL_START_STOP),
    PLAY_ANNOUNCEMENT(RecordingOption.PLAY_ANNOUNCEMENT),
    SEND_VIA_EMAIL(RecordingOption.SEND_VIA_EMAIL),
    SHOW_TO_MYSELF_ONLY(RecordingOption.SHOW_TO_MYSELF_ONLY),
    /** The end user's own on-demand DTMF codes (a custom dialing rule). */
    DIALING_CODES(null);

    private final RecordingOption option;

    Attribute(RecordingOption option) {
        this.option = option;
    }

    public String jsonName() {
        return option == null ? "dialingCodes" : option.jsonName();
    }

    public static Attribute of(RecordingOption option) {
        return Arrays.stream(values()).filter(a -> a.option == option).findFirst().orElseThrow();
    }

    public static Optional<Attribute> byJsonName(String name) {
        return Arrays.stream(values()).filter(a -> a.jsonName().equals(name)).findFirst();
    }
}
