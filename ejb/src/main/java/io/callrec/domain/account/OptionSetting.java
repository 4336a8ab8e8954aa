package io.callrec.domain.account;

import java.util.Locale;
import java.util.Optional;

/** An account's setting of one option: take the product's value, or force it on or off. */
public enum OptionSetting {
    INHERIT, ON, OFF;

    public boolean resolve(boolean productValue) {
        return switch (this) {
            case INHERIT -> productValue;
            case ON -> true;
            case OFF -> false;
        };
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OptionSetting> parse(String text) {
        for (OptionSetting o : values()) {
            if (o.jsonName().equals(text)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
