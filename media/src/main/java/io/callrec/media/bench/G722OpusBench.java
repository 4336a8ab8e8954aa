package io.callrec.media.bench;

import io.callrec.media.codec.AudioDecoder;
import io.callrec.media.codec.g722.G722Decoder;
import io.callrec.media.codec.opus.OpusDecoder;
import io.callrec.media.codec.opus.OpusDecoders;
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
 * Not a test: decodes one hour (or the seconds given as first argument) of G.722 and Opus on one
 * thread, looping real clips from the corpus (folder from system property callrec.corpus.dir or
 * the second argument), and prints speed as a multiple of real time, ffmpeg's time on the same
 * payloads in the same run (when ffmpeg is on PATH, single-threaded) and the ratio of the two times.
 * Times are CPU times (this thread's; ffmpeg's user + system time from {@code -benchmark}), which
 * a machine shared with other work disturbs far less than wall-clock time.
 */
public final class G722OpusBench {

    /** ffmpeg -benchmark's closing line: "bench: utime=1.234s stime=0.056s rtime=1.300s". */
    private static final Pattern BENCH = Pattern.compile("utime=([0-9.]+)s stime=([0-9.]+)s");

    private G722OpusBench() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 3600;
        Path corpus = Path.of(args.length > 1 ? args[1] : System.getProperty("callrec.corpus.dir", "../shared/corpus"));
        Path dir = Files.createTempDirectory("callrec-codec-bench");
        try {
            List<byte[]> g722 = PayloadClip.loop(PayloadClip.read(corpus.resolve("g722-sip-wireshark.pcap"), 9), seconds, 20);
            Path g722File = dir.resolve("bench.g722");
            try (OutputStream out = Files.newOutputStream(g722File)) {
                for (byte[] p : g722) {
                    out.write(p);
                }
            }
            double ffmpegG722 = ffmpegSeconds("-f", "g722", "-i", g722File.toString(), "-f", "s16le");
            System.out.printf("G.722: ffmpeg -> 16 kHz CPU time %s%n", times(ffmpegG722, seconds));
            run("G.722 64k -> 16 kHz", G722Decoder::new, g722, seconds, ffmpegG722);
            bench("Opus SILK NB (opus-nb-fec-60s-asterisk.pcapng)",
                    corpus.resolve("opus-nb-fec-60s-asterisk.pcapng"), 107, seconds, dir);
            bench("Opus hybrid FB (opus-48k-fullband-sip-wireshark.pcap)",
                    corpus.resolve("opus-48k-fullband-sip-wireshark.pcap"), 99, seconds, dir);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void bench(String name, Path capture, int payloadType, long seconds, Path dir) throws Exception {
        List<byte[]> packets = PayloadClip.loop(PayloadClip.read(capture, payloadType), seconds, 20);
        Path ogg = dir.resolve("bench.opus");
        int[] durations = new int[packets.size()];
        java.util.Arrays.fill(durations, 960);
        OggOpusWriter.write(ogg, packets, durations, 1);
        double ffNative = ffmpegSeconds("-i", ogg.toString(), "-f", "s16le", "-ar", "8000", "-ac", "1");
        double ffLibopus = ffmpegSeconds("-c:a", "libopus", "-i", ogg.toString(), "-f", "s16le", "-ar", "8000", "-ac", "1");
        System.out.printf("%s: ffmpeg -> 8 kHz CPU time: native decoder %s, libopus decoder %s%n", name,
                times(ffNative, seconds), times(ffLibopus, seconds));
        if (OpusDecoders.libopusAvailable()) {
            run(name + ", libopus (JNA) -> 8 kHz", () -> OpusDecoders.libopus(8000), packets, seconds, ffNative);
            run(name + ", libopus (JNA) -> 48 kHz", () -> OpusDecoders.libopus(48000), packets, seconds, ffNative);
        }
        run(name + ", concentus -> 8 kHz", () -> OpusDecoders.concentus(8000), packets, seconds, ffNative);
    }

    /** Warm-up on the first minute, then the timed pass over all packets. */
    private static void run(String name, Supplier<AudioDecoder> factory, List<byte[]> packets, long seconds, double ffmpeg) {
        decodeAll(factory.get(), packets.subList(0, Math.min(packets.size(), 3000)));
        AudioDecoder decoder = factory.get();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long samples = decodeAll(decoder, packets);
        double elapsed = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        System.out.printf("%-72s %d s of audio (%d samples) in %.2f s CPU (%.2f s wall) = %.0fx real time%s%n", name, seconds,
                samples, elapsed, wall, seconds / elapsed,
                Double.isNaN(ffmpeg) ? "" : String.format("; time / ffmpeg's = %.2f", elapsed / ffmpeg));
    }

    private static long decodeAll(AudioDecoder decoder, List<byte[]> packets) {
        short[] out = new short[decoder.maxSamples(1500)];
        long samples = 0;
        for (byte[] p : packets) {
            samples += decoder.decode(p, 0, p.length, out, 0);
        }
        if (decoder instanceof OpusDecoder opus) {
            opus.close();
        }
        return samples;
    }

    private static String times(double elapsed, long seconds) {
        return Double.isNaN(elapsed) ? "n/a" : String.format("%.2f s = %.0fx real time", elapsed, seconds / elapsed);
    }

    /** CPU time (user + system, from {@code -benchmark}) of {@code ffmpeg ARGS /dev/null}; NaN without ffmpeg. */
    private static double ffmpegSeconds(String... args) throws InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostats", "-benchmark", "-nostdin", "-y", "-threads", "1"));
        cmd.addAll(List.of(args));
        cmd.add("/dev/null");
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
