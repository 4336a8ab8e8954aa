package io.callrec.sftp.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import io.callrec.sftp.testing.SshKey;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The host key is always checked, against the endpoint's entries only; fingerprints are OpenSSH's own. */
class HostKeyTest extends AgainstSshd {


    private static void connects(String expectedHostKey) throws SftpException {
        try (SftpConnection connection = adapter.unpooled().getConnection(sshd.endpoint().withHostKey(expectedHostKey))) {
            assertThat(connection.exists(sshd.files().toString())).isTrue();
        }
    }

    private static SftpException refused(String expectedHostKey) {
        SftpEndpoint endpoint = sshd.endpoint().withHostKey(expectedHostKey);
        return catchThrowableOfType(SftpException.class, () -> adapter.unpooled().getConnection(endpoint).close());
    }

    @Test
    void theServersKeyIsAcceptedAsKnownHostsLineBareKeyOrFingerprint() throws SftpException {
        connects(sshd.knownHostsLine());
        connects(sshd.hostKey().bareKey());
        connects(sshd.hostKey().fingerprint());
        connects("# two servers behind one name\n" + sshd.ecdsaHostKey().fingerprint() + "\n" + sshd.hostKey().fingerprint());
    }

    @Test
    void aKnownKeyOfAnotherTypeIsNegotiatedFirst() throws SftpException {
        // The server has ed25519 and ECDSA keys; given only the ECDSA key, the client must ask for it.
        connects("[127.0.0.1]:" + sshd.port() + " " + sshd.ecdsaHostKey().bareKey());
    }

    @Test
    void anotherKeyIsAMismatchNamingWhatTheServerPresented(@TempDir Path tmp) {
        SshKey impostor = SshKey.generate(tmp.resolve("other_host_key"), "ed25519", "", false);

        SftpException e = refused(impostor.bareKey());

        assertThat(e.kind()).isEqualTo(Kind.HOST_KEY_MISMATCH);
        assertThat(e.getMessage()).contains("does not match", "presented ssh-ed25519 " + sshd.hostKey().fingerprint(),
                "expected ssh-ed25519 " + impostor.fingerprint());
        assertThat(e.serverHostKey()).hasValueSatisfying(k -> assertThat(k.fingerprint()).isEqualTo(sshd.hostKey().fingerprint()));
    }

    @Test
    void noExpectedKeyIsRefusedWithTheFingerprintToPaste() throws SftpException {
        SftpException e = refused("");

        assertThat(e.kind()).isEqualTo(Kind.HOST_KEY_UNKNOWN);
        assertThat(e.getMessage()).contains("no host key is configured for 127.0.0.1:" + sshd.port(),
                sshd.hostKey().fingerprint());
        // What the exception offers is exactly what ssh-keygen says of the server's key, and pasting it works.
        assertThat(e.serverHostKey().orElseThrow().fingerprint()).isEqualTo(sshd.hostKey().fingerprint());
        assertThat(e.serverHostKey().orElseThrow().knownHostsEntry()).isEqualTo(sshd.hostKey().bareKey());
        connects(e.serverHostKey().orElseThrow().knownHostsEntry());
    }

    @Test
    void aRevokedKeyIsRefusedEvenBesideATrustedEntry() {
        SftpException e = refused("@revoked * " + sshd.hostKey().bareKey() + "\n" + sshd.hostKey().fingerprint());

        assertThat(e.kind()).isEqualTo(Kind.HOST_KEY_MISMATCH);
        assertThat(e.getMessage()).contains("marked @revoked");
    }

    @Test
    void aFingerprintOfAKeyTypeTheServerDoesNotOfferFirstIsAMismatch() {
        // Without the key itself the client cannot know its type: the server shows its preferred key.
        SftpException e = refused(sshd.ecdsaHostKey().fingerprint());

        assertThat(e.kind()).isEqualTo(Kind.HOST_KEY_MISMATCH);
        assertThat(e.getMessage()).contains("presented ssh-ed25519 " + sshd.hostKey().fingerprint());
    }
}
