package io.callrec.sftp.ra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.sftp.SftpConnection;
import io.callrec.sftp.SftpConnectionFactory;
import io.callrec.sftp.SftpException;
import io.callrec.sftp.SftpException.Kind;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The file operations against OpenSSH's sshd; what arrives is read back from the server's own disk. */
class FileOperationsTest extends AgainstSshd {

    private SftpConnection connection;
    private Path dir;

    @BeforeEach
    void connect(org.junit.jupiter.api.TestInfo test) throws SftpException {
        SftpConnectionFactory factory = adapter.unpooled();
        connection = factory.getConnection(sshd.endpoint());
        dir = sshd.directory(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private static byte[] randomBytes(long seed, int size) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @Test
    void putThenRenameDeliversEveryByteUnderTheFinalName() throws Exception {
        // sizes around JSch's write chunk (32 KiB less headers) and a multi-megabyte recording
        int[] sizes = {0, 1, 32_719, 32_768, 32_769, 5 * 1024 * 1024 + 17};
        for (int i = 0; i < sizes.length; i++) {
            byte[] content = randomBytes(0xCA11 + i, sizes[i]);
            String temporary = dir + "/" + i + ".wav.part";
            String finalName = dir + "/" + i + ".wav";

            assertThat(connection.put(new ByteArrayInputStream(content), temporary)).isEqualTo(sizes[i]);
            connection.rename(temporary, finalName);

            assertThat(connection.exists(temporary)).isFalse();
            assertThat(connection.size(finalName)).isEqualTo(sizes[i]);
            assertThat(sha256(Files.readAllBytes(Path.of(finalName)))).as("size %d", sizes[i]).isEqualTo(sha256(content));
        }
    }

    @Test
    void putReplacesAnOlderLongerFile() throws Exception {
        String path = dir + "/again.json";
        connection.put(new ByteArrayInputStream(randomBytes(1, 100_000)), path);
        byte[] shorter = "{\"recordingId\":7}".getBytes();
        connection.put(new ByteArrayInputStream(shorter), path);

        assertThat(Files.readAllBytes(Path.of(path))).isEqualTo(shorter);
    }

    @Test
    void renameReplacesAnExistingTarget() throws Exception {
        Path target = dir.resolve("1.wav");
        Files.write(target, randomBytes(2, 1000));
        byte[] fresh = randomBytes(3, 2000);
        connection.put(new ByteArrayInputStream(fresh), dir + "/1.wav.part");

        connection.rename(dir + "/1.wav.part", target.toString());

        assertThat(Files.readAllBytes(target)).isEqualTo(fresh);
        assertThat(dir.resolve("1.wav.part")).doesNotExist();
    }

    @Test
    void mkdirsMakesEveryMissingLevelAndAcceptsExistingOnes() throws Exception {
        String deep = dir + "/prod/42/2026/11/26";
        connection.mkdirs(deep);
        connection.mkdirs(deep);
        connection.mkdirs(dir + "//prod/42/2026/12/");

        assertThat(Path.of(deep)).isDirectory();
        assertThat(dir.resolve("prod/42/2026/12")).isDirectory();
        assertThat(connection.isDirectory(deep)).isTrue();
    }

    @Test
    void mkdirsThroughAFileFails() throws Exception {
        Files.writeString(dir.resolve("plain"), "x");

        assertThatThrownBy(() -> connection.mkdirs(dir + "/plain/sub"))
                .isInstanceOfSatisfying(SftpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO))
                .hasMessageContaining("plain exists and is not a directory");
    }

    @Test
    void existsAndIsDirectoryTellFilesDirectoriesAndNothingApart() throws Exception {
        Files.writeString(dir.resolve("file"), "x");

        assertThat(connection.exists(dir + "/file")).isTrue();
        assertThat(connection.isDirectory(dir + "/file")).isFalse();
        assertThat(connection.exists(dir.toString())).isTrue();
        assertThat(connection.isDirectory(dir.toString())).isTrue();
        assertThat(connection.exists(dir + "/none")).isFalse();
        assertThat(connection.isDirectory(dir + "/none")).isFalse();
        assertThat(connection.isDirectory(".")).as("relative to the login directory").isTrue();
    }

    @Test
    void deleteRemovesTheFileAndMissingFilesAreNoSuchPath() throws Exception {
        connection.put(new ByteArrayInputStream(new byte[] {1}), dir + "/probe");
        connection.delete(dir + "/probe");

        assertThat(dir.resolve("probe")).doesNotExist();
        assertThatThrownBy(() -> connection.delete(dir + "/probe"))
                .isInstanceOfSatisfying(SftpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_SUCH_PATH))
                .hasMessageContaining("delete " + dir + "/probe");
        assertThatThrownBy(() -> connection.size(dir + "/probe"))
                .isInstanceOfSatisfying(SftpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_SUCH_PATH));
        assertThatThrownBy(() -> connection.put(new ByteArrayInputStream(new byte[1]), dir + "/no/such/dir/x"))
                .isInstanceOfSatisfying(SftpException.class, e -> assertThat(e.kind()).isEqualTo(Kind.NO_SUCH_PATH));
    }

    @Test
    void namesWithPatternCharactersAreTakenLiterally() throws Exception {
        Files.writeString(dir.resolve("a1b"), "decoy");
        String odd = dir + "/a*b?c\\d [e] é.wav";
        connection.mkdirs(dir + "/sub*dir?");
        connection.put(new ByteArrayInputStream("odd".getBytes()), odd + ".part");
        connection.rename(odd + ".part", odd);

        assertThat(Files.readString(Path.of(odd))).isEqualTo("odd");
        assertThat(dir.resolve("sub*dir?")).isDirectory();
        assertThat(connection.exists(dir + "/a?b")).isFalse();
        assertThat(connection.size(odd)).isEqualTo(3);
        connection.delete(odd);
        assertThat(Path.of(odd)).doesNotExist();
        assertThat(Files.readString(dir.resolve("a1b"))).isEqualTo("decoy");
    }

    @Test
    void putLeavesTheCallersStreamOpen() throws Exception {
        boolean[] closed = {false};
        FilterInputStream content = new FilterInputStream(new ByteArrayInputStream(new byte[10])) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        connection.put(content, dir + "/x");

        assertThat(closed[0]).isFalse();
    }

    @Test
    void aClosedHandleRefusesWork() {
        connection.close();
        connection.close();

        assertThatThrownBy(() -> connection.exists("/")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("handle is closed");
    }
}
