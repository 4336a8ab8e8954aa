package io.callrec.media.capture;

import io.callrec.media.testkit.PcapWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper: builds a pcap in memory and reads it back completely through {@link UdpPacketReader}. */
final class CaptureRun {

    static final long T0 = 1_700_000_000_000_000_000L;

    /** A delivered UDP datagram, copied out of the reader's reused buffers. */
    record Udp(String source, String destination, byte[] payload, long timestampNanos, boolean ipv6) {
    }

    /** A delivered TCP chunk, copied. */
    record Chunk(String source, String destination, byte[] bytes, long timestampNanos, boolean afterGap, long streamOffset) {
    }

    final List<Udp> udp = new ArrayList<>();
    final List<Chunk> tcp = new ArrayList<>();
    /** Closed directions as "source @streamLength". */
    final List<String> closed = new ArrayList<>();
    CaptureCounters counters;
    boolean truncated;

    /** Classic pcap writer over a byte buffer, one frame per call. */
    static final class Pcap {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final PcapWriter writer;
        private long t = T0;

        Pcap(int linkType) {
            try {
                writer = new PcapWriter(bytes, linkType, true, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Next frame, 1 ms after the previous one. */
        Pcap frame(byte[] frame, int length) {
            return frameAt(t += 1_000_000L, frame, length);
        }

        Pcap frameAt(long nanos, byte[] frame, int length) {
            try {
                writer.write(nanos, frame, 0, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        byte[] bytes() {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return bytes.toByteArray();
        }
    }

    static CaptureRun read(byte[] capture) throws IOException {
        CaptureRun run = new CaptureRun();
        try (UdpPacketReader r = UdpPacketReader.open(new ByteArrayInputStream(capture))) {
            r.tcpListener(new TcpStreamListener() {
                @Override
                public void payload(TcpChunk c) {
                    run.tcp.add(new Chunk(IpAddress.withPort(c.sourceAddressHigh(), c.sourceAddressLow(), c.sourcePort()),
                            IpAddress.withPort(c.destinationAddressHigh(), c.destinationAddressLow(), c.destinationPort()),
                            Arrays.copyOfRange(c.data(), c.offset(), c.offset() + c.length()), c.timestampNanos(),
                            c.afterGap(), c.streamOffset()));
                }

                @Override
                public void closed(TcpChunk c) {
                    run.closed.add(IpAddress.withPort(c.sourceAddressHigh(), c.sourceAddressLow(), c.sourcePort())
                            + " @" + c.streamOffset());
                }
            });
            UdpDatagram d = new UdpDatagram();
            while (r.next(d)) {
                run.udp.add(new Udp(IpAddress.withPort(d.sourceAddressHigh(), d.sourceAddressLow(), d.sourcePort()),
                        IpAddress.withPort(d.destinationAddressHigh(), d.destinationAddressLow(), d.destinationPort()),
                        Arrays.copyOfRange(d.data(), d.payloadOffset(), d.payloadOffset() + d.payloadLength()),
                        d.timestampNanos(), d.isIpv6()));
            }
            run.counters = r.counters();
            run.truncated = r.truncated();
        }
        return run;
    }

    /** All TCP bytes delivered for one source, concatenated. */
    byte[] stream(String source) {
        ByteArrayOutputStream s = new ByteArrayOutputStream();
        tcp.stream().filter(c -> c.source().equals(source)).forEach(c -> s.writeBytes(c.bytes()));
        return s.toByteArray();
    }

    static byte[] text(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
