package io.callrec.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ships holds no test or benchmark code: no class of the test kit ({@code io.callrec.media.testkit})
 * or of the benchmarks ({@code io.callrec.media.bench}) in callrec-media.jar, anywhere in the EAR (its
 * lib/ above all) or in the CLI's callrec-convert.jar. It opens the archives as built (paths from the
 * pom), so it runs after the EAR is packaged and before the server starts; each check first finds a
 * class that must be there, so it cannot pass by looking at the wrong or an empty archive.
 */
class ShippedArchivesTest {

    private static final List<String> FORBIDDEN = List.of("io/callrec/media/bench/", "io/callrec/media/testkit/");

    @TempDir
    Path dir;

    @Test
    void theMediaLibraryHoldsNoTestKitOrBenchmarkClass() throws IOException {
        List<String> entries = ArchiveEntries.of(built("callrec.media.jar"));

        assertThat(entries).contains("io/callrec/media/engine/MediaEngine.class");
        assertThat(forbidden(entries)).isEmpty();
    }

    @Test
    void theEarHoldsNoTestKitOrBenchmarkClassInLibOrAnyOtherArchive() throws IOException {
        List<String> entries = ArchiveEntries.of(built("callrec.ear.file"));

        assertThat(entries).anyMatch(e -> e.matches("lib/[^/]*callrec-media-[^/]*\\.jar!/io/callrec/media/engine/MediaEngine\\.class"));
        assertThat(forbidden(entries)).isEmpty();
    }

    @Test
    void theCommandLineJarHoldsNoTestKitOrBenchmarkClass() throws IOException {
        List<String> entries = ArchiveEntries.of(built("callrec.convert.jar"));

        assertThat(entries).contains("io/callrec/media/cli/ConvertCommand.class");
        assertThat(forbidden(entries)).isEmpty();
    }

    @Test
    void aTestKitClassInAJarInTheEarsLibIsFound() throws IOException {
        Path ear = dir.resolve("probe.ear");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ear))) {
            out.putNextEntry(new ZipEntry("META-INF/application.xml"));
            out.putNextEntry(new ZipEntry("lib/callrec-media-1.jar"));
            out.write(jar("io/callrec/media/engine/MediaEngine.class", "io/callrec/media/testkit/",
                    "io/callrec/media/testkit/PcapWriter.class"));
            out.putNextEntry(new ZipEntry("lib/other.jar"));
            out.write(jar("io/callrec/media/bench/ConvertBench.class"));
        }

        assertThat(forbidden(ArchiveEntries.of(ear))).containsExactly(
                "lib/callrec-media-1.jar!/io/callrec/media/testkit/PcapWriter.class",
                "lib/other.jar!/io/callrec/media/bench/ConvertBench.class");
    }

    private static List<String> forbidden(List<String> entries) {
        return entries.stream()
                .filter(e -> !e.endsWith("/")) // a directory entry alone (left over by an incremental build) holds no code
                .filter(e -> FORBIDDEN.stream().anyMatch(e::contains))
                .toList();
    }

    /** An archive the build made; missing means the modules that make it were not built, a failure here. */
    private static Path built(String property) {
        String path = System.getProperty(property);
        assertThat(path).as("system property " + property + " (set by arquillian-tests/pom.xml)").isNotBlank();
        Path archive = Path.of(path);
        assertThat(archive).as("%s: build it first (mvn -B verify from the root)", property).isRegularFile();
        return archive;
    }

    private byte[] jar(String... classes) throws IOException {
        Path jar = Files.createTempFile(dir, "probe", ".jar");
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream out = new ZipOutputStream(file)) {
            for (String c : classes) {
                out.putNextEntry(new ZipEntry(c));
                if (!c.endsWith("/")) {
                    out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
                }
            }
        }
        return Files.readAllBytes(jar);
    }
}
