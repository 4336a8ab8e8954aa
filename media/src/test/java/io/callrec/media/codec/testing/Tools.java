package io.callrec.media.codec.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test helper: optional ffmpeg runs, the corpus folder and raw s16le files. */
public final class Tools {

    private Tools() {
    }

    public static boolean ffmpegAvailable() {
        try {
            Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Skips the calling test (with a message) when ffmpeg is not on PATH. */
    public static void assumeFfmpeg() {
        assumeTrue(ffmpegAvailable(), "ffmpeg not on PATH: test skipped");
    }

    /** Skips unless ffmpeg can encode with libopus. */
    public static void assumeFfmpegLibopus() throws IOException, InterruptedException {
        assumeFfmpeg();
        Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-encoders").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        assumeTrue(text.contains("libopus"), "ffmpeg has no libopus encoder: test skipped");
    }

    /** True when {@code ffmpeg -decoders} lists {@code name} (e.g. "libopus"). */
    public static boolean ffmpegHasDecoder(String name) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ffmpeg", "-hide_banner", "-decoders").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return text.lines().anyMatch(l -> l.trim().split("\\s+").length > 1 && l.trim().split("\\s+")[1].equals(name));
    }

    /** Runs {@code ffmpeg -hide_banner -loglevel error -y ARGS}; fails the test on a non-zero exit. */
    public static void ffmpeg(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("ffmpeg failed: " + cmd + "\n" + output);
        }
    }

    /** The corpus file, or a skipped test when the corpus (system property callrec.corpus.dir) or the file is absent. */
    public static Path corpusFile(String name) {
        String dir = System.getProperty("callrec.corpus.dir");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "corpus folder (callrec.corpus.dir) absent: test skipped");
        Path f = Path.of(dir, name);
        assumeTrue(Files.isRegularFile(f), "corpus file " + name + " absent: test skipped");
        return f;
    }

    public static short[] readS16le(Path f) throws IOException {
        return toShorts(Files.readAllBytes(f));
    }

    public static short[] toShorts(byte[] b) {
        short[] s = new short[b.length / 2];
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
        return s;
    }

    public static void writeS16le(Path f, short[] s, int count) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(count * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < count; i++) {
            buf.putShort(s[i]);
        }
        Files.write(f, buf.array());
    }

    /** Two tones summed (amplitudes in full-scale fractions), as 16-bit PCM. */
    public static short[] tones(int rate, double seconds, double f1, double a1, double f2, double a2) {
        short[] s = new short[(int) Math.round(rate * seconds)];
        for (int i = 0; i < s.length; i++) {
            double t = (double) i / rate;
            s[i] = (short) Math.round(32767 * (a1 * Math.sin(2 * Math.PI * f1 * t) + a2 * Math.sin(2 * Math.PI * f2 * t)));
        }
        return s;
    }
}
