package io.callrec.domain.account;

import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.RecordingFeature;
import io.callrec.domain.product.RecordingOption;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Combines what an account bought with what it set itself:
 * <ul>
 * <li>an account has call recording when its product or any add-on carries the feature; without it
 *     every option is off, whatever the account's settings say (settings cannot buy a feature);</li>
 * <li>an option's product value is on when any carrying product turns it on (add-ons add, never remove);</li>
 * <li>the account's setting then decides: INHERIT keeps the product value, ON / OFF replace it;</li>
 * <li>DTMF codes: the end user's custom codes, else the account's dialing rule, else the customer's,
 *     else the defaults *44 / *45.</li>
 * </ul>
 */
public final class EffectiveConfigurationPolicy {

    private EffectiveConfigurationPolicy() {
    }

    /** The policy's inputs: the recording features of the account's products and add-ons, and its settings. */
    public record Inputs(List<RecordingFeature> features, ServiceConfiguration settings, Optional<DtmfCodes> customCodes,
                         Optional<DtmfCodes> accountRule, Optional<DtmfCodes> customerRule) {
    }

    public static EffectiveConfiguration of(Inputs in) {
        boolean feature = !in.features().isEmpty();
        Set<RecordingOption> enabled = EnumSet.noneOf(RecordingOption.class);
        if (feature) {
            for (RecordingOption option : RecordingOption.values()) {
                boolean productValue = in.features().stream().anyMatch(f -> f.isOn(option));
                if (in.settings().get(option).resolve(productValue)) {
                    enabled.add(option);
                }
            }
        }
        if (in.customCodes().isPresent()) {
            return new EffectiveConfiguration(feature, enabled, in.customCodes().get(), CodeSource.CUSTOM);
        }
        if (in.accountRule().isPresent()) {
            return new EffectiveConfiguration(feature, enabled, in.accountRule().get(), CodeSource.ACCOUNT_RULE);
        }
        return in.customerRule()
                .map(codes -> new EffectiveConfiguration(feature, enabled, codes, CodeSource.CUSTOMER_RULE))
                .orElseGet(() -> new EffectiveConfiguration(feature, enabled, DtmfCodes.DEFAULTS, CodeSource.DEFAULT));
    }
}
