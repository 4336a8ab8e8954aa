package io.callrec.domain.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a user is: the provider's staff ({@code ADMIN}), a PBX customer's self-care user
 * ({@code CUSTOMER}), an end user of one account ({@code ACCOUNT}), or the SIP switch / billing system
 * ({@code SWITCH}). The enum name is also the container role name the security realm grants.
 */
public enum Role {
    ADMIN, CUSTOMER, ACCOUNT, SWITCH;

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String CUSTOMER = "CUSTOMER";
        public static final String ACCOUNT = "ACCOUNT";
        public static final String SWITCH = "SWITCH";

        private Names() {
        }
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.jsonName().equalsIgnoreCase(text == null ? "" : text.trim()))
                .findFirst();
    }
}
