package io.callrec.domain.account;

import io.callrec.domain.product.RecordingOption;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.EnumMap;
import java.util.Map;

/** An account's own settings of the recording options; each one inherits from the product unless set. */
@Embeddable
public class ServiceConfiguration {

    @Enumerated(EnumType.STRING) @Column(name = "cfg_auto_incoming", length = 8) private OptionSetting autoRecordIncoming;
    @Enumerated(EnumType.STRING) @Column(name = "cfg_auto_outgoing", length = 8) private OptionSetting autoRecordOutgoing;
    @Enumerated(EnumType.STRING) @Column(name = "cfg_auto_redirected", length = 8) private OptionSetting autoRecordRedirected;
    @Enumerated(EnumType.STRING) @Column(name = "cfg_manual", length = 8) private OptionSetting allowManualStartStop;
    @Enumerated(EnumType.STRING) @Column(name = "cfg_announcement", length = 8) private OptionSetting playAnnouncement;
    @Enumerated(EnumType.STRING) @Column(name = "cfg_email", length = 8) private OptionSetting sendViaEmail;
    @Enumerated(EnumType.STRING) @Column(name = "cfg_myself_only", length = 8) private OptionSetting showToMyselfOnly;

    protected ServiceConfiguration() {
    }

    /** Options missing from the map inherit. */
    public static ServiceConfiguration of(Map<RecordingOption, OptionSetting> settings) {
        ServiceConfiguration c = new ServiceConfiguration();
        c.autoRecordIncoming = settings.getOrDefault(RecordingOption.AUTO_RECORD_INCOMING, OptionSetting.INHERIT);
        c.autoRecordOutgoing = settings.getOrDefault(RecordingOption.AUTO_RECORD_OUTGOING, OptionSetting.INHERIT);
        c.autoRecordRedirected = settings.getOrDefault(RecordingOption.AUTO_RECORD_REDIRECTED, OptionSetting.INHERIT);
        c.allowManualStartStop = settings.getOrDefault(RecordingOption.ALLOW_MANUAL_START_STOP, OptionSetting.INHERIT);
        c.playAnnouncement = settings.getOrDefault(RecordingOption.PLAY_ANNOUNCEMENT, OptionSetting.INHERIT);
        c.sendViaEmail = settings.getOrDefault(RecordingOption.SEND_VIA_EMAIL, OptionSetting.INHERIT);
        c.showToMyselfOnly = settings.getOrDefault(RecordingOption.SHOW_TO_MYSELF_ONLY, OptionSetting.INHERIT);
        return c;
    }

    public static ServiceConfiguration inheritAll() {
        return of(Map.of());
    }

    public OptionSetting get(RecordingOption option) {
        OptionSetting o = switch (option) {
            case AUTO_RECORD_INCOMING -> autoRecordIncoming;
            case AUTO_RECORD_OUTGOING -> autoRecordOutgoing;
            case AUTO_RECORD_REDIRECTED -> autoRecordRedirected;
            case ALLOW_MANUAL_START_STOP -> allowManualStartStop;
            case PLAY_ANNOUNCEMENT -> playAnnouncement;
            case SEND_VIA_EMAIL -> sendViaEmail;
            case SHOW_TO_MYSELF_ONLY -> showToMyselfOnly;
        };
        return o == null ? OptionSetting.INHERIT : o;
    }

    /** A copy with some options set differently. */
    public ServiceConfiguration with(Map<RecordingOption, OptionSetting> changes) {
        Map<RecordingOption, OptionSetting> all = asMap();
        all.putAll(changes);
        return of(all);
    }

    public Map<RecordingOption, OptionSetting> asMap() {
        Map<RecordingOption, OptionSetting> all = new EnumMap<>(RecordingOption.class);
        for (RecordingOption o : RecordingOption.values()) {
            all.put(o, get(o));
        }
        return all;
    }
}
