package io.callrec.interfaces.rest;

import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.access.Permission;
import io.callrec.domain.account.OptionSetting;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.RecordingFeature;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.validation.InvalidFieldException;
import io.callrec.interfaces.rest.binding.Constraints;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the parts of admin request bodies shared by several resources, once bound, into domain values:
 * the maps keyed by recording options or attributes (their keys are checked here, against the
 * enumerations) and the DTMF codes. Every error names its field under {@code name}, the field the part
 * sits in.
 */
final class ServiceForms {

    static final String OPTION_NAMES = Arrays.stream(RecordingOption.values()).map(RecordingOption::jsonName)
            .collect(Collectors.joining(", "));
    static final String ATTRIBUTE_NAMES = Arrays.stream(Attribute.values()).map(Attribute::jsonName)
            .collect(Collectors.joining(", "));

    /** {@code {"start": "*44", "stop": "*45"}}. */
    public record Codes(@NotNull(message = Constraints.REQUIRED) String start,
                        @NotNull(message = Constraints.REQUIRED) String stop) {
    }

    private ServiceForms() {
    }

    /** {@code {"autoRecordIncoming": true, ...}}: options absent (or null) are off; no map = no feature. */
    static RecordingFeature feature(Map<String, Boolean> options, String name) {
        if (options == null) {
            return null;
        }
        Set<RecordingOption> on = EnumSet.noneOf(RecordingOption.class);
        options.forEach((field, value) -> {
            RecordingOption option = option(field, name);
            if (Boolean.TRUE.equals(value)) {
                on.add(option);
            }
        });
        return RecordingFeature.of(on);
    }

    /** {@code {"autoRecordIncoming": "inherit|on|off", ...}}: options absent inherit. */
    static Map<RecordingOption, OptionSetting> settings(Map<String, String> settings, String name) {
        Map<RecordingOption, OptionSetting> parsed = new EnumMap<>(RecordingOption.class);
        if (settings != null) {
            settings.forEach((field, text) -> parsed.put(option(field, name), setting(text, under(name, field))));
        }
        return parsed;
    }

    /** One option's setting, {@code inherit}, {@code on} or {@code off} in any case, given under {@code field}. */
    static OptionSetting setting(String text, String field) {
        if (text == null) {
            throw new InvalidFieldException(field, Constraints.REQUIRED);
        }
        return OptionSetting.parse(text.toLowerCase(Locale.ROOT)).orElseThrow(() -> new InvalidFieldException(
                field, "must be one of inherit, on, off, not '" + text + "'"));
    }

    static RecordingOption option(String field, String name) {
        return RecordingOption.byJsonName(field).orElseThrow(() -> new InvalidFieldException(under(name, field),
                "is not a recording option; the options are " + OPTION_NAMES));
    }

    /** {@code {"showToMyselfOnly": ["view", "modify"], ...}}. */
    static Set<Grant> grants(Map<String, List<String>> permissions, String name) {
        Set<Grant> grants = new HashSet<>();
        if (permissions == null) {
            return grants;
        }
        permissions.forEach((field, granted) -> {
            Attribute attribute = Attribute.byJsonName(field).orElseThrow(() -> new InvalidFieldException(
                    under(name, field), "is not an attribute; the attributes are " + ATTRIBUTE_NAMES));
            for (String p : granted == null ? List.<String>of() : granted) {
                Permission permission = Arrays.stream(Permission.values())
                        .filter(v -> v.name().equalsIgnoreCase(p)).findFirst()
                        .orElseThrow(() -> new InvalidFieldException(under(name, field),
                                "may hold view and modify, not '" + (p == null ? "" : p) + "'"));
                grants.add(new Grant(attribute, permission));
            }
        });
        return grants;
    }

    /** The codes given under {@code name}; null when absent. A bad code is named {@code name.start} or {@code name.stop}. */
    static DtmfCodes codes(Codes codes, String name) {
        if (codes == null) {
            return null;
        }
        try {
            return new DtmfCodes(codes.start(), codes.stop());
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(under(name, e.field().equals("startCode") ? "start" : "stop"), e.problem());
        }
    }

    /** The name of {@code field} inside the part named {@code name} ("" for the body itself). */
    static String under(String name, String field) {
        return name.isEmpty() ? field : name + "." + field;
    }
}
