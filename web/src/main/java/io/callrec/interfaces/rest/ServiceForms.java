package io.callrec.interfaces.rest;

import io.callrec.domain.access.Attribute;
import io.callrec.domain.access.Grant;
import io.callrec.domain.access.Permission;
import io.callrec.domain.account.OptionSetting;
import io.callrec.domain.dialing.DtmfCodes;
import io.callrec.domain.product.RecordingFeature;
import io.callrec.domain.product.RecordingOption;
import io.callrec.domain.validation.InvalidFieldException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the parts of admin request bodies shared by several resources; every error names its field. */
final class ServiceForms {

    static final String OPTION_NAMES = Arrays.stream(RecordingOption.values()).map(RecordingOption::jsonName)
            .collect(Collectors.joining(", "));
    static final String ATTRIBUTE_NAMES = Arrays.stream(Attribute.values()).map(Attribute::jsonName)
            .collect(Collectors.joining(", "));

    private ServiceForms() {
    }

    /** {@code {"autoRecordIncoming": true, ...}}: options absent are off; null object = no feature. */
    static RecordingFeature feature(JsonBody json) {
        if (json == null) {
            return null;
        }
        Set<RecordingOption> on = EnumSet.noneOf(RecordingOption.class);
        for (String field : json.fields()) {
            RecordingOption option = option(json, field);
            if (json.bool(field, false)) {
                on.add(option);
            }
        }
        return RecordingFeature.of(on);
    }

    /** {@code {"autoRecordIncoming": "inherit|on|off", ...}}: options absent inherit. */
    static Map<RecordingOption, OptionSetting> settings(JsonBody json) {
        Map<RecordingOption, OptionSetting> settings = new EnumMap<>(RecordingOption.class);
        if (json == null) {
            return settings;
        }
        for (String field : json.fields()) {
            settings.put(option(json, field), setting(json, field));
        }
        return settings;
    }

    static OptionSetting setting(JsonBody json, String field) {
        String text = json.requiredString(field);
        return OptionSetting.parse(text.toLowerCase(Locale.ROOT)).orElseThrow(() -> new InvalidFieldException(
                json.name(field), "must be one of inherit, on, off, not '" + text + "'"));
    }

    static RecordingOption option(JsonBody json, String field) {
        return RecordingOption.byJsonName(field).orElseThrow(() -> new InvalidFieldException(json.name(field),
                "is not a recording option; the options are " + OPTION_NAMES));
    }

    /** {@code {"showToMyselfOnly": ["view", "modify"], ...}}. */
    static Set<Grant> grants(JsonBody json) {
        Set<Grant> grants = new HashSet<>();
        if (json == null) {
            return grants;
        }
        for (String field : json.fields()) {
            Attribute attribute = Attribute.byJsonName(field).orElseThrow(() -> new InvalidFieldException(
                    json.name(field), "is not an attribute; the attributes are " + ATTRIBUTE_NAMES));
            for (String p : json.strings(field)) {
                Permission permission = Arrays.stream(Permission.values())
                        .filter(v -> v.name().equalsIgnoreCase(p)).findFirst()
                        .orElseThrow(() -> new InvalidFieldException(json.name(field), "may hold view and modify, not '" + p + "'"));
                grants.add(new Grant(attribute, permission));
            }
        }
        return grants;
    }

    /** {@code {"start": "*44", "stop": "*45"}}; null when absent. */
    static DtmfCodes codes(JsonBody json) {
        if (json == null) {
            return null;
        }
        String start = json.requiredString("start");
        String stop = json.requiredString("stop");
        try {
            return new DtmfCodes(start, stop);
        } catch (InvalidFieldException e) {
            throw new InvalidFieldException(json.name(e.field().equals("startCode") ? "start" : "stop"), e.problem());
        }
    }
}
