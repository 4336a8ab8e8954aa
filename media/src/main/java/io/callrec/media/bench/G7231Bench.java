package io.callrec.media.bench;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.codec.g7231.G7231Decoder;
import io.callrec.media.rtp.RtpHeader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: decodes one hour of G.723.1 (the RTP payloads of a capture, PT 4, looped) on one
 * thread and prints the speed as a multiple of real time, then times ffmpeg's g723_1 decoder on
 * the same frames (when ffmpeg is on the PATH) and prints the ratio. Three interleaved runs per
 * decoder (the machine is shared, single runs are noisy); the best of each is compared. Arguments: [capture file] [seconds]; the capture defaults to
 * g723-6k3-dirA-rtpproxy.pcap in {@code callrec.corpus.dir}.
 */
public final class G7231Bench {

    private static final int FRAME_MS = 30;
    /** Timed runs per decoder. */
    private static final int RUNS = 3;

    private G7231Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path capture = args.length > 0 ? Path.of(args[0])
            : Path.of(System.getProperty("callrec.corpus.dir", "../shared/corpus"), "g723-6k3-dirA-rtpproxy.pcap");
        long seconds = args.length > 1 ? Long.parseLong(args[1]) : 3600;
        List<byte[]> packets = payloads(capture);
        if (packets.isEmpty()) {
            System.err.println("no G.723.1 (PT 4) RTP payloads in " + capture);
            System.exit(2);
        }
        int frames = (int) (seconds * 1000 / FRAME_MS);
        System.out.printf("input %s: %d packets, looped to %d frames (%d s)%n", capture.getFileName(),
            packets.size(), frames, seconds);

        decode(packets, frames / 60); // JIT warm-up on one minute
        Path dir = Files.createTempDirectory("g7231-bench");
        Path stream = dir.resolve("hour.tco");
        try {
            writeLooped(packets, frames, stream);
            double audioSeconds = frames * FRAME_MS / 1000.0;
            double bestOurs = Double.MAX_VALUE;
            double bestFfmpeg = Double.MAX_VALUE;
            for (int run = 1; run <= RUNS; run++) {
                // interleaved so both decoders see the same machine load
                long t0 = System.nanoTime();
                decode(packets, frames);
                double ours = (System.nanoTime() - t0) / 1e9;
                double ffmpeg = ffmpegSeconds(stream);
                bestOurs = Math.min(bestOurs, ours);
                System.out.printf("run %d: callrec %.2f s = %.0fx real time", run, ours, audioSeconds / ours);
                if (ffmpeg > 0) {
                    bestFfmpeg = Math.min(bestFfmpeg, ffmpeg);
                    System.out.printf("; ffmpeg %.2f s = %.0fx real time; ratio %.2f", ffmpeg,
                        audioSeconds / ffmpeg, ffmpeg / ours);
                }
                System.out.println();
            }
            System.out.printf("best: callrec G7231Decoder %.0fx real time (single thread)%n", audioSeconds / bestOurs);
            if (bestFfmpeg == Double.MAX_VALUE) {
                System.out.println("ffmpeg not available: no comparison");
                return;
            }
            System.out.printf("best: ffmpeg g723_1 %.0fx real time (one process incl. start-up)%n",
                audioSeconds / bestFfmpeg);
            System.out.printf("ratio callrec / ffmpeg speed (best runs): %.2f%n", bestFfmpeg / bestOurs);
        } finally {
            Files.deleteIfExists(stream);
            Files.deleteIfExists(dir);
        }
    }

    private static long decode(List<byte[]> packets, int frames) {
        G7231Decoder decoder = new G7231Decoder();
        short[] out = new short[decoder.maxSamples(64)];
        long samples = 0;
        long checksum = 0;
        for (int i = 0; samples < (long) frames * G7231Decoder.FRAME_SAMPLES; i++) {
            byte[] p = packets.get(i % packets.size());
            int n = decoder.decode(p, 0, p.length, out, 0);
            samples += n;
            checksum += out[n - 1];
        }
        if (checksum == Long.MIN_VALUE) {
            System.out.println(); // keeps the decode observable to the JIT
        }
        return samples;
    }

    private static void writeLooped(List<byte[]> packets, int frames, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(frames * 24);
        long samples = 0;
        for (int i = 0; samples < (long) frames * G7231Decoder.FRAME_SAMPLES; i++) {
            byte[] p = packets.get(i % packets.size());
            out.writeBytes(p);
            samples += (long) countFrames(p) * G7231Decoder.FRAME_SAMPLES;
        }
        Files.write(file, out.toByteArray());
    }

    private static int countFrames(byte[] p) {
        int[] sizes = {24, 20, 4, 1};
        int n = 0;
        for (int pos = 0; pos < p.length; pos += sizes[p[pos] & 3]) {
            n++;
        }
        return Math.max(n, 1);
    }

    /** Wall time of an ffmpeg decode of the stream to s16le (discarded), or -1 without ffmpeg. */
    private static double ffmpegSeconds(Path stream) throws InterruptedException {
        try {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error",
                "-threads", "1", "-f", "g723_1", "-i", stream.toString(), "-f", "s16le", "-y", "/dev/null")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                return -1;
            }
            return (System.nanoTime() - t0) / 1e9;
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<byte[]> payloads(Path capture) throws IOException {
        List<byte[]> out = new ArrayList<>();
        RtpHeader rtp = new RtpHeader();
        UdpDatagram d = new UdpDatagram();
        try (UdpPacketReader reader = UdpPacketReader.open(capture)) {
            while (reader.next(d)) {
                if (rtp.parse(d.data(), d.payloadOffset(), d.payloadLength()) && rtp.payloadType() == 4
                    && rtp.payloadLength() > 0) {
                    out.add(java.util.Arrays.copyOfRange(d.data(), rtp.payloadOffset(),
                        rtp.payloadOffset() + rtp.payloadLength()));
                }
            }
        }
        return out;
    }
}
