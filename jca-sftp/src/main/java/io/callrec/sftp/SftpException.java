package io.callrec.sftp;

import java.util.Objects;
import java.util.Optional;

/**
 * Why an SFTP connection or operation failed, as a {@link Kind} the application can turn into a
 * message ("wrong password", "host key does not match") and a retry decision, and a detail message
 * naming the host, path and the server's own words.
 */
public class SftpException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. {@link #retryable()} says whether trying again later can help by itself. */
    public enum Kind {
        /** The server refused the user with this password or key. */
        AUTHENTICATION(false),
        /** The server's host key is not the expected one (or is marked revoked). */
        HOST_KEY_MISMATCH(false),
        /** No expected host key is configured; {@link #serverHostKey()} holds what the server showed. */
        HOST_KEY_UNKNOWN(false),
        /** The server could not be reached or the SSH handshake failed (refused, unreachable, timed out). */
        CONNECT(true),
        /** The server stopped answering during an operation; the connection was discarded. */
        TIMEOUT(true),
        /** The path (or its directory) does not exist. */
        NO_SUCH_PATH(false),
        /** The server refused the operation for this user. */
        PERMISSION_DENIED(false),
        /** The remote file system is full. */
        NO_SPACE(true),
        /** The settings cannot be used as given: unreadable private key, wrong passphrase, malformed host key, no credentials. */
        CONFIGURATION(false),
        /** No connection could be had from the pool in time (all in use), or the adapter is stopping. */
        UNAVAILABLE(true),
        /** Anything else: the connection broke, the server reported a failure, the local content could not be read. */
        IO(true);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        /** True where the cause may go away without anyone changing settings or the server. */
        public boolean retryable() {
            return retryable;
        }
    }

    private final Kind kind;
    private final ServerHostKey serverHostKey;

    public SftpException(Kind kind, String message) {
        this(kind, message, null, null);
    }

    public SftpException(Kind kind, String message, Throwable cause) {
        this(kind, message, null, cause);
    }

    public SftpException(Kind kind, String message, ServerHostKey serverHostKey, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.serverHostKey = serverHostKey;
    }

    public Kind kind() {
        return kind;
    }

    /** The host key the server presented, for {@link Kind#HOST_KEY_MISMATCH} and {@link Kind#HOST_KEY_UNKNOWN}. */
    public Optional<ServerHostKey> serverHostKey() {
        return Optional.ofNullable(serverHostKey);
    }

    @Override
    public String toString() {
        return getClass().getName() + ": " + kind + ": " + getMessage();
    }
}
