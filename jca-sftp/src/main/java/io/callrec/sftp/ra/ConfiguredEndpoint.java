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
 * takes effect for new connections without a restart. WildFly refuses an empty property value, so
 * the optional ones (password, passphrase, host key, files) take {@value #UNSET}, or blank, for "not set".
 */
final class ConfiguredEndpoint {

    static final String UNSET = "none";

    private ConfiguredEndpoint() {
    }

    static SftpEndpoint of(SftpManagedConnectionFactory config) throws SftpException {
        String privateKey = read(set(config.getPrivateKeyFile()), "private key file");
        String hostKeys = join(set(config.getHostKey()), read(set(config.getHostKeyFile()), "host key file"));
        try {
            return new SftpEndpoint(config.getHost(), orDefault(config.getPort(), 22), config.getUser(),
                    set(config.getPassword()), privateKey, set(config.getPrivateKeyPassphrase()), hostKeys,
                    millis(config.getConnectTimeoutMillis(), SftpEndpoint.DEFAULT_CONNECT_TIMEOUT),
                    millis(config.getOperationTimeoutMillis(), SftpEndpoint.DEFAULT_OPERATION_TIMEOUT));
        } catch (IllegalArgumentException e) {
            throw new SftpException(Kind.CONFIGURATION, "the SFTP adapter's configuration: " + e.getMessage(), e);
        }
    }

    /** The value, or null for blank and {@value #UNSET}. */
    private static String set(String value) {
        return value == null || value.isBlank() || value.strip().equalsIgnoreCase(UNSET) ? null : value;
    }

    private static String read(String file, String what) throws SftpException {
        if (file == null) {
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
