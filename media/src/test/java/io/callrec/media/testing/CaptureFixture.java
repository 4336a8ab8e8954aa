package io.callrec.media.testing;

import io.callrec.media.testkit.FrameBuilder;
import io.callrec.media.testkit.PcapWriter;
import io.callrec.media.testkit.RtpPacketBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a pcap fixture packet by packet, in exactly the arrival order the test dictates. */
public final class CaptureFixture implements AutoCloseable {

    /** 2023-11-14T22:13:20Z: a realistic epoch so that timestamps are large numbers. */
    public static final long EPOCH_NANOS = 1_700_000_000_000_000_000L;

    private final PcapWriter pcap;
    private final FrameBuilder frames;
    private final byte[] rtp = new byte[70000];
    private final byte[] frame = new byte[70100];

    /** One direction of a call. */
    public record Leg(String source, int sourcePort, String destination, int destinationPort) {
    }

    public static final Leg A = new Leg("10.0.0.1", 20000, "10.0.0.2", 30000);
    public static final Leg B = new Leg("10.0.0.2", 30000, "10.0.0.1", 20000);

    private CaptureFixture(OutputStream out, int linkType, int vlanTags, boolean nanos, boolean littleEndian)
            throws IOException {
        this.frames = new FrameBuilder(linkType, vlanTags);
        this.pcap = new PcapWriter(out, linkType, nanos, littleEndian);
    }

    public static CaptureFixture create(Path file) throws IOException {
        return create(file, FrameBuilder.ETHERNET, 0, false, true);
    }

    public static CaptureFixture create(Path file, int linkType, int vlanTags, boolean nanos, boolean littleEndian)
            throws IOException {
        return new CaptureFixture(Files.newOutputStream(file), linkType, vlanTags, nanos, littleEndian);
    }

    /** An RTP packet captured {@code micros} after {@link #EPOCH_NANOS}. */
    public CaptureFixture rtp(Leg leg, long micros, int payloadType, int seq, long ts, long ssrc, byte[] payload)
            throws IOException {
        int len = RtpPacketBuilder.build(payloadType, false, seq, ts, ssrc, payload, 0, payload.length, rtp);
        return udp(leg, micros, rtp, len);
    }

    public CaptureFixture udp(Leg leg, long micros, byte[] payload, int length) throws IOException {
        int n = frames.udp(FrameBuilder.ip(leg.source()), leg.sourcePort(), FrameBuilder.ip(leg.destination()),
                leg.destinationPort(), payload, 0, length, frame);
        pcap.write(EPOCH_NANOS + micros * 1000, frame, 0, n);
        return this;
    }

    /** Raw link-layer frame bytes (for non-IP frames or hand-made corruption). */
    public CaptureFixture raw(long micros, byte[] bytes) throws IOException {
        pcap.write(EPOCH_NANOS + micros * 1000, bytes, 0, bytes.length);
        return this;
    }

    @Override
    public void close() throws IOException {
        pcap.close();
    }
}
