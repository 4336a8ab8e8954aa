package io.callrec.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExpectedHostKeyTest {

    /** A syntactically valid ssh-ed25519 public key blob: string "ssh-ed25519", string (32 bytes). */
    private static byte[] ed25519Blob(long seed) {
        byte[] type = "ssh-ed25519".getBytes(StandardCharsets.US_ASCII);
        byte[] key = new byte[32];
        new Random(seed).nextBytes(key);
        return ByteBuffer.allocate(4 + type.length + 4 + key.length).putInt(type.length).put(type)
                .putInt(key.length).put(key).array();
    }

    private static String base64(byte[] blob) {
        return Base64.getEncoder().encodeToString(blob);
    }

    @Test
    void knownHostsLineBareKeyAndFingerprintAllNameTheSameKey() {
        byte[] blob = ed25519Blob(1);
        String fingerprint = ExpectedHostKey.fingerprintOf(blob);
        List<ExpectedHostKey> entries = ExpectedHostKey.parseAll(
                "# the storage server\n"
                + "[sftp.example.net]:2222,192.0.2.7 ssh-ed25519 " + base64(blob) + " root@sftp\n"
                + "\n"
                + "ssh-ed25519 " + base64(blob) + "\n"
                + fingerprint + "\n");

        assertThat(entries).hasSize(3).allSatisfy(e -> {
            assertThat(e.fingerprint()).isEqualTo(fingerprint);
            assertThat(e.matches(ServerHostKey.of(blob))).isTrue();
            assertThat(e.matches(ServerHostKey.of(ed25519Blob(2)))).isFalse();
            assertThat(e.revoked()).isFalse();
        });
        assertThat(entries.get(0).type()).isEqualTo("ssh-ed25519");
        assertThat(entries.get(0).publicKeyBase64()).isEqualTo(base64(blob));
        assertThat(entries.get(2).type()).isNull();
    }

    @Test
    void fingerprintIsSha256OfTheBlobInUnpaddedBase64() throws Exception {
        byte[] blob = ed25519Blob(3);
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(blob);
        String expected = "SHA256:" + Base64.getEncoder().encodeToString(digest).replace("=", "");

        assertThat(ExpectedHostKey.fingerprintOf(blob)).isEqualTo(expected).hasSize(7 + 43);
        assertThat(ExpectedHostKey.parseAll(expected + "=").get(0).fingerprint()).isEqualTo(expected);
    }

    @Test
    void hashedHostNamesAndRevokedMarkerAreUnderstood() {
        byte[] blob = ed25519Blob(4);
        List<ExpectedHostKey> entries = ExpectedHostKey.parseAll(
                "|1|F1E1KeoE/eEWhi10WpGv4OdiO6Y=|3988QV0VE8wmZL7suNrYQLITLCg= ssh-ed25519 " + base64(blob) + "\n"
                + "@revoked * ssh-ed25519 " + base64(blob));

        assertThat(entries.get(0).revoked()).isFalse();
        assertThat(entries.get(1).revoked()).isTrue();
    }

    @Test
    void serverHostKeyOffersItselfAsAKnownHostsEntry() {
        byte[] blob = ed25519Blob(5);
        ServerHostKey shown = ServerHostKey.of(blob);

        assertThat(shown.type()).isEqualTo("ssh-ed25519");
        assertThat(shown.knownHostsEntry()).isEqualTo("ssh-ed25519 " + base64(blob));
        assertThat(ExpectedHostKey.parseAll(shown.knownHostsEntry()).get(0).matches(shown)).isTrue();
        assertThat(ExpectedHostKey.parseAll(shown.fingerprint()).get(0).matches(shown)).isTrue();
    }

    @Test
    void malformedEntriesAreRefusedNamingTheLine() {
        String good = "ssh-ed25519 " + base64(ed25519Blob(6));
        assertThatThrownBy(() -> ExpectedHostKey.parseAll(good + "\nsftp.example.net"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2")
                .hasMessageContaining("known_hosts line");
        assertThatThrownBy(() -> ExpectedHostKey.parseAll("ssh-ed25519 not*base64"))
                .hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> ExpectedHostKey.parseAll("ssh-rsa " + base64(ed25519Blob(7))))
                .hasMessageContaining("not a ssh-rsa key");
        assertThatThrownBy(() -> ExpectedHostKey.parseAll("SHA256:abc"))
                .hasMessageContaining("43 base64 characters");
        assertThatThrownBy(() -> ExpectedHostKey.parseAll("@cert-authority * " + good))
                .hasMessageContaining("@cert-authority is not supported");
        assertThatThrownBy(() -> ExpectedHostKey.parseAll("MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48"))
                .hasMessageContaining("'SHA256:...' fingerprint");
    }

    @Test
    void blankTextHasNoEntries() {
        assertThat(ExpectedHostKey.parseAll(null)).isEmpty();
        assertThat(ExpectedHostKey.parseAll("  \n# nothing yet\n")).isEmpty();
    }
}
