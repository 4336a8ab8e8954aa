package io.callrec.sftp.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import io.callrec.sftp.testing.TestSshd;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** getConnection() without an endpoint: the configuration properties the CLI script sets. */
class ConfiguredEndpointTest {

    @TempDir
    Path tmp;

    private static SftpManagedConnectionFactory configured(String host, Integer port, String user) {
        SftpManagedConnectionFactory factory = new SftpManagedConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setUser(user);
        return factory;
    }

    @Test
    void propertiesWithKeyAndHostKeyFilesDescribeTheEndpoint() throws Exception {
        Files.writeString(tmp.resolve("id"), "-----BEGIN OPENSSH PRIVATE KEY-----\n...");
        Files.writeString(tmp.resolve("known_hosts"), "SHA256:" + "B".repeat(43) + "\n");
        SftpManagedConnectionFactory factory = configured("sftp.example.net", 2222, "rec");
        factory.setPrivateKeyFile(tmp.resolve("id").toString());
        factory.setHostKey("SHA256:" + "A".repeat(43));
        factory.setHostKeyFile(tmp.resolve("known_hosts").toString());
        factory.setPassword("none");
        factory.setPrivateKeyPassphrase(" ");
        factory.setConnectTimeoutMillis(5000);
        factory.setOperationTimeoutMillis(7000);

        SftpEndpoint endpoint = ConfiguredEndpoint.of(factory);

        assertThat(endpoint.host()).isEqualTo("sftp.example.net");
        assertThat(endpoint.port()).isEqualTo(2222);
        assertThat(endpoint.password()).as("'none', the CLI script's default, is no password").isNull();
        assertThat(endpoint.passphrase()).isNull();
        assertThat(endpoint.privateKey()).startsWith("-----BEGIN OPENSSH PRIVATE KEY-----");
        assertThat(endpoint.expectedHostKeys()).hasSize(2);
        assertThat(endpoint.connectTimeout()).isEqualTo(Duration.ofMillis(5000));
        assertThat(endpoint.operationTimeout()).isEqualTo(Duration.ofMillis(7000));
    }

    @Test
    void unusableConfigurationIsAConfigurationError() {
        SftpManagedConnectionFactory noCredentials = configured("localhost", 22, "callrec");
        noCredentials.setPassword("none");
        noCredentials.setPrivateKeyFile("NONE");
        noCredentials.setHostKey("none");
        noCredentials.setHostKeyFile("none");
        assertThat(catchThrowableOfType(SftpException.class, () -> ConfiguredEndpoint.of(noCredentials)))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION))
                .hasMessageContaining("a password or a private key is needed for user callrec");

        SftpManagedConnectionFactory missingFile = configured("localhost", 22, "callrec");
        missingFile.setPrivateKeyFile(tmp.resolve("absent").toString());
        assertThat(catchThrowableOfType(SftpException.class, () -> ConfiguredEndpoint.of(missingFile)))
                .satisfies(e -> assertThat(e.kind()).isEqualTo(Kind.CONFIGURATION))
                .hasMessageContaining("cannot read the private key file");
    }

    @Test
    void theConfiguredEndpointConnectsAndIsPooledApartFromExplicitOnes() throws Exception {
        try (TestSshd sshd = TestSshd.start(); RunningAdapter adapter = new RunningAdapter()) {
            Files.writeString(tmp.resolve("known_hosts"), sshd.knownHostsLine() + "\n");
            SftpManagedConnectionFactory factory = adapter.managedFactory;
            factory.setHost("127.0.0.1");
            factory.setPort(sshd.port());
            factory.setUser(sshd.user());
            factory.setPrivateKeyFile(sshd.clientKey().privateKeyFile().toString());
            factory.setHostKeyFile(tmp.resolve("known_hosts").toString());
            FakePool pool = new FakePool();
            try {
                try (SftpConnection connection = adapter.through(pool).getConnection()) {
                    assertThat(connection.isDirectory(sshd.files().toString())).isTrue();
                }
                adapter.through(pool).getConnection().close();
                adapter.through(pool).getConnection(sshd.endpoint()).close();

                assertThat(pool.created).hasSize(2);
                assertThat(((SftpManagedConnection) pool.created.get(0)).serves(null)).isTrue();
            } finally {
                pool.destroyAll();
            }
        }
    }

    @Test
    void factoriesAreEqualByTheirProperties() {
        SftpManagedConnectionFactory a = configured("h", 22, "u");
        SftpManagedConnectionFactory b = configured("h", 22, "u");
        b.setResourceAdapter(new SftpResourceAdapter());

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        b.setOperationTimeoutMillis(1000);
        assertThat(a).isNotEqualTo(b);
        a.setOperationTimeoutMillis(1000);
        a.setPassword("x");
        assertThat(a).isNotEqualTo(b);
    }
}
