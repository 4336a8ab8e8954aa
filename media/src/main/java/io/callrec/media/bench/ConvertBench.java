package io.callrec.media.bench;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: synthesises a two-leg G.711 call (default 1 hour, or the seconds given as the first
 * argument), converts it to stereo WAV and prints speed as a multiple of real time and peak heap.
 */
public final class ConvertBench {

    private ConvertBench() {
    }

    public static void main(String[] args) throws Exception {
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 3600;
        Path dir = Files.createTempDirectory("callrec-bench");
        Path capture = dir.resolve("call.pcap");
        Path wav = dir.resolve("call.wav");
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
            System.out.printf("converted in %.2f s = %.0fx real time; peak heap %d MiB (max heap %d MiB)%n",
                    elapsed, r.durationMillis() / 1000.0 / elapsed, peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            Files.deleteIfExists(capture);
            Files.deleteIfExists(wav);
            Files.deleteIfExists(dir);
        }
    }
}
