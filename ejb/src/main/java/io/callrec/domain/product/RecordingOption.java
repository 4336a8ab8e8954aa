package io.callrec.domain.product;

import java.util.Arrays;
import java.util.Optional;

/** The options of the call recording feature, with the names the API uses for them. */
public enum RecordingOption {
    AUTO_RECORD_INCOMING("autoRecordIncoming"),
    AUTO_RECORD_OUTGOING("autoRecordOutgoing"),
    AUTO_RECORD_REDIRECTED("autoRecordRedirected"),
    ALLOW_MANUAL_START_STOP("allowManualStartStop"),
    PLAY_ANNOUNCEMENT("playAnnouncement"),
    SEND_VIA_EMAIL("sendViaEmail"),
    SHOW_TO_MYSELF_ONLY("showToMyselfOnly");

    private final String jsonName;

    RecordingOption(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<RecordingOption> byJsonName(String name) {
        return Arrays.stream(values()).filter(o -> o.jsonName.equals(name)).findFirst();
    }
}
