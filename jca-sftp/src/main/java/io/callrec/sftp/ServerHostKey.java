package io.callrec.sftp;

import java.io.Serializable;
import java.util.Base64;

/**
 * A host key as a server presented it: its type ({@code ssh-ed25519}), its OpenSSH SHA-256
 * fingerprint ({@code SHA256:} + unpadded base64, as {@code ssh-keygen -l} prints it) and the public
 * key in base64. Either {@link #fingerprint()} or {@link #knownHostsEntry()} may be pasted into an
 * endpoint's expected host key once an administrator has checked it.
 */
public record ServerHostKey(String type, String fingerprint, String publicKeyBase64) implements Serializable {

    /** The key a server sent, from its SSH wire encoding (which starts with the type name). */
    public static ServerHostKey of(byte[] publicKeyBlob) {
        String type = ExpectedHostKey.blobType(publicKeyBlob);
        return new ServerHostKey(type == null ? "unknown" : type, ExpectedHostKey.fingerprintOf(publicKeyBlob),
                Base64.getEncoder().encodeToString(publicKeyBlob));
    }

    /** {@code type base64}: a known_hosts entry without host names. */
    public String knownHostsEntry() {
        return type + " " + publicKeyBase64;
    }

    @Override
    public String toString() {
        return type + " " + fingerprint;
    }
}
