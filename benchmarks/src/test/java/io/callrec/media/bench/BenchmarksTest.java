package io.callrec.media.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dispatcher of callrec-benchmarks.jar; no benchmark runs here. */
class BenchmarksTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @Test
    void theNamedBenchmarkGetsTheRemainingArgumentsUnchanged() throws Exception {
        List<String> seen = new ArrayList<>();
        Benchmarks benchmarks = new Benchmarks(Map.of("Probe", new Benchmarks.Bench("ARGS", a -> seen.addAll(List.of(a)))));

        assertThat(benchmarks.run(new String[] {"Probe", "60", "1", "--ffmpeg"}, errStream)).isZero();
        assertThat(seen).containsExactly("60", "1", "--ffmpeg");
        assertThat(err.size()).isZero();
    }

    @Test
    void anUnknownNameListsTheBenchmarksAndExitsWith2() throws Exception {
        assertThat(Benchmarks.all().run(new String[] {"NoSuchBench", "1"}, errStream)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown benchmark: NoSuchBench\nusage:")
                .contains("ConvertBench", "CodecBench", "Mp3Bench", "FidelityBench", "RecordedCallFidelity",
                        "SipParseBench");
    }

    @Test
    void noNameListsTheBenchmarksAndExitsWith2() throws Exception {
        assertThat(Benchmarks.all().run(new String[0], errStream)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage:").contains("FidelityBench");
    }

    @Test
    void everyListedNameIsABenchmarkClassWithAMain() throws Exception {
        for (String name : Benchmarks.all().usage().lines().skip(2).map(l -> l.trim().split(" ")[0]).toList()) {
            Method main = Class.forName("io.callrec.media.bench." + name).getMethod("main", String[].class);
            assertThat(Modifier.isStatic(main.getModifiers())).as(name).isTrue();
        }
    }
}
