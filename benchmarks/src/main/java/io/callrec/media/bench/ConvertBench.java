package io.callrec.media.bench;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.testkit.SyntheticCall;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: synthesises a two-leg G.711 call (default 1 hour, or the seconds given as the first
 * argument), converts it to stereo WAV and prints speed as a multiple of real time and peak heap.
 * With {@code --ffmpeg} it also extracts the two legs' payloads (untimed) and times
 * {@code ffmpeg -threads 1} decoding both into one stereo WAV, the comparable work, for a ratio.
 */
public final class ConvertBench {

    private ConvertBench() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 && !args[0].startsWith("--") ? Long.parseLong(args[0]) : 3600;
        boolean ffmpeg = List.of(args).contains("--ffmpeg");
        Path dir = Files.createTempDirectory("callrec-bench");
        Path capture = dir.resolve("call.pcap");
        Path wav = dir.resolve("call.wav");
        List<Path> files = new ArrayList<>(List.of(capture, wav));
        try {
            try (OutputStream out = Files.newOutputStream(capture)) {
                SyntheticCall.write(out, seconds, 1500);
            }
            System.gc();
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long t0 = System.nanoTime();
            ConversionResult r = new MediaEngine().convert(capture, wav, new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf("capture %d MiB, %d s of audio, %d packets%n", Files.size(capture) >> 20,
                    r.durationMillis() / 1000, r.totalPackets());
            System.out.printf("callrec: converted in %.2f s = %.0fx real time; peak heap %d MiB (max heap %d MiB)%n",
                    elapsed, r.durationMillis() / 1000.0 / elapsed, peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
            if (ffmpeg) {
                Path ulaw = dir.resolve("legA.ul");
                Path alaw = dir.resolve("legB.al");
                Path ffWav = dir.resolve("ffmpeg.wav");
                files.addAll(List.of(ulaw, alaw, ffWav));
                extract(capture, ulaw, alaw);
                double ff = timeFfmpeg(ulaw, alaw, ffWav);
                System.out.printf("ffmpeg:  decoded the extracted payloads to stereo WAV in %.2f s = %.0fx real time;"
                        + " callrec/ffmpeg time ratio %.2f%n", ff, r.durationMillis() / 1000.0 / ff, elapsed / ff);
            }
        } finally {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(dir);
        }
    }

    /** Raw payload bytes of the PCMU leg and of the PCMA leg, in capture order. */
    private static void extract(Path capture, Path ulaw, Path alaw) throws IOException {
        RtpHeader h = new RtpHeader();
        UdpDatagram d = new UdpDatagram();
        try (UdpPacketReader reader = UdpPacketReader.open(capture);
             OutputStream u = new BufferedOutputStream(Files.newOutputStream(ulaw), 1 << 16);
             OutputStream a = new BufferedOutputStream(Files.newOutputStream(alaw), 1 << 16)) {
            while (reader.next(d)) {
                if (h.parse(d.data(), d.payloadOffset(), d.payloadLength())) {
                    (h.payloadType() == 0 ? u : a).write(d.data(), h.payloadOffset(), h.payloadLength());
                }
            }
        }
    }

    private static double timeFfmpeg(Path ulaw, Path alaw, Path out) throws IOException, InterruptedException {
        List<String> command = List.of("ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-threads", "1",
                "-f", "mulaw", "-ar", "8000", "-ac", "1", "-i", ulaw.toString(),
                "-f", "alaw", "-ar", "8000", "-ac", "1", "-i", alaw.toString(),
                "-filter_complex", "[0:a][1:a]amerge=inputs=2", "-filter_threads", "1", "-f", "wav", out.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("ffmpeg failed: " + String.join(" ", command));
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
