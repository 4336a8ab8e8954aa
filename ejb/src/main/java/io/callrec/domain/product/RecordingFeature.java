package io.callrec.domain.product;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumSet;
import java.util.Set;

/** The call recording feature as a product sells it: which options it turns on. */
@Embeddable
public class RecordingFeature {

    @Column(name = "rec_auto_incoming") private boolean autoRecordIncoming;
    @Column(name = "rec_auto_outgoing") private boolean autoRecordOutgoing;
    @Column(name = "rec_auto_redirected") private boolean autoRecordRedirected;
    @Column(name = "rec_manual") private boolean allowManualStartStop;
    @Column(name = "rec_announcement") private boolean playAnnouncement;
    @Column(name = "rec_email") private boolean sendViaEmail;
    @Column(name = "rec_myself_only") private boolean showToMyselfOnly;

    protected RecordingFeature() {
    }

    public static RecordingFeature of(Set<RecordingOption> on) {
        RecordingFeature f = new RecordingFeature();
        f.autoRecordIncoming = on.contains(RecordingOption.AUTO_RECORD_INCOMING);
        f.autoRecordOutgoing = on.contains(RecordingOption.AUTO_RECORD_OUTGOING);
        f.autoRecordRedirected = on.contains(RecordingOption.AUTO_RECORD_REDIRECTED);
        f.allowManualStartStop = on.contains(RecordingOption.ALLOW_MANUAL_START_STOP);
        f.playAnnouncement = on.contains(RecordingOption.PLAY_ANNOUNCEMENT);
        f.sendViaEmail = on.contains(RecordingOption.SEND_VIA_EMAIL);
        f.showToMyselfOnly = on.contains(RecordingOption.SHOW_TO_MYSELF_ONLY);
        return f;
    }

    public boolean isOn(RecordingOption option) {
        return switch (option) {
            case AUTO_RECORD_INCOMING -> autoRecordIncoming;
            case AUTO_RECORD_OUTGOING -> autoRecordOutgoing;
            case AUTO_RECORD_REDIRECTED -> autoRecordRedirected;
            case ALLOW_MANUAL_START_STOP -> allowManualStartStop;
            case PLAY_ANNOUNCEMENT -> playAnnouncement;
            case SEND_VIA_EMAIL -> sendViaEmail;
            case SHOW_TO_MYSELF_ONLY -> showToMyselfOnly;
        };
    }

    public Set<RecordingOption> enabled() {
        Set<RecordingOption> on = EnumSet.noneOf(RecordingOption.class);
        for (RecordingOption o : RecordingOption.values()) {
            if (isOn(o)) {
                on.add(o);
            }
        }
        return on;
    }
}
