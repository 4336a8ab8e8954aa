package io.callrec.sftp.ssh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchAlgoNegoFailException;
import com.jcraft.jsch.JSchException;
import io.callrec.sftp.ExpectedHostKey;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.stream.Collectors;

/** Turns what JSch throws into {@link SftpException}s whose kind and message an administrator can act on. */
final class Failures {

    /** SFTP v5+ status codes (draft-ietf-secsh-filexfer-13 §9.1), sent by some servers, not by OpenSSH. */
    private static final int SSH_FX_NO_SPACE_ON_FILESYSTEM = 14;
    private static final int SSH_FX_QUOTA_EXCEEDED = 15;

    private Failures() {
    }

    /** A failed connect: host key, login, reachability or handshake, in that order of evidence. */
    static SftpException ofConnect(JSchException e, SftpEndpoint endpoint, HostKeyCheck hostKeys) {
        String where = endpoint.host() + ":" + endpoint.port();
        switch (hostKeys.verdict()) {
            case UNKNOWN:
                return new SftpException(Kind.HOST_KEY_UNKNOWN, "no host key is configured for " + where
                        + "; the server presented " + hostKeys.presented() + " (check it with the server's"
                        + " administrator, then set it as the expected host key)", hostKeys.presented(), e);
            case MISMATCH:
                return new SftpException(Kind.HOST_KEY_MISMATCH, "the host key of " + where + " does not match: the"
                        + " server presented " + hostKeys.presented() + ", expected " + expected(hostKeys),
                        hostKeys.presented(), e);
            case REVOKED:
                return new SftpException(Kind.HOST_KEY_MISMATCH, "the host key of " + where + " is marked @revoked: "
                        + hostKeys.presented(), hostKeys.presented(), e);
            default:
                break;
        }
        String message = String.valueOf(e.getMessage());
        // JSch's only sign of a refused login is its message ("Auth fail for methods ..."); a test pins it.
        if (message.startsWith("Auth fail") || message.startsWith("Auth cancel")) {
            return new SftpException(Kind.AUTHENTICATION, where + " refused user '" + endpoint.user() + "' with the "
                    + credentials(endpoint) + " (" + message + ")", e);
        }
        return new SftpException(Kind.CONNECT, reachability(e, endpoint, where), e);
    }

    private static String reachability(JSchException e, SftpEndpoint endpoint, String where) {
        Throwable cause = e.getCause();
        if (cause instanceof UnknownHostException) {
            return "unknown host " + endpoint.host();
        }
        if (cause instanceof ConnectException) {
            return "cannot connect to " + where + ": " + cause.getMessage();
        }
        if (cause instanceof NoRouteToHostException) {
            return "no route to " + where;
        }
        if (cause instanceof SocketTimeoutException || String.valueOf(e.getMessage()).startsWith("timeout")) {
            return "no SSH answer from " + where + " within " + endpoint.connectTimeout().toMillis() + " ms";
        }
        if (e instanceof JSchAlgoNegoFailException) {
            return "no SSH algorithm in common with " + where + ": " + e.getMessage();
        }
        return "SSH connection to " + where + " failed: " + e.getMessage();
    }

    /** A failure the server reported for one request (the connection itself is fine). */
    static SftpException ofStatus(com.jcraft.jsch.SftpException e, String operation, String path) {
        String what = operation + " " + path;
        String server = e.getMessage() == null || e.getMessage().isBlank() ? "" : " (server: " + e.getMessage() + ")";
        return switch (e.id) {
            case ChannelSftp.SSH_FX_NO_SUCH_FILE -> new SftpException(Kind.NO_SUCH_PATH, what + ": no such file or directory" + server, e);
            case ChannelSftp.SSH_FX_PERMISSION_DENIED -> new SftpException(Kind.PERMISSION_DENIED, what + ": permission denied" + server, e);
            case SSH_FX_NO_SPACE_ON_FILESYSTEM, SSH_FX_QUOTA_EXCEEDED -> new SftpException(Kind.NO_SPACE, what + ": no space left" + server, e);
            default -> new SftpException(Kind.IO, what + " failed" + server, e);
        };
    }

    private static String expected(HostKeyCheck hostKeys) {
        return hostKeys.expected().stream().filter(k -> !k.revoked())
                .map(Failures::describe).collect(Collectors.joining(" or "));
    }

    private static String describe(ExpectedHostKey key) {
        return key.type() == null ? key.fingerprint() : key.type() + " " + key.fingerprint();
    }

    private static String credentials(SftpEndpoint endpoint) {
        if (endpoint.privateKey() != null && endpoint.password() != null) {
            return "given private key and password";
        }
        return endpoint.privateKey() != null ? "given private key" : "given password";
    }
}
