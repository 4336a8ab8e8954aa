package io.callrec.sftp.ra;

import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The endpoint the adapter's configuration properties describe (what {@code getConnection()} uses).
 * The private key and host key files are read each time a connection is made, so replacing them
 * takes effect for new connections without a restart.
 */
final class ConfiguredEndpoint {

    private ConfiguredEndpoint() {
    }

    static SftpEndpoint of(SftpManagedConnectionFactory config) throws SftpException {
        String privateKey = read(config.getPrivateKeyFile(), "private key file");
        String hostKeys = join(config.getHostKey(), read(config.getHostKeyFile(), "host key file"));
        try {
            return new SftpEndpoint(config.getHost(), orDefault(config.getPort(), 22), config.getUser(),
                    config.getPassword(), privateKey, config.getPrivateKeyPassphrase(), hostKeys,
                    millis(config.getConnectTimeoutMillis(), SftpEndpoint.DEFAULT_CONNECT_TIMEOUT),
                    millis(config.getOperationTimeoutMillis(), SftpEndpoint.DEFAULT_OPERATION_TIMEOUT));
        } catch (IllegalArgumentException e) {
            throw new SftpException(Kind.CONFIGURATION, "the SFTP adapter's configuration: " + e.getMessage(), e);
        }
    }

    private static String read(String file, String what) throws SftpException {
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return Files.readString(Path.of(file.strip()));
        } catch (IOException | RuntimeException e) {
            throw new SftpException(Kind.CONFIGURATION, "cannot read the " + what + " " + file + ": " + e, e);
        }
    }

    private static String join(String inline, String fromFile) {
        String a = inline == null ? "" : inline.strip();
        String b = fromFile == null ? "" : fromFile.strip();
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }

    private static int orDefault(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static Duration millis(Integer value, Duration fallback) {
        return value == null ? fallback : Duration.ofMillis(value);
    }
}
