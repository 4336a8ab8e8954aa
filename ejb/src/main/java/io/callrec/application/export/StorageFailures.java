package io.callrec.application.export;

import io.callrec.sftp.SftpException;

/**
 * How an export treats the storage's failures. Permanent: what only a change of the settings or of the
 * server's accounts fixes (login refused, host key not the expected one or not configured, unusable key,
 * permission denied, a path that does not exist); the export becomes FAILED with the reason at once.
 * Transient: everything else (server unreachable, timeout, disk full, connection broken, pool
 * exhausted); the request is redelivered with a growing delay.
 */
final class StorageFailures {

    private StorageFailures() {
    }

    static boolean permanent(SftpException e) {
        return switch (e.kind()) {
            case AUTHENTICATION, HOST_KEY_MISMATCH, HOST_KEY_UNKNOWN, CONFIGURATION, PERMISSION_DENIED, NO_SUCH_PATH -> true;
            case CONNECT, TIMEOUT, NO_SPACE, UNAVAILABLE, IO -> false;
        };
    }

    /** The failure in an administrator's words: its kind, then the adapter's detail. */
    static String describe(SftpException e) {
        String what = switch (e.kind()) {
            case AUTHENTICATION -> "the server refused the login (wrong user, password or key)";
            case HOST_KEY_MISMATCH -> "the server's host key is not the expected one";
            case HOST_KEY_UNKNOWN -> "no expected host key is configured";
            case CONFIGURATION -> "the settings cannot be used";
            case CONNECT -> "the server cannot be reached";
            case TIMEOUT -> "the server stopped answering";
            case NO_SUCH_PATH -> "no such path on the server";
            case PERMISSION_DENIED -> "permission denied on the server";
            case NO_SPACE -> "the storage is full";
            case UNAVAILABLE -> "no SFTP connection was free";
            case IO -> "the transfer failed";
        };
        return what + ": " + e.getMessage();
    }
}
