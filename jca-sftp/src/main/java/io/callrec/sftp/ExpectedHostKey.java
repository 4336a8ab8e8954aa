package io.callrec.sftp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * One entry of an endpoint's expected host key: a fingerprint, or a public key (then also its type,
 * which the client offers first when negotiating). A {@code revoked} entry refuses its key.
 *
 * @param type            key type, or null when only the fingerprint is known
 * @param fingerprint     OpenSSH SHA-256 fingerprint, {@code SHA256:} + unpadded base64
 * @param publicKeyBase64 the public key (SSH wire encoding in base64), or null when only the fingerprint is known
 * @param revoked         from a known_hosts line marked {@code @revoked}
 */
public record ExpectedHostKey(String type, String fingerprint, String publicKeyBase64, boolean revoked) {

    private static final Set<String> KEY_TYPES = Set.of("ssh-ed25519", "ssh-ed448", "ssh-rsa", "ssh-dss",
            "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "sk-ssh-ed25519@openssh.com",
            "sk-ecdsa-sha2-nistp256@openssh.com");
    private static final String SHA256 = "SHA256:";

    /**
     * Parses the entries, one per line; blank lines and {@code #} comments are skipped. A malformed
     * entry is an {@link IllegalArgumentException} naming its line.
     */
    public static List<ExpectedHostKey> parseAll(String text) {
        List<ExpectedHostKey> entries = new ArrayList<>();
        if (text == null) {
            return entries;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                entries.add(parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("host key line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(entries);
    }

    /** The fingerprint of a public key blob (the SSH wire encoding), as {@code ssh-keygen -l} prints it. */
    public static String fingerprintOf(byte[] publicKeyBlob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(publicKeyBlob);
            return SHA256 + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether this entry names the presented key. */
    public boolean matches(ServerHostKey presented) {
        return fingerprint.equals(presented.fingerprint());
    }

    private static ExpectedHostKey parse(String line) {
        if (line.startsWith(SHA256)) {
            return new ExpectedHostKey(null, normalisedFingerprint(line), null, false);
        }
        List<String> fields = new ArrayList<>(List.of(line.split("\\s+")));
        boolean revoked = false;
        if (fields.get(0).startsWith("@")) {
            String marker = fields.remove(0);
            if (!marker.equals("@revoked")) {
                throw new IllegalArgumentException("marker " + marker + " is not supported (only @revoked)");
            }
            revoked = true;
        }
        if (!fields.isEmpty() && !KEY_TYPES.contains(fields.get(0))) {
            fields.remove(0); // the host names of a known_hosts line
        }
        if (fields.size() < 2 || !KEY_TYPES.contains(fields.get(0))) {
            throw new IllegalArgumentException("expected a known_hosts line, 'type base64' or 'SHA256:...' fingerprint,"
                    + " not '" + abbreviated(line) + "'");
        }
        String type = fields.get(0);
        byte[] blob = decode(fields.get(1), "public key of type " + type);
        if (!type.equals(blobType(blob))) {
            throw new IllegalArgumentException("the key data is not a " + type + " key");
        }
        return new ExpectedHostKey(type, fingerprintOf(blob), fields.get(1), revoked);
    }

    private static String normalisedFingerprint(String line) {
        String base64 = line.substring(SHA256.length()).strip();
        while (base64.endsWith("=")) {
            base64 = base64.substring(0, base64.length() - 1);
        }
        if (decode(base64, "fingerprint").length != 32) {
            throw new IllegalArgumentException("a SHA256 fingerprint has 43 base64 characters: '" + line + "'");
        }
        return SHA256 + base64;
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not valid base64", e);
        }
    }

    /** The type name a public key blob starts with (an SSH string), or null when it has none. */
    static String blobType(byte[] blob) {
        ByteBuffer in = ByteBuffer.wrap(blob);
        if (in.remaining() < 4) {
            return null;
        }
        int length = in.getInt();
        if (length < 1 || length > in.remaining()) {
            return null;
        }
        return new String(blob, 4, length, StandardCharsets.US_ASCII);
    }

    private static String abbreviated(String line) {
        return line.length() <= 60 ? line : line.substring(0, 57) + "...";
    }
}
