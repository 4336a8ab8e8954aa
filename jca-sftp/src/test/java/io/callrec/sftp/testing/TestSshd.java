package io.callrec.sftp.testing;

import io.callrec.sftp.SftpEndpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * OpenSSH's own sshd, started on a free loopback port with host keys made for the run (ed25519 and
 * ECDSA), a test user allowed by public key, and — when the tests run as root — by password too.
 *
 * <p>Password login needs a real system account (sshd checks it against /etc/shadow), so as root a
 * throw-away account {@code crsftp-<random>} with a random password is created for the run and
 * deleted at {@link #close()}; the server's files directory belongs to it, so permission checks
 * are real. Not as root, sshd runs as the current user, who is then the only one it can log in
 * (by key): the password tests are skipped with a message. The sshd process and every session
 * process it forked are killed at {@link #close()} and by a shutdown hook.
 */
public final class TestSshd implements AutoCloseable {

    private static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final List<String> SFTP_SERVERS = List.of("/usr/lib/openssh/sftp-server",
            "/usr/libexec/openssh/sftp-server", "/usr/libexec/sftp-server");

    private final Path dir;
    private final int port;
    private final SystemUser user;
    private final SshKey hostKey;
    private final SshKey ecdsaHostKey;
    private final SshKey clientKey;
    private final SshKey encryptedClientKey;
    private final Path files;
    private final Thread hook = new Thread(this::stopQuietly, "test-sshd-stop");
    private volatile Process process;
    private boolean stopped;

    /** Starts a server; skips the calling test (a JUnit assumption) when sshd is not installed. */
    public static TestSshd start() {
        Assumptions.assumeTrue(Files.isExecutable(SSHD),
                "OpenSSH's sshd is not installed (Debian: apt-get install openssh-server); SFTP tests skipped");
        try {
            return new TestSshd(Files.createTempDirectory("callrec-sshd-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestSshd(Path dir) throws IOException {
        this.dir = dir;
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        hostKey = SshKey.generate(dir.resolve("ssh_host_ed25519_key"), "ed25519", "", false);
        ecdsaHostKey = SshKey.generate(dir.resolve("ssh_host_ecdsa_key"), "ecdsa", "", false);
        clientKey = SshKey.generate(dir.resolve("client_ed25519"), "ed25519", "", false);
        encryptedClientKey = SshKey.generate(dir.resolve("client_rsa.pem"), "rsa", "test passphrase", true);
        Files.writeString(dir.resolve("authorized_keys"),
                clientKey.publicKeyLine() + "\n" + encryptedClientKey.publicKeyLine() + "\n");
        files = dir.resolve("files");
        port = freePort();
        user = SystemUser.forTests();
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Files.createDirectory(files);
            user.own(files);
            writeConfig();
            launch();
        } catch (IOException | RuntimeException e) {
            close(); // the account, the process and the directory go even when starting failed
            throw e;
        }
    }

    private void writeConfig() throws IOException {
        String sftpServer = SFTP_SERVERS.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no sftp-server among " + SFTP_SERVERS));
        String config = String.join("\n",
                "Port " + port,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey.privateKeyFile(),
                "HostKey " + ecdsaHostKey.privateKeyFile(),
                "PidFile none",
                "AuthorizedKeysFile " + dir.resolve("authorized_keys"),
                "PubkeyAuthentication yes",
                "PasswordAuthentication " + (user.password() != null ? "yes" : "no"),
                "KbdInteractiveAuthentication no",
                "UsePAM no",
                "StrictModes no",
                "PermitRootLogin no",
                "AllowUsers " + user.name(),
                "UseDNS no",
                "MaxStartups 100",
                "PerSourcePenalties no",
                // A separate sftp-server process (not internal-sftp): a test can freeze it alone.
                "Subsystem sftp " + sftpServer,
                "LogLevel VERBOSE", "");
        Path file = dir.resolve("sshd_config");
        Files.writeString(file, config);
        try {
            Commands.run(SSHD.toString(), "-t", "-f", file.toString());
        } catch (IllegalStateException e) {
            if (!e.getMessage().contains("PerSourcePenalties")) {
                throw e;
            }
            Files.writeString(file, config.replace("PerSourcePenalties no\n", "")); // OpenSSH before 9.8
        }
        if (Commands.isRoot()) {
            Files.createDirectories(Path.of("/run/sshd")); // privilege separation directory
        }
    }

    private void launch() {
        try {
            process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", dir.resolve("sshd_config").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("sshd.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!listening()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("sshd did not start listening on " + port + ": " + log());
            }
            pause(50);
        }
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public int port() {
        return port;
    }

    public String user() {
        return user.name();
    }

    /** The test user's password; skips the calling test when password login is unavailable (not root). */
    public String password() {
        Assumptions.assumeTrue(user.password() != null,
                "password login needs a real system account, made only when the tests run as root; skipped");
        return user.password();
    }

    public SshKey hostKey() {
        return hostKey;
    }

    public SshKey ecdsaHostKey() {
        return ecdsaHostKey;
    }

    public SshKey clientKey() {
        return clientKey;
    }

    /** An RSA key in PEM form, encrypted with {@link #ENCRYPTED_KEY_PASSPHRASE}. */
    public SshKey encryptedClientKey() {
        return encryptedClientKey;
    }

    public static final String ENCRYPTED_KEY_PASSPHRASE = "test passphrase";

    /** The host key as a known_hosts line with the host name as ssh writes it for a non-22 port. */
    public String knownHostsLine() {
        return "[127.0.0.1]:" + port + " " + hostKey.bareKey();
    }

    /** Key login, the host key given as a known_hosts line, timeouts generous for a busy machine. */
    public SftpEndpoint endpoint() {
        return SftpEndpoint.withPrivateKey("127.0.0.1", port, user.name(), clientKey.privateKey(), null, knownHostsLine())
                .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20));
    }

    public SftpEndpoint passwordEndpoint() {
        return SftpEndpoint.withPassword("127.0.0.1", port, user.name(), password(), knownHostsLine())
                .withTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(20));
    }

    /** The directory the test user may write in (its absolute path is the remote path too). */
    public Path files() {
        return files;
    }

    /** A new directory under {@link #files()} the test user owns. */
    public Path directory(String name) {
        try {
            Path created = Files.createDirectories(files.resolve(name));
            user.own(created);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new directory under {@link #files()} the test user may read but not write. */
    public Path readOnlyDirectory(String name) {
        try {
            Path created = Files.createDirectories(files.resolve(name));
            user.own(created);
            Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("r-xr-xr-x"));
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the listener and every session process (as a crash would); {@link #restart()} brings it back. */
    public void kill() {
        Process running = process;
        List<ProcessHandle> sessions = running.descendants().toList();
        sessions.forEach(ProcessHandle::destroyForcibly);
        running.destroyForcibly();
        sessions.forEach(TestSshd::awaitExit);
        awaitExit(running.toHandle());
    }

    private static void awaitExit(ProcessHandle process) {
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            System.err.println("process " + process.pid() + " did not exit: " + e);
        }
    }

    public void restart() {
        launch();
    }

    /** Kills the session processes (every open connection drops); the listener keeps accepting. */
    public void killSessions() {
        List<ProcessHandle> sessions = process.descendants().toList();
        sessions.forEach(ProcessHandle::destroyForcibly);
        sessions.forEach(TestSshd::awaitExit);
    }

    /** Freezes (SIGSTOP) the running sftp-server processes: their sessions stay up but SFTP requests go unanswered. */
    public List<Long> freezeSftpServers() {
        List<Long> pids = sftpServers();
        pids.forEach(pid -> Commands.run("kill", "-STOP", Long.toString(pid)));
        return pids;
    }

    public void thaw(List<Long> pids) {
        pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(p -> Commands.run("kill", "-CONT", Long.toString(pid))));
    }

    public List<Long> sftpServers() {
        return process.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("sftp-server")).orElse(false))
                .map(ProcessHandle::pid).toList();
    }

    /** The server's log so far (for failure messages). */
    public String log() {
        try {
            return Files.readString(dir.resolve("sshd.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway
        }
    }

    private synchronized void stopQuietly() {
        if (stopped) {
            return;
        }
        stopped = true;
        if (process != null) {
            kill();
            process = null;
        }
        if (user != null) {
            user.remove();
        }
        deleteTree(dir);
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            all.stream().filter(Files::isDirectory).forEach(d -> d.toFile().setWritable(true, true));
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    public static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
