package io.callrec.domain.identity;

import io.callrec.domain.validation.InvalidFieldException;
import java.nio.charset.StandardCharsets;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_BYTES} bytes
 * in UTF-8 (bcrypt ignores what comes after 72 bytes, so a longer one would be silently cut), no
 * control characters, and not the login itself.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static void check(String field, String login, String password) {
        if (password == null || password.isEmpty()) {
            throw new InvalidFieldException(field, "is required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidFieldException(field, "must be at least " + MIN_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidFieldException(field, "must be at most " + MAX_BYTES + " bytes in UTF-8");
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException(field, "must not contain control characters");
        }
        if (password.equalsIgnoreCase(login)) {
            throw new InvalidFieldException(field, "must not be the login");
        }
    }
}
