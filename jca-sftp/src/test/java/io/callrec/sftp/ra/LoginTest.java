package io.callrec.sftp.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import io.callrec.sftp.testing.SshKey;
import io.callrec.sftp.testing.TestSshd;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging in to OpenSSH's sshd by password and key, and every way it can be refused. */
class LoginTest extends AgainstSshd {


    private static void connects(SftpEndpoint endpoint) throws SftpException {
        try (SftpConnection connection = adapter.unpooled().getConnection(endpoint)) {
            assertThat(connection.isDirectory(sshd.files().toString())).isTrue();
        }
    }

    private static SftpException refused(SftpEndpoint endpoint) {
        SftpException e = catchThrowableOfType(SftpException.class, () -> adapter.unpooled().getConnection(endpoint).close());
        assertThat(e).as("connecting to " + endpoint).isNotNull();
        return e;
    }

    private static SftpEndpoint withKey(String privateKey, String passphrase) {
        return SftpEndpoint.withPrivateKey("127.0.0.1", sshd.port(), sshd.user(), privateKey, passphrase,
                sshd.knownHostsLine());
    }

    @Test
    void passwordLoginWorks() throws SftpException {
        connects(sshd.passwordEndpoint());
    }

    @Test
    void wrongPasswordIsAuthentication() {
        SftpEndpoint wrong = SftpEndpoint.withPassword("127.0.0.1", sshd.port(), sshd.user(), sshd.password() + "x",
                sshd.knownHostsLine());

        SftpException e = refused(wrong);
        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("refused user '" + sshd.user() + "' with the given password");
    }

    @Test
    void keyLoginWorksInOpenSshAndEncryptedPemForm() throws SftpException {
        connects(sshd.endpoint());
        connects(withKey(sshd.encryptedClientKey().privateKey(), TestSshd.ENCRYPTED_KEY_PASSPHRASE));
    }

    @Test
    void keyTheServerDoesNotAuthoriseIsAuthentication(@TempDir java.nio.file.Path tmp) {
        SshKey stranger = SshKey.generate(tmp.resolve("stranger"), "ed25519", "", false);

        SftpException e = refused(withKey(stranger.privateKey(), null));
        assertThat(e.kind()).isEqualTo(Kind.AUTHENTICATION);
        assertThat(e.getMessage()).contains("with the given private key");
    }

    @Test
    void unknownUserIsAuthentication() {
        SftpEndpoint nobody = SftpEndpoint.withPrivateKey("127.0.0.1", sshd.port(), "no-such-user-here",
                sshd.clientKey().privateKey(), null, sshd.knownHostsLine());

        assertThat(refused(nobody).kind()).isEqualTo(Kind.AUTHENTICATION);
    }

    @Test
    void unusablePrivateKeysAreConfigurationErrors() {
        String encrypted = sshd.encryptedClientKey().privateKey();

        SftpException wrongPassphrase = refused(withKey(encrypted, "not the passphrase"));
        assertThat(wrongPassphrase.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(wrongPassphrase.getMessage()).isEqualTo("the private key's passphrase is wrong");

        SftpException noPassphrase = refused(withKey(encrypted, null));
        assertThat(noPassphrase.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(noPassphrase.getMessage()).contains("encrypted: its passphrase is needed");

        SftpException garbage = refused(withKey("-----BEGIN OPENSSH PRIVATE KEY-----\nbm9wZQ==\n"
                + "-----END OPENSSH PRIVATE KEY-----\n", null));
        assertThat(garbage.kind()).isEqualTo(Kind.CONFIGURATION);
        assertThat(garbage.getMessage()).startsWith("the private key cannot be read");
    }

    @Test
    void closedPortIsConnect() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SftpEndpoint nowhere = SftpEndpoint.withPassword("127.0.0.1", closedPort, "u", "p", sshd.knownHostsLine());

        SftpException e = refused(nowhere);
        assertThat(e.kind()).isEqualTo(Kind.CONNECT);
        assertThat(e.getMessage()).startsWith("cannot connect to 127.0.0.1:" + closedPort);
    }

    @Test
    void serverThatNeverSpeaksIsAConnectTimeout() throws Exception {
        // The kernel accepts the TCP connection into the backlog; no SSH banner ever comes.
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            SftpEndpoint endpoint = SftpEndpoint.withPassword("127.0.0.1", silent.getLocalPort(), "u", "p",
                    sshd.knownHostsLine()).withTimeouts(Duration.ofMillis(1500), Duration.ofSeconds(5));

            SftpException e = refused(endpoint);
            assertThat(e.kind()).isEqualTo(Kind.CONNECT);
            assertThat(e.getMessage()).contains("within 1500 ms");
        }
    }

    @Test
    void sshdLogShowsTheLogins() throws Exception {
        connects(sshd.endpoint());
        assertThat(sshd.log()).contains("Accepted publickey for " + sshd.user());
        assertThat(Files.exists(sshd.files())).isTrue();
    }
}
