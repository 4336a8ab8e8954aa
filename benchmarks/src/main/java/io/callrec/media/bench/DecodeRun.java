package io.callrec.media.bench;

import io.callrec.media.codec.AudioDecoder;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shared runner of the codec benchmarks: times one of our decoders over a list of payloads
 * (this thread's CPU time, after a one-minute JIT warm-up) and ffmpeg on the same bitstream
 * ({@code -threads 1}, user + system CPU time from {@code -benchmark}). CPU times are used because
 * the machine is shared: wall time moves with other work, CPU time far less.
 */
final class DecodeRun {

    /** ffmpeg -benchmark's closing line: "bench: utime=1.234s stime=0.056s rtime=1.300s". */
    private static final Pattern BENCH = Pattern.compile("utime=([0-9.]+)s stime=([0-9.]+)s");
    private static final int WARM_UP_PACKETS = 3000;

    /** One line of the table: seconds of audio, our CPU seconds, ffmpeg's (NaN without ffmpeg). */
    record Row(String name, double audioSeconds, double ours, double ffmpeg) {
        String format() {
            return String.format("| %-40s | %8.0fx | %11s | %16s |", name, audioSeconds / ours,
                    Double.isNaN(ffmpeg) ? "n/a" : String.format("%.0fx", audioSeconds / ffmpeg),
                    Double.isNaN(ffmpeg) ? "n/a" : String.format("%.2f", ours / ffmpeg));
        }
    }

    private DecodeRun() {
    }

    /** Decodes every packet with a fresh decoder; audio seconds come from the samples it produced. */
    static Row decode(String name, Supplier<AudioDecoder> factory, List<byte[]> packets, double ffmpegSeconds) {
        decodeAll(factory.get(), packets.subList(0, Math.min(packets.size(), WARM_UP_PACKETS)));
        AudioDecoder decoder = factory.get();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long samples = decodeAll(decoder, packets);
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        Row row = new Row(name, (double) samples / decoder.sampleRate(), cpu, ffmpegSeconds);
        System.out.printf("%s: %.0f s of audio in %.2f s CPU; ffmpeg %.2f s CPU%n", name, row.audioSeconds(), cpu,
                ffmpegSeconds);
        return row;
    }

    private static long decodeAll(AudioDecoder decoder, List<byte[]> packets) {
        short[] out = new short[decoder.maxSamples(1500)];
        long samples = 0;
        for (byte[] p : packets) {
            samples += decoder.decode(p, 0, p.length, out, 0);
        }
        if (decoder instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // Frees native state only.
            }
        }
        return samples;
    }

    /** The payloads back to back in one file, as ffmpeg's raw demuxers (g729, g723_1, g722, mulaw) read them. */
    static Path concatenated(Path file, List<byte[]> packets) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (byte[] p : packets) {
                out.write(p);
            }
        }
        return file;
    }

    /** CPU time (user + system) of {@code ffmpeg -threads 1 ARGS -f s16le /dev/null}; NaN without ffmpeg. */
    static double ffmpegSeconds(String... args) throws InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostats", "-benchmark", "-nostdin", "-y",
                "-threads", "1"));
        cmd.addAll(List.of(args));
        cmd.addAll(List.of("-threads", "1", "-f", "s16le", "/dev/null"));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroy();
                return Double.NaN;
            }
            Matcher m = BENCH.matcher(output);
            return m.find() ? Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2)) : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
