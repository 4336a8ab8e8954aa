package io.callrec.domain.identity;

import io.callrec.domain.validation.InvalidFieldException;
import java.util.regex.Pattern;

/**
 * What a login may be: 1 to 64 letters, digits and {@code . _ @ -}. No colon (HTTP Basic splits on
 * the first one) and never {@code me}, which names the caller itself in the API.
 */
public final class LoginName {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private LoginName() {
    }

    public static String check(String field, String login) {
        if (login == null || !VALID.matcher(login).matches()) {
            throw new InvalidFieldException(field, "must be 1 to 64 letters, digits or . _ @ -, not '" + login + "'");
        }
        if (login.equals("me")) {
            throw new InvalidFieldException(field, "'me' is reserved: it names the caller itself");
        }
        return login;
    }
}
