package io.callrec.sftp.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A key pair made by OpenSSH's ssh-keygen, with the fingerprint ssh-keygen itself reports. */
public record SshKey(Path privateKeyFile, String privateKey, String publicKeyLine, String fingerprint) {

    /**
     * @param type       ssh-keygen's -t (ed25519, rsa, ecdsa)
     * @param passphrase empty for none
     * @param pem        write the private key in PEM (PKCS#1/SEC1) instead of OpenSSH's own format
     */
    public static SshKey generate(Path file, String type, String passphrase, boolean pem) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".pub"));
            if (pem) {
                Commands.run("ssh-keygen", "-q", "-t", type, "-m", "PEM", "-N", passphrase, "-C", "callrec-test",
                        "-f", file.toString());
            } else {
                Commands.run("ssh-keygen", "-q", "-t", type, "-N", passphrase, "-C", "callrec-test", "-f", file.toString());
            }
            String publicLine = Files.readString(Path.of(file + ".pub")).strip();
            // "256 SHA256:xxxx comment (ED25519)"
            String fingerprint = Commands.run("ssh-keygen", "-l", "-E", "sha256", "-f", file + ".pub").split("\\s+")[1];
            return new SshKey(file, Files.readString(file), publicLine, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code type base64} without the comment: a bare known_hosts key. */
    public String bareKey() {
        String[] fields = publicKeyLine.split("\\s+");
        return fields[0] + " " + fields[1];
    }
}
