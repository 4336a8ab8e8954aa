package io.callrec.media.bench;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import io.callrec.media.rtp.RtpHeader;
import io.callrec.media.testkit.ImpairedCall;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Not a test: measures a recording made by a real media proxy against what was sent, as
 * {@code media/tools/rtpengine-impaired-call.py OUT} leaves it (OUT/leg-a.*, OUT/leg-b.*, the proxy's
 * pcap under OUT/rec): converts the pcap to stereo WAV and prints {@link FidelityReport}'s rows.
 * Where a packet belongs is when it was due to be sent plus the path to the proxy: the least time
 * any packet of the leg took from its due time to the proxy's capture (loopback and the proxy's
 * own handling, a fraction of a millisecond; impairments only add to it).
 *
 * <p>Arguments: {@code OUT [case name]}.
 */
public final class RecordedCallFidelity {

    private RecordedCallFidelity() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        String name = args.length > 1 ? args[1] : out.getFileName().toString();
        Path pcap;
        try (Stream<Path> files = Files.walk(out.resolve("rec"))) {
            pcap = files.filter(p -> p.toString().endsWith(".pcap")).findFirst()
                    .orElseThrow(() -> new IOException("no pcap under " + out.resolve("rec")));
        }
        Path wav = Files.createTempFile("callrec-recorded", ".wav");
        try {
            ConversionResult r = new MediaEngine().convert(pcap, wav,
                    new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
            System.out.println(FidelityReport.header("capture"));
            FidelityReport.print(name, List.of(leg(out, "a", pcap), leg(out, "b", pcap)), r, wav);
        } finally {
            Files.deleteIfExists(wav);
        }
    }

    /** What one direction sent: its source and decoded PCM, where packet 0 belongs, the ns per sample, which packets went out. */
    private static ImpairedCall.Sent leg(Path out, String name, Path pcap) throws IOException {
        List<String> lines = Files.readAllLines(out.resolve("leg-" + name + ".txt"));
        String[] head = lines.get(0).trim().split(" ");
        String flags = lines.get(1).trim();
        boolean[] arrived = new boolean[flags.length()];
        boolean[] sent = new boolean[flags.length()];
        for (int k = 0; k < arrived.length; k++) {
            arrived[k] = flags.charAt(k) == '1';
            sent[k] = true;
        }
        long due = Long.parseLong(head[0]);
        double nanosPerSample = Double.parseDouble(head[1]);
        long ssrc = Long.parseLong(head[2]);
        long path = leastTransit(pcap, ssrc, Long.parseLong(head[3]), due, nanosPerSample);
        return new ImpairedCall.Sent(pcm(out.resolve("leg-" + name + ".pcm")), pcm(out.resolve("leg-" + name + ".decoded")),
                sent, arrived, (double) (due + path - ImpairedCall.EPOCH_NANOS), nanosPerSample, ssrc);
    }

    /** The least capture time minus due time over the leg's packets in the proxy's pcap. */
    private static long leastTransit(Path pcap, long ssrc, long firstTimestamp, long due, double nanosPerSample)
            throws IOException {
        long least = Long.MAX_VALUE;
        UdpDatagram d = new UdpDatagram();
        RtpHeader h = new RtpHeader();
        try (UdpPacketReader reader = UdpPacketReader.open(pcap)) {
            while (reader.next(d)) {
                if (h.parse(d.data(), d.payloadOffset(), d.payloadLength()) && (h.ssrc() & 0xFFFF_FFFFL) == ssrc) {
                    long ticks = (h.timestamp() - firstTimestamp) & 0xFFFF_FFFFL;
                    least = Math.min(least, d.timestampNanos() - due - Math.round(ticks * nanosPerSample));
                }
            }
        }
        return least == Long.MAX_VALUE ? 0 : least;
    }

    private static short[] pcm(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        short[] s = new short[b.capacity() / 2];
        b.asShortBuffer().get(s);
        return s;
    }
}
