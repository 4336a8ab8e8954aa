package io.callrec.sftp.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpConnectionFactory;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import io.callrec.sftp.testing.JvmSockets;
import io.callrec.sftp.testing.TestSshd;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.RetryableException;
import jakarta.resource.spi.RetryableUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The connector contract as a pool sees it: reuse, return, eviction, cleanup and destroy. */
class LifecycleTest extends AgainstSshd {

    private FakePool pool;
    private SftpConnectionFactory factory;

    @BeforeEach
    void newPool() {
        pool = new FakePool();
        factory = adapter.through(pool);
    }

    @AfterEach
    void emptyPool() {
        pool.destroyAll();
    }

    private static SftpManagedConnection managed(Object connection) {
        return (SftpManagedConnection) connection;
    }

    /** JSch names its per-session packet reader "Connect thread <host> session". */
    private static List<Thread> jschThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("Connect thread") && t.isAlive()).toList();
    }

    @Test
    void closedHandlesGiveTheConnectionBackForTheNextCaller() throws Exception {
        SftpConnection first = factory.getConnection(sshd.endpoint());
        first.exists("/");
        first.close();
        try (SftpConnection second = factory.getConnection(sshd.endpoint())) {
            assertThat(second.isDirectory(sshd.files().toString())).isTrue();
        }

        assertThat(pool.created).hasSize(1);
        assertThat(pool.closed).hasSize(2);
        assertThat(pool.closed.get(0).getConnectionHandle()).isSameAs(first);
        assertThat(pool.idle).containsExactlyElementsOf(pool.created);
        assertThat(pool.inUse).isEmpty();
        assertThatThrownBy(() -> first.exists("/")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void connectionsAreSharedOnlyByEqualEndpoints() throws Exception {
        SftpEndpoint endpoint = sshd.endpoint();
        SftpEndpoint changed = endpoint.withTimeouts(Duration.ofSeconds(21), endpoint.operationTimeout());

        factory.getConnection(endpoint).close();
        factory.getConnection(sshd.endpoint()).close(); // an equal value, not the same object
        factory.getConnection(changed).close();
        try (SftpConnection a = factory.getConnection(endpoint); SftpConnection b = factory.getConnection(endpoint)) {
            assertThat(a.exists("/")).isTrue();
            assertThat(b.exists("/")).isTrue();
        }

        assertThat(pool.created).hasSize(3); // endpoint, changed, and a second one for endpoint while both in use
        assertThat(pool.created.stream().filter(c -> managed(c).serves(new EndpointRequest(changed)))).hasSize(1);
        assertThat(pool.created.stream().filter(c -> managed(c).serves(null))).isEmpty();
    }

    @Test
    void cleanupInvalidatesEveryHandleAndKeepsTheSession() throws Exception {
        SftpManagedConnection connection = managed(adapter.managedFactory.createManagedConnection(null,
                new EndpointRequest(sshd.endpoint())));
        try {
            SftpConnection one = (SftpConnection) connection.getConnection(null, new EndpointRequest(sshd.endpoint()));
            SftpConnection two = (SftpConnection) connection.getConnection(null, new EndpointRequest(sshd.endpoint()));

            connection.cleanup();

            assertThatThrownBy(() -> one.exists("/")).isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> two.size("/")).isInstanceOf(IllegalStateException.class);
            assertThat(connection.isUsable()).isTrue();
            SftpConnection three = (SftpConnection) connection.getConnection(null, new EndpointRequest(sshd.endpoint()));
            assertThat(three.exists("/")).isTrue();
        } finally {
            connection.destroy();
        }
    }

    @Test
    void aBrokenConnectionIsReportedOnceAndEvicted() throws Exception {
        SftpConnection connection = factory.getConnection(sshd.endpoint());
        SftpManagedConnection managed = managed(pool.created.get(0));
        sshd.killSessions(); // the server side of every open connection dies

        SftpException first = catchThrowableOfType(SftpException.class, () -> connection.exists("/"));
        SftpException second = catchThrowableOfType(SftpException.class, () -> connection.exists("/"));
        connection.close();

        assertThat(first.kind()).isEqualTo(Kind.IO);
        assertThat(second.kind()).isEqualTo(Kind.IO);
        assertThat(second.getMessage()).as("the handle stays failed").contains("failed and was discarded");
        assertThat(pool.errors).as("reported once").hasSize(1);
        assertThat(pool.errors.get(0).getException()).isSameAs(first);
        assertThat(pool.destroyed).containsExactly(managed);
        assertThat(pool.closed).as("a failed connection is not handed back by close()").isEmpty();
        assertThat(pool.idle).doesNotContain(managed);
        try (SftpConnection fresh = factory.getConnection(sshd.endpoint())) {
            assertThat(fresh.exists("/")).isTrue();
        }
        assertThat(pool.created).hasSize(2);
    }

    @Test
    void anIdleConnectionWhoseServerWentAwayIsInvalidAndNeverMatched() throws Exception {
        factory.getConnection(sshd.endpoint()).close();
        SftpManagedConnection idle = managed(pool.created.get(0));
        sshd.killSessions();
        awaitUntil(() -> !idle.link().isOpen()); // JSch's reader sees the end of the stream

        assertThat(adapter.managedFactory.getInvalidConnections(Set.of(idle))).containsExactly(idle);
        assertThat(adapter.managedFactory.matchManagedConnections(Set.of(idle), null, new EndpointRequest(sshd.endpoint())))
                .isNull();
        try (SftpConnection connection = factory.getConnection(sshd.endpoint())) {
            assertThat(connection.exists("/")).isTrue();
        }
        assertThat(pool.destroyed).containsExactly(idle);
        assertThat(pool.errors).as("validation, not an error, removed it").isEmpty();
    }

    @Test
    void destroyLeavesNoThreadAndNoSocketBehind() throws Exception {
        List<Thread> before = jschThreads();
        SftpManagedConnection connection = managed(adapter.managedFactory.createManagedConnection(null,
                new EndpointRequest(sshd.endpoint())));
        List<Thread> mine = new ArrayList<>(jschThreads());
        mine.removeAll(before);
        assertThat(mine).as("the session's reader thread").hasSize(1);
        if (JvmSockets.available()) {
            assertThat(JvmSockets.connectedTo(sshd.port())).isEqualTo(1);
        }

        connection.destroy();

        assertThat(mine.get(0).isAlive()).isFalse();
        assertThat(jschThreads()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(connection.link().isOpen()).isFalse();
        assertThat(connection.isUsable()).isFalse();
        Assumptions.assumeTrue(JvmSockets.available(), "no /proc: the socket check needs Linux");
        assertThat(JvmSockets.connectedTo(sshd.port())).isZero();
    }

    @Test
    void aHandleCanBeMovedToAnotherManagedConnection() throws Exception {
        EndpointRequest request = new EndpointRequest(sshd.endpoint());
        SftpManagedConnection a = managed(adapter.managedFactory.createManagedConnection(null, request));
        SftpManagedConnection b = managed(adapter.managedFactory.createManagedConnection(null, request));
        try {
            SftpConnection handle = (SftpConnection) a.getConnection(null, request);
            b.associateConnection(handle);
            a.cleanup(); // no longer a's handle: unaffected

            assertThat(handle.exists("/")).isTrue();
            b.cleanup();
            assertThatThrownBy(() -> handle.exists("/")).isInstanceOf(IllegalStateException.class);
        } finally {
            a.destroy();
            b.destroy();
        }
    }

    @Test
    void itTakesPartInNoTransaction() throws Exception {
        SftpManagedConnection connection = managed(adapter.managedFactory.createManagedConnection(null,
                new EndpointRequest(sshd.endpoint())));
        try {
            assertThatThrownBy(connection::getXAResource).isInstanceOf(NotSupportedException.class);
            assertThatThrownBy(connection::getLocalTransaction).isInstanceOf(NotSupportedException.class);
            assertThat(connection.getMetaData().getEISProductVersion()).startsWith("SSH-2.0-OpenSSH");
            assertThat(connection.getMetaData().getUserName()).isEqualTo(sshd.user());
        } finally {
            connection.destroy();
        }
    }

    @Test
    void failuresToConnectComeThroughThePoolWithTheirKind() {
        SftpException e = catchThrowableOfType(SftpException.class,
                () -> factory.getConnection(sshd.endpoint().withHostKey("")));

        assertThat(e.kind()).isEqualTo(Kind.HOST_KEY_UNKNOWN);
        assertThat(e.serverHostKey()).isPresent();
        assertThat(e.getCause()).hasMessageStartingWith("IJ000453"); // the pool's own exception, kept as the cause
        assertThat(pool.created).isEmpty();
    }

    @Test
    void unreachableServersAreRetryableForThePoolAndRefusalsAreNot() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SftpEndpoint down = SftpEndpoint.withPassword("127.0.0.1", closedPort, "u", "p", sshd.knownHostsLine());

        ResourceException unreachable = catchThrowableOfType(ResourceException.class,
                () -> adapter.managedFactory.createManagedConnection(null, new EndpointRequest(down)));
        ResourceException refused = catchThrowableOfType(ResourceException.class,
                () -> adapter.managedFactory.createManagedConnection(null, new EndpointRequest(sshd.endpoint().withHostKey(""))));

        assertThat(unreachable).isInstanceOf(RetryableUnavailableException.class);
        assertThat(unreachable.getErrorCode()).isEqualTo("CONNECT");
        assertThat(refused).isNotInstanceOf(RetryableException.class);
        assertThat(refused.getErrorCode()).isEqualTo("HOST_KEY_UNKNOWN");
    }

    @Test
    void aStoppedAdapterEndsItsWatchdogThreadAndGivesNoConnection() throws Exception {
        RunningAdapter own = new RunningAdapter();
        try (SftpConnection connection = own.unpooled().getConnection(sshd.endpoint())) {
            assertThat(connection.exists("/")).isTrue(); // an operation ran under the watchdog
        }
        assertThat(watchdogThreads()).isNotEmpty();
        own.close();
        own.close();
        awaitUntil(() -> watchdogThreads().size() == 1); // only the shared adapter's own

        SftpException e = catchThrowableOfType(SftpException.class, () -> own.unpooled().getConnection(sshd.endpoint()));
        assertThat(e.kind()).isEqualTo(Kind.UNAVAILABLE);
    }

    private static List<Thread> watchdogThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals(SftpResourceAdapter.WATCHDOG_THREAD) && t.isAlive()).toList();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition not reached in 30 s").isBefore(deadline);
            TestSshd.pause(20);
        }
    }
}
