package io.callrec.domain.policy;

import io.callrec.domain.account.EffectiveConfiguration;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.xdr.CallDirection;

/**
 * Decides, at call setup, whether the switch records a call of an account. Each direction has its
 * auto-record option; an incoming call forwarded from a vendor counts as both incoming and redirected,
 * so it is recorded only when both options are on. On-demand control follows "allow start/stop
 * manually"; the announcement follows "play announcement to all" whenever recording may happen.
 */
public final class RecordingPolicy {

    private RecordingPolicy() {
    }

    public static RecordingDecision decide(EffectiveConfiguration config, CallDirection direction) {
        boolean record = switch (direction) {
            case INCOMING -> config.isOn(RecordingOption.AUTO_RECORD_INCOMING);
            case OUTGOING -> config.isOn(RecordingOption.AUTO_RECORD_OUTGOING);
            case REDIRECTED -> config.isOn(RecordingOption.AUTO_RECORD_REDIRECTED);
            case FORWARDED -> config.isOn(RecordingOption.AUTO_RECORD_INCOMING)
                    && config.isOn(RecordingOption.AUTO_RECORD_REDIRECTED);
        };
        boolean onDemand = config.isOn(RecordingOption.ALLOW_MANUAL_START_STOP);
        boolean announce = (record || onDemand) && config.isOn(RecordingOption.PLAY_ANNOUNCEMENT);
        return new RecordingDecision(record, onDemand, config.codes(), announce);
    }
}
