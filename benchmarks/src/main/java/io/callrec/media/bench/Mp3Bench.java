package io.callrec.media.bench;

import com.sun.management.OperatingSystemMXBean;
import io.callrec.media.mp3.EncoderChoice;
import io.callrec.media.mp3.Mp3Settings;
import io.callrec.media.mp3.Mp3Writer;
import io.callrec.media.testkit.SpeechLikeSignal;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: encodes the same speech-like 8 kHz mono PCM (default 1 hour, or the seconds given
 * as the first argument) at 32 kbit/s with native LAME through JNA, with jump3r, and with
 * {@code ffmpeg -c:a libmp3lame} from a raw file, one thread each, and prints speed as a multiple
 * of real time and the ratios. Each Java encoder first encodes 30 s to warm up the JIT. CPU time
 * (the encoding thread's, which includes the native LAME calls, plus the whole JVM's to show GC and
 * JIT work; ffmpeg's own {@code -benchmark} user+system time) is printed next to wall time because wall time on a shared machine varies with its load.
 * At quality 3, LAME's default, the native path's frames are byte-identical to ffmpeg's. With
 * {@code --quality N} all three encode at LAME's algorithm quality N (ffmpeg's {@code -compression_level}).
 */
public final class Mp3Bench {

    static final int RATE = 8000;
    private static final int BLOCK = 4096;

    private Mp3Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        long seconds = args.length > 0 && !args[0].startsWith("--") ? Long.parseLong(args[0]) : 3600;
        int at = arguments.indexOf("--quality");
        int quality = at >= 0 && at + 1 < args.length ? Integer.parseInt(args[at + 1]) : Mp3Settings.DEFAULT_QUALITY;
        Path dir = Files.createTempDirectory("callrec-mp3-bench");
        Path raw = dir.resolve("in.raw");
        Path out = dir.resolve("out.mp3");
        try {
            short[] pcm = SpeechLikeSignal.generate(RATE, seconds * RATE, 7);
            writeRaw(pcm, raw);
            Mp3Settings settings = Mp3Settings.defaults(RATE, 1).withQuality(quality);
            System.out.printf("input: %d s of speech-like 8 kHz mono PCM, %d kbit/s CBR, LAME quality %d%n",
                    seconds, settings.bitrateKbps(), settings.quality());
            double[] lame = timeJava(EncoderChoice.LAME_NATIVE, pcm, settings, out, seconds);
            double[] jump3r = timeJava(EncoderChoice.JUMP3R, pcm, settings, out, seconds);
            double[] ffmpeg = timeFfmpeg(raw, out, seconds, settings.bitrateKbps(), settings.quality());
            String[] kinds = {"wall", "CPU"};
            for (int k = 0; k < 2; k++) {
                System.out.printf("%-4s time ratios: LAME/JNA = %.2fx ffmpeg, jump3r = %.2fx ffmpeg, jump3r = %.2fx LAME/JNA%n",
                        kinds[k], lame[k] / ffmpeg[k], jump3r[k] / ffmpeg[k], jump3r[k] / lame[k]);
            }
        } finally {
            Files.deleteIfExists(raw);
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
    }

    /** Returns {wall, cpu} seconds. */
    static double[] timeJava(EncoderChoice choice, short[] pcm, Mp3Settings settings, Path out, long seconds)
            throws IOException {
        encode(choice, pcm, Math.min(pcm.length, 30 * RATE), settings, out);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.gc();
        long p0 = os.getProcessCpuTime();
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        String name = encode(choice, pcm, pcm.length, settings, out);
        double[] t = {(System.nanoTime() - t0) / 1e9, (threads.getCurrentThreadCpuTime() - c0) / 1e9};
        double process = (os.getProcessCpuTime() - p0) / 1e9;
        print(name, t, seconds, out);
        System.out.printf("%-44s (whole JVM incl. GC/JIT threads: CPU %.2f s)%n", "", process);
        return t;
    }

    private static void print(String name, double[] t, long seconds, Path out) throws IOException {
        System.out.printf("%-44s wall %7.2f s = %6.1fx real time, CPU %7.2f s = %6.1fx real time, %.2f MB%n",
                name, t[0], seconds / t[0], t[1], seconds / t[1], Files.size(out) / 1e6);
    }

    private static String encode(EncoderChoice choice, short[] pcm, int samples, Mp3Settings settings, Path out)
            throws IOException {
        try (Mp3Writer w = new Mp3Writer(out, settings, choice)) {
            for (int i = 0; i < samples; i += BLOCK) {
                w.write(pcm, i, Math.min(BLOCK, samples - i));
            }
            return w.encoderDescription();
        }
    }

    /** Returns {wall, cpu} seconds; CPU from ffmpeg's -benchmark line (user + system). */
    static double[] timeFfmpeg(Path raw, Path out, long seconds, int kbps, int quality) throws IOException,
            InterruptedException {
        List<String> command = List.of("ffmpeg", "-hide_banner", "-nostats", "-v", "info", "-benchmark", "-y", "-f", "s16le", "-ar", "8000",
                "-ac", "1", "-i", raw.toString(), "-c:a", "libmp3lame", "-b:a", kbps + "k",
                "-compression_level", Integer.toString(quality), out.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        Matcher m = Pattern.compile("utime=([0-9.]+)s stime=([0-9.]+)s").matcher(log);
        if (exit != 0 || !m.find()) {
            throw new IOException("ffmpeg exited with " + exit + ": " + log.strip());
        }
        double[] t = {wall, Double.parseDouble(m.group(1)) + Double.parseDouble(m.group(2))};
        print("ffmpeg -c:a libmp3lame (separate process)", t, seconds, out);
        return t;
    }

    static void writeRaw(short[] pcm, Path raw) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        try (FileChannel ch = FileChannel.open(raw, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (short s : pcm) {
                if (!buf.hasRemaining()) {
                    drain(buf, ch);
                }
                buf.putShort(s);
            }
            drain(buf, ch);
        }
    }

    private static void drain(ByteBuffer buf, FileChannel ch) throws IOException {
        buf.flip();
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
        buf.clear();
    }
}
