package io.callrec.sftp.ssh;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.Identity;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Opens an {@link SshLink}: TCP connect, SSH handshake with the host key checked against the
 * endpoint's entries only (strict: an unknown key is refused, never learnt), login by key and/or
 * password, SFTP channel. The whole login is bounded by the connect timeout.
 */
final class SshLogin {

    private SshLogin() {
    }

    static SshLink open(SftpEndpoint endpoint, ScheduledExecutorService scheduler) throws SftpException {
        JSch jsch = new JSch();
        jsch.setInstanceLogger(JschLog.INSTANCE);
        if (endpoint.privateKey() != null) {
            addIdentity(jsch, endpoint);
        }
        HostKeyCheck hostKeys = new HostKeyCheck(endpoint.expectedHostKeys());
        SessionThreads threads = new SessionThreads();
        Session session = session(jsch, endpoint, hostKeys, threads);
        int timeout = (int) endpoint.connectTimeout().toMillis();
        StallWatch watch = startWatch(scheduler, timeout, session);
        boolean loggedIn = false;
        try {
            session.connect(timeout);
            loggedIn = true;
            ChannelSftp channel = (ChannelSftp) session.openChannel("sftp");
            channel.connect(timeout);
            return new SshLink(endpoint, session, channel, threads, scheduler, channel.getHome());
        } catch (JSchException | com.jcraft.jsch.SftpException | RuntimeException e) {
            session.disconnect();
            threads.join();
            String where = endpoint.host() + ":" + endpoint.port();
            if (watch.fired()) {
                throw new SftpException(Kind.CONNECT, "no complete SSH login to " + where + " within " + timeout + " ms", e);
            }
            if (!loggedIn && e instanceof JSchException failure) {
                throw Failures.ofConnect(failure, endpoint, hostKeys);
            }
            throw new SftpException(Kind.CONNECT, "opening SFTP on " + where + " failed: " + e.getMessage(), e);
        } finally {
            watch.close();
        }
    }

    private static Session session(JSch jsch, SftpEndpoint endpoint, HostKeyCheck hostKeys, SessionThreads threads)
            throws SftpException {
        Session session;
        try {
            session = jsch.getSession(endpoint.user(), endpoint.host(), endpoint.port());
        } catch (JSchException e) {
            throw new SftpException(Kind.CONFIGURATION, "cannot use " + endpoint + ": " + e.getMessage(), e);
        }
        session.setHostKeyRepository(hostKeys);
        session.setConfig("StrictHostKeyChecking", "yes");
        session.setConfig("PreferredAuthentications", authentications(endpoint));
        if (endpoint.password() != null) {
            session.setPassword(endpoint.password());
        }
        session.setDaemonThread(true);
        session.setThreadFactory(threads);
        try {
            // Read timeout once logged in: a silent server gets a keep-alive, then the session ends.
            session.setTimeout((int) endpoint.operationTimeout().toMillis());
        } catch (JSchException e) {
            throw new IllegalStateException("a session not yet connected takes any positive timeout", e);
        }
        return session;
    }

    private static String authentications(SftpEndpoint endpoint) {
        List<String> methods = new ArrayList<>();
        if (endpoint.privateKey() != null) {
            methods.add("publickey");
        }
        if (endpoint.password() != null) {
            methods.add("password");
            methods.add("keyboard-interactive"); // JSch answers a lone "Password:" prompt with the password
        }
        return String.join(",", methods);
    }

    private static void addIdentity(JSch jsch, SftpEndpoint endpoint) throws SftpException {
        byte[] passphrase = endpoint.passphrase() == null ? null : endpoint.passphrase().getBytes(StandardCharsets.UTF_8);
        try {
            jsch.addIdentity("private key of " + endpoint.user(), endpoint.privateKey().getBytes(StandardCharsets.UTF_8),
                    null, passphrase);
        } catch (JSchException e) {
            String reason = String.valueOf(e.getMessage()).contains("passphrase")
                    ? "the private key's passphrase is wrong"
                    : "the private key cannot be read (" + e.getMessage() + ")";
            throw new SftpException(Kind.CONFIGURATION, reason, e);
        }
        try {
            for (Identity identity : jsch.getIdentityRepository().getIdentities()) {
                if (identity.isEncrypted()) {
                    throw new SftpException(Kind.CONFIGURATION, "the private key is encrypted: its passphrase is needed");
                }
            }
        } catch (RuntimeException e) {
            throw new SftpException(Kind.CONFIGURATION, "the private key cannot be read (" + e + ")", e);
        }
    }

    private static StallWatch startWatch(ScheduledExecutorService scheduler, int timeout, Session session)
            throws SftpException {
        try {
            return StallWatch.start(scheduler, timeout, session::disconnect);
        } catch (RejectedExecutionException e) {
            throw new SftpException(Kind.UNAVAILABLE, "the SFTP resource adapter is stopped", e);
        }
    }
}
