package io.callrec.interfaces.security;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an {@code Authorization} header presents: a login and password (HTTP Basic, RFC 7617: base64 of
 * UTF-8 {@code login:password}, split at the first colon) or an API token (Bearer, RFC 6750:
 * {@code <id>.<secret>}, both base64url). The principal of a token is {@code token:<id>}, which the
 * security domain's realm mapper sends to the token realm (no login can contain a colon).
 */
record Credentials(Scheme scheme, String principal, String secret) {

    enum Scheme { BASIC, BEARER }

    static final String TOKEN_PREFIX = "token:";
    static final int MAX_HEADER = 4096;
    private static final Pattern TOKEN_PART = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    /** The header is present but not a well-formed Basic or Bearer credential; the message says why. */
    static final class Malformed extends Exception {
        Malformed(String why) {
            super(why, null, false, false);
        }
    }

    /** Empty when there is no header (an anonymous request). */
    static Optional<Credentials> parse(String header) throws Malformed {
        if (header == null) {
            return Optional.empty();
        }
        if (header.length() > MAX_HEADER) {
            throw new Malformed("it is longer than " + MAX_HEADER + " characters");
        }
        String trimmed = header.strip();
        int space = trimmed.indexOf(' ');
        if (space <= 0) {
            throw new Malformed("expected 'Basic <base64>' or 'Bearer <token>'");
        }
        String scheme = trimmed.substring(0, space).toLowerCase(Locale.ROOT);
        String value = trimmed.substring(space + 1).strip();
        return Optional.of(switch (scheme) {
            case "basic" -> basic(value);
            case "bearer" -> bearer(value);
            default -> throw new Malformed("the scheme must be Basic or Bearer");
        });
    }

    String tokenId() {
        return principal.substring(TOKEN_PREFIX.length());
    }

    private static Credentials basic(String value) throws Malformed {
        String text;
        try {
            byte[] raw = Base64.getDecoder().decode(value);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new Malformed("Basic credentials must be base64 of UTF-8 'login:password'");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new Malformed("Basic credentials must be 'login:password' with a login");
        }
        return new Credentials(Scheme.BASIC, text.substring(0, colon), text.substring(colon + 1));
    }

    private static Credentials bearer(String value) throws Malformed {
        int dot = value.indexOf('.');
        if (dot <= 0 || !TOKEN_PART.matcher(value.substring(0, dot)).matches()
                || !TOKEN_PART.matcher(value.substring(dot + 1)).matches()) {
            throw new Malformed("a Bearer token must be '<id>.<secret>' as it was issued");
        }
        return new Credentials(Scheme.BEARER, TOKEN_PREFIX + value.substring(0, dot), value.substring(dot + 1));
    }

    @Override
    public String toString() {
        return scheme + " " + principal; // never the secret
    }
}
