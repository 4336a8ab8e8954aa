package io.callrec.domain.account;

import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.RecordingOption;
import java.util.EnumSet;
import java.util.Set;

/**
 * What applies to an account once products, add-ons and its own settings are combined: whether it
 * has call recording at all, which options are on, and its on-demand codes with where they come from.
 */
public record EffectiveConfiguration(boolean callRecording, Set<RecordingOption> enabled, DtmfCodes codes,
                                     CodeSource codeSource) {

    public EffectiveConfiguration {
        enabled = enabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(enabled));
    }

    public boolean isOn(RecordingOption option) {
        return enabled.contains(option);
    }
}
