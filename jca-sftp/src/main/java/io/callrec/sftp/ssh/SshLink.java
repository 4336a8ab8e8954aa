package io.callrec.sftp.ssh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import com.jcraft.jsch.SftpATTRS;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;

/**
 * One logged-in SSH session with its SFTP channel, and the file operations on it. Each operation runs
 * under a {@link StallWatch}: a server silent for the endpoint's operation timeout gets the session
 * closed under it, so no caller blocks forever. A failure that leaves the channel unusable (lost or
 * silent server, an interrupted upload) marks the link broken; {@link #isOpen()} then says false and
 * the owner discards it. Paths are made absolute against the login directory and passed literally.
 * Not thread-safe: one caller at a time.
 */
public final class SshLink implements AutoCloseable {

    private final SftpEndpoint endpoint;
    private final Session session;
    private final ChannelSftp channel;
    private final SessionThreads threads;
    private final ScheduledExecutorService scheduler;
    private final String home;
    private volatile boolean broken;

    SshLink(SftpEndpoint endpoint, Session session, ChannelSftp channel, SessionThreads threads,
            ScheduledExecutorService scheduler, String home) {
        this.endpoint = endpoint;
        this.session = session;
        this.channel = channel;
        this.threads = threads;
        this.scheduler = scheduler;
        this.home = home;
    }

    /** Connects, checks the host key, logs in and opens the SFTP channel; see {@link SshLogin}. */
    public static SshLink open(SftpEndpoint endpoint, ScheduledExecutorService scheduler) throws SftpException {
        return SshLogin.open(endpoint, scheduler);
    }

    public SftpEndpoint endpoint() {
        return endpoint;
    }

    /** The server's SSH identification, e.g. {@code SSH-2.0-OpenSSH_9.2p1 Debian-2}. */
    public String serverVersion() {
        return session.getServerVersion();
    }

    /** Usable: not broken, session and channel still connected. */
    public boolean isOpen() {
        return !broken && session.isConnected() && channel.isConnected() && !channel.isClosed();
    }

    public long put(InputStream content, String remotePath) throws SftpException {
        String path = absolute(remotePath);
        Upload upload = new Upload(content);
        try {
            return call("put", path, watch -> {
                upload.watch(watch);
                channel.put(upload, RemotePath.quoted(path), upload, ChannelSftp.OVERWRITE);
                return upload.bytes();
            });
        } catch (SftpException e) {
            throw upload.explain(e, this, path);
        }
    }

    public void rename(String from, String to) throws SftpException {
        String source = absolute(from);
        String target = absolute(to);
        call("rename", source + " to " + target, watch -> {
            channel.rename(RemotePath.quoted(source), RemotePath.quoted(target));
            return null;
        });
    }

    public void mkdirs(String dirPath) throws SftpException {
        String path = RemotePath.normalised(absolute(dirPath));
        Deque<String> missing = new ArrayDeque<>();
        for (String dir = path; !dir.equals("/"); dir = RemotePath.parent(dir)) {
            Optional<SftpATTRS> attributes = attributes("mkdirs", dir);
            if (attributes.isPresent()) {
                if (!attributes.get().isDir()) {
                    throw new SftpException(Kind.IO, "mkdirs " + path + ": " + dir + " exists and is not a directory");
                }
                break;
            }
            missing.push(dir);
        }
        for (String dir : missing) {
            call("mkdirs", dir, watch -> {
                try {
                    channel.mkdir(dir);
                } catch (com.jcraft.jsch.SftpException e) {
                    if (e.id != ChannelSftp.SSH_FX_FAILURE || !channel.stat(RemotePath.quoted(dir)).isDir()) {
                        throw e;
                    } // else made meanwhile by someone else: fine
                }
                return null;
            });
        }
    }

    public boolean exists(String path) throws SftpException {
        return attributes("exists", absolute(path)).isPresent();
    }

    public boolean isDirectory(String path) throws SftpException {
        return attributes("isDirectory", absolute(path)).map(SftpATTRS::isDir).orElse(false);
    }

    public long size(String path) throws SftpException {
        String absolute = absolute(path);
        return call("size", absolute, watch -> channel.stat(RemotePath.quoted(absolute)).getSize());
    }

    public void delete(String path) throws SftpException {
        String absolute = absolute(path);
        call("delete", absolute, watch -> {
            channel.rm(RemotePath.quoted(absolute));
            return null;
        });
    }

    /** Disconnects channel and session and waits for the session's threads to end. Idempotent. */
    @Override
    public void close() {
        broken = true;
        channel.disconnect();
        session.disconnect();
        threads.join();
    }

    @Override
    public String toString() {
        return "SshLink[" + endpoint + (isOpen() ? ", open]" : ", closed]");
    }

    private Optional<SftpATTRS> attributes(String operation, String absolute) throws SftpException {
        return call(operation, absolute, watch -> {
            try {
                return Optional.of(channel.stat(RemotePath.quoted(absolute)));
            } catch (com.jcraft.jsch.SftpException e) {
                if (e.id == ChannelSftp.SSH_FX_NO_SUCH_FILE) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    @FunctionalInterface
    interface Request<T> {
        T run(StallWatch watch) throws com.jcraft.jsch.SftpException;
    }

    /** Runs one request under the stall watch and turns its failure into an {@link SftpException}. */
    private <T> T call(String operation, String path, Request<T> request) throws SftpException {
        if (!isOpen()) {
            broken = true;
            throw new SftpException(Kind.IO, operation + " " + path + ": the connection to " + where() + " is closed");
        }
        try (StallWatch watch = StallWatch.start(scheduler, endpoint.operationTimeout().toMillis(), this::abort)) {
            try {
                return request.run(watch);
            } catch (com.jcraft.jsch.SftpException e) {
                if (watch.fired()) {
                    throw new SftpException(Kind.TIMEOUT, operation + " " + path + ": no answer from " + where()
                            + " within " + endpoint.operationTimeout().toMillis() + " ms; the connection was closed", e);
                }
                if (e.getCause() != null || !session.isConnected() || !channel.isConnected() || channel.isClosed()) {
                    broken = true;
                    throw new SftpException(Kind.IO, operation + " " + path + ": connection to " + where() + " lost ("
                            + (e.getCause() != null ? e.getCause() : e.getMessage()) + ")", e);
                }
                throw Failures.ofStatus(e, operation, path);
            }
        }
    }

    /** The stall watch's action: closing the session ends the blocked call with an error. */
    private void abort() {
        broken = true;
        session.disconnect();
    }

    void markBroken() {
        broken = true;
    }

    Session session() {
        return session;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    String where() {
        return endpoint.host() + ":" + endpoint.port();
    }

    private String absolute(String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a remote path is required");
        }
        return path.startsWith("/") ? path : (home.endsWith("/") ? home : home + "/") + path;
    }
}
