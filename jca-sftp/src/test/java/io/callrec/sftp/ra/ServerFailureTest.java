package io.callrec.sftp.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpConnectionFactory;
import io.callrec.sftp.SftpEndpoint;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import io.callrec.sftp.testing.Commands;
import io.callrec.sftp.testing.JvmSockets;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ManagedConnection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * What the server refuses leaves the connection in use; what breaks the connection (a stall, a
 * killed sshd, a failed upload) reports CONNECTION_ERROR_OCCURRED and the pool destroys it.
 */
class ServerFailureTest extends AgainstSshd {

    private static final Duration BOUND = Duration.ofSeconds(90); // a hang fails the test instead of blocking the build

    private FakePool pool;
    private SftpConnectionFactory factory;
    private Path dir;

    @BeforeEach
    void pool(TestInfo test) {
        pool = new FakePool();
        factory = adapter.through(pool);
        dir = sshd.directory(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void emptyPool() {
        pool.destroyAll();
    }

    private static SftpException failure(Kind kind, org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        SftpException e = catchThrowableOfType(SftpException.class, call);
        assertThat(e).as("expected an SftpException").isNotNull();
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        return e;
    }

    private static InputStream bytes(int size) {
        byte[] data = new byte[size];
        new Random(size).nextBytes(data);
        return new ByteArrayInputStream(data);
    }

    @Test
    void refusalsByTheServerLeaveTheConnectionInUse() throws Exception {
        Path readOnly = sshd.readOnlyDirectory("readonly-" + dir.getFileName());
        try (SftpConnection connection = factory.getConnection(sshd.endpoint())) {
            SftpException put = failure(Kind.PERMISSION_DENIED, () -> connection.put(bytes(10), readOnly + "/x.part"));
            assertThat(put.getMessage()).contains("put " + readOnly + "/x.part: permission denied");
            failure(Kind.PERMISSION_DENIED, () -> connection.mkdirs(readOnly + "/2026/11"));
            connection.put(bytes(10), dir + "/x.part");
            failure(Kind.PERMISSION_DENIED, () -> connection.rename(dir + "/x.part", readOnly + "/x"));
            failure(Kind.NO_SUCH_PATH, () -> connection.rename(dir + "/none", dir + "/y"));

            assertThat(connection.size(dir + "/x.part")).as("the same connection still works").isEqualTo(10);
        }
        assertThat(pool.errors).isEmpty();
        assertThat(pool.created).hasSize(1);
        assertThat(pool.idle).containsExactlyElementsOf(pool.created);
    }

    @Test
    void aFullFileSystemIsNoSpaceAndNothingStaysUnderTheFinalName() throws Exception {
        Assumptions.assumeTrue(Commands.isRoot(), "a small full file system needs root (mount -t tmpfs); skipped");
        Path full = sshd.directory("full-" + dir.getFileName());
        Commands.run("mount", "-t", "tmpfs", "-o", "size=256k,mode=0777", "tmpfs", full.toString());
        try {
            try (SftpConnection connection = factory.getConnection(sshd.endpoint())) {
                SftpException e = failure(Kind.NO_SPACE, () -> connection.put(bytes(1024 * 1024), full + "/1.wav.part"));
                assertThat(e.getMessage()).contains("is full");
            }
            assertThat(full.resolve("1.wav")).doesNotExist();
            assertThat(pool.errors).as("an upload cut short leaves the channel unusable").hasSize(1);
            try (SftpConnection again = factory.getConnection(sshd.endpoint())) {
                again.delete(full + "/1.wav.part");
                again.put(bytes(1000), full + "/small");
                assertThat(again.size(full + "/small")).isEqualTo(1000);
            }
        } finally {
            pool.destroyAll(); // no sftp-server keeps a file open on the mount
            Commands.run("umount", "--lazy", full.toString());
        }
    }

    @Test
    void aFailingLocalStreamIsIoAndTheConnectionIsDiscarded() throws Exception {
        InputStream breaksAfter100k = new InputStream() {
            private int read;

            @Override
            public int read() throws IOException {
                if (read++ >= 100_000) {
                    throw new IOException("disk read error");
                }
                return read & 0xff;
            }
        };
        try (SftpConnection connection = factory.getConnection(sshd.endpoint())) {
            SftpException e = failure(Kind.IO, () -> connection.put(breaksAfter100k, dir + "/1.wav.part"));
            assertThat(e.getMessage()).contains("reading the content to upload failed", "disk read error");
        }
        assertThat(pool.errors).hasSize(1);
        assertThat(pool.destroyed).containsExactlyElementsOf(pool.created);
    }

    @Test
    void aStalledSftpServerTimesOutAndTheConnectionIsDiscarded() throws Exception {
        SftpEndpoint quick = sshd.endpoint().withTimeouts(Duration.ofSeconds(20), Duration.ofMillis(1500));
        try (SftpConnection connection = factory.getConnection(quick)) {
            assertThat(connection.exists(dir.toString())).isTrue();
            List<Long> frozen = sshd.freezeSftpServers();
            assertThat(frozen).isNotEmpty();
            try {
                SftpException e = assertTimeoutPreemptively(BOUND,
                        () -> failure(Kind.TIMEOUT, () -> connection.exists(dir + "/anything")));
                assertThat(e.getMessage()).contains("no answer from 127.0.0.1:" + sshd.port() + " within 1500 ms");
            } finally {
                sshd.thaw(frozen);
            }
        }
        assertThat(pool.errors).hasSize(1);
        assertThat(pool.errors.get(0).getId()).isEqualTo(ConnectionEvent.CONNECTION_ERROR_OCCURRED);
        assertThat(pool.destroyed).containsExactlyElementsOf(pool.created);
        try (SftpConnection fresh = factory.getConnection(quick)) {
            assertThat(fresh.exists(dir.toString())).isTrue();
        }
        assertThat(pool.created).hasSize(2);
    }

    @Test
    void sshdKilledMidTransferFailsThePutAndTheConnectionIsNeverReused() throws Exception {
        InputStream endless = new InputStream() {
            private long read;

            @Override
            public int read() {
                if (++read == 2_000_000) {
                    sshd.kill();
                }
                return (int) (read % 251);
            }
        };
        SftpConnection connection = factory.getConnection(sshd.endpoint());
        ManagedConnection managed = pool.created.get(0);
        try {
            SftpException e = assertTimeoutPreemptively(BOUND,
                    () -> catchThrowableOfType(SftpException.class, () -> connection.put(endless, dir + "/big.wav.part")));
            assertThat(e).isNotNull();
            assertThat(e.kind()).as(e.getMessage()).isIn(Kind.IO, Kind.TIMEOUT);
            connection.close();

            assertThat(pool.errors).hasSize(1);
            assertThat(pool.errors.get(0).getConnectionHandle()).isSameAs(connection);
            assertThat(pool.destroyed).containsExactly(managed);
            assertThat(((SftpManagedConnection) managed).isUsable()).isFalse();
            assertThat(adapter.managedFactory.matchManagedConnections(java.util.Set.of(managed), null, null)).isNull();
            assertThat(dir.resolve("big.wav")).doesNotExist();
            if (JvmSockets.available()) {
                assertThat(JvmSockets.connectedTo(sshd.port())).isZero();
            }
        } finally {
            sshd.restart();
        }
        try (SftpConnection fresh = factory.getConnection(sshd.endpoint())) {
            fresh.put(bytes(5000), dir + "/after.wav");
            assertThat(fresh.size(dir + "/after.wav")).isEqualTo(5000);
        }
        assertThat(pool.created).hasSize(2);
    }
}
