package io.callrec.media.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callrec.media.testkit.SyntheticCall;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory stays bounded whatever the call length: a generated 3-hour two-leg G.711 call (1.08 M
 * packets, about 250 MB of capture) converts in a separate JVM limited to 256 MB of heap. The
 * child is the CLI itself, started with this test's class path.
 */
class LargeCallMemoryTest {

    @TempDir
    Path dir;

    @Test
    void threeHourTwoLegCallConvertsWithin256MegabytesOfHeap() throws Exception {
        Path capture = dir.resolve("three-hours.pcap");
        try (OutputStream out = Files.newOutputStream(capture)) {
            SyntheticCall.write(out, 3 * 3600, 1500);
        }
        Path wav = dir.resolve("three-hours.wav");
        Path stdout = dir.resolve("stdout.json");
        Path stderr = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), "io.callrec.media.cli.ConvertCommand", "--json",
                capture.toString(), wav.toString()))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        boolean finished = p.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as("child JVM finished").isTrue();
        assertThat(p.exitValue()).as("exit code; stderr: %s", Files.readString(stderr)).isZero();
        JsonNode json = new ObjectMapper().readTree(stdout.toFile());
        // Leg B starts 1500 ms later and its packets are captured 3 ms after leg A's.
        assertThat(json.get("durationMillis").asLong()).isEqualTo(3 * 3600 * 1000 + 1503);
        assertThat(json.get("legs")).hasSize(2);
        assertThat(json.get("partial").asBoolean()).isFalse();
        assertThat(Files.size(wav)).isEqualTo(44 + 2L * 8 * (3 * 3600 * 1000 + 1503));
    }
}
