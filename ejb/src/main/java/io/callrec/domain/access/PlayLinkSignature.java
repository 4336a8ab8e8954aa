package io.callrec.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a play URL: HMAC-SHA256 (RFC 2104, the JDK's) with the server's secret over the
 * recording id, the login it was issued to and its expiry (epoch seconds), base64url without padding.
 * Fields are joined with a version tag and newlines, which none of them can contain, so no two
 * different (id, login, expiry) sign the same text. Checking compares in constant time.
 */
public final class PlayLinkSignature {

    private static final String ALGORITHM = "HmacSHA256";

    private PlayLinkSignature() {
    }

    public static String sign(byte[] key, long recordingId, String login, long expiresEpochSecond) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, recordingId, login, expiresEpochSecond));
    }

    /** True when {@code presented} is the signature of exactly these values; false for anything malformed. */
    public static boolean matches(byte[] key, long recordingId, String login, long expiresEpochSecond, String presented) {
        if (presented == null || login == null || login.indexOf('\n') >= 0) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(presented);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(given, mac(key, recordingId, login, expiresEpochSecond));
    }

    private static byte[] mac(byte[] key, long recordingId, String login, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            String text = "callrec-play-v1\n" + recordingId + "\n" + login + "\n" + expires;
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
