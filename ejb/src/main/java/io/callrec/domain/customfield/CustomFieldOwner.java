package io.callrec.domain.customfield;

import java.util.Locale;
import java.util.Optional;

/** What a custom field can be set on. */
public enum CustomFieldOwner {
    ACCOUNT, CUSTOMER;

    /** The owner written as {@code account} or {@code ACCOUNT} (any case). */
    public static Optional<CustomFieldOwner> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
