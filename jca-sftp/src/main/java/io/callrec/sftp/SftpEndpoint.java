package io.callrec.sftp;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Where and how to connect: the server, the user with a password and/or a private key, the host key
 * the server must present, and the timeouts. A value: two equal endpoints share pooled connections,
 * and changing any field (a new password, another host key) makes new connections.
 *
 * @param host             server name or address
 * @param port             TCP port, usually 22
 * @param user             login name
 * @param password         password, or null for key authentication only
 * @param privateKey       private key in PEM/OpenSSH text form, or null for password authentication only
 * @param passphrase       passphrase of an encrypted private key, or null
 * @param hostKey          the expected host key: one entry per line, each a known_hosts line (its host
 *                         names are not checked: the entry belongs to this endpoint), a bare
 *                         {@code type base64} key, or an OpenSSH fingerprint {@code SHA256:...}; a
 *                         line marked {@code @revoked} refuses that key. Blank: no key is trusted and
 *                         connecting fails with {@link SftpException.Kind#HOST_KEY_UNKNOWN}, naming the
 *                         server's fingerprint.
 * @param connectTimeout   limit for reaching the server, the SSH handshake and the login
 * @param operationTimeout how long the server may stay silent during an operation before the
 *                         operation fails and the connection is discarded
 */
public record SftpEndpoint(String host, int port, String user, String password, String privateKey, String passphrase,
        String hostKey, Duration connectTimeout, Duration operationTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_OPERATION_TIMEOUT = Duration.ofSeconds(30);

    /** Checks the fields; an {@link IllegalArgumentException} says which one is wrong and why. */
    public SftpEndpoint {
        host = required(host, "host");
        if (host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("host must not contain spaces: '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, not " + port);
        }
        user = required(user, "user");
        password = emptyToNull(password);
        privateKey = emptyToNull(privateKey);
        passphrase = emptyToNull(passphrase);
        if (password == null && privateKey == null) {
            throw new IllegalArgumentException("a password or a private key is needed for user " + user);
        }
        hostKey = hostKey == null ? "" : hostKey.strip();
        ExpectedHostKey.parseAll(hostKey);
        connectTimeout = positive(connectTimeout, "connectTimeout");
        operationTimeout = positive(operationTimeout, "operationTimeout");
    }

    /** Password authentication with the default timeouts. */
    public static SftpEndpoint withPassword(String host, int port, String user, String password, String hostKey) {
        return new SftpEndpoint(host, port, user, password, null, null, hostKey, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_OPERATION_TIMEOUT);
    }

    /** Private key authentication (passphrase null for an unencrypted key) with the default timeouts. */
    public static SftpEndpoint withPrivateKey(String host, int port, String user, String privateKey, String passphrase,
            String hostKey) {
        return new SftpEndpoint(host, port, user, null, privateKey, passphrase, hostKey, DEFAULT_CONNECT_TIMEOUT,
                DEFAULT_OPERATION_TIMEOUT);
    }

    public SftpEndpoint withTimeouts(Duration connect, Duration operation) {
        return new SftpEndpoint(host, port, user, password, privateKey, passphrase, hostKey, connect, operation);
    }

    public SftpEndpoint withHostKey(String expected) {
        return new SftpEndpoint(host, port, user, password, privateKey, passphrase, expected, connectTimeout,
                operationTimeout);
    }

    /** The parsed {@link #hostKey} entries; empty when none is configured. */
    public List<ExpectedHostKey> expectedHostKeys() {
        return ExpectedHostKey.parseAll(hostKey);
    }

    /** Without secrets, for logs and messages. */
    @Override
    public String toString() {
        String auth = privateKey != null ? (password != null ? "key+password" : "key") : "password";
        return user + "@" + host + ":" + port + " (" + auth + ", " + expectedHostKeys().size() + " expected host key(s))";
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and below 24 days, not " + value);
        }
        return value;
    }
}
