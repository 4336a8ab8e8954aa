package io.callrec.media.conformance;

import io.callrec.media.capture.UdpDatagram;
import io.callrec.media.capture.UdpPacketReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An independent reference for the conformance suite: reads every G.711 RTP packet (PT 0/8) of a
 * capture with its own RTP header parsing (RFC 3550 §5.1: CSRCs, extension, padding) and its own
 * G.711 expansion (the classic bit-manipulation form of ITU-T G.711, not the engine's tables),
 * placing each payload at its timestamp relative to the first timestamp of its stream.
 */
final class ReferenceG711 {

    /** One decoded packet: position relative to the stream's first timestamp. */
    record Packet(long position, int sequence, short[] samples) {
    }

    /** Packets of one (direction, SSRC), in arrival order, and the CN levels seen in that direction. */
    static final class Stream {
        final String direction;
        final long ssrc;
        final List<Packet> packets = new ArrayList<>();
        long firstTimestamp = -1;
        long firstNanos;

        Stream(String direction, long ssrc) {
            this.direction = direction;
            this.ssrc = ssrc;
        }
    }

    /**
     * A timestamp that disagrees with the capture clock by more than this (a sender reset) starts
     * a new run, placed on its own: the engine re-anchors there (LegTimeline.MAX_DRIFT_SECONDS).
     */
    static final double RERUN_SECONDS = 10;

    private ReferenceG711() {
    }

    /** Streams keyed by "src:port>dst:port/ssrc#run"; {@code loudestCn} receives the loudest CN level per direction. */
    static Map<String, Stream> read(Path capture, Map<String, Integer> loudestCn) throws IOException {
        Map<String, Stream> streams = new LinkedHashMap<>();
        Map<String, Integer> runs = new java.util.HashMap<>();
        UdpDatagram d = new UdpDatagram();
        try (UdpPacketReader reader = UdpPacketReader.open(capture)) {
            while (reader.next(d)) {
                byte[] b = d.data();
                int off = d.payloadOffset();
                int len = d.payloadLength();
                if (len < 12 || (b[off] & 0xC0) != 0x80 || d.sourcePort() < 1024 || d.destinationPort() < 1024) {
                    continue;
                }
                int pt = b[off + 1] & 0x7F;
                int header = 12 + 4 * (b[off] & 0x0F);
                if ((b[off] & 0x10) != 0 && header + 4 <= len) {
                    header += 4 + 4 * (((b[off + header + 2] & 0xFF) << 8) | (b[off + header + 3] & 0xFF));
                }
                int end = len - ((b[off] & 0x20) != 0 ? b[off + len - 1] & 0xFF : 0);
                if (header > end) {
                    continue;
                }
                String direction = d.sourceAddress() + ":" + d.sourcePort() + ">" + d.destinationAddress() + ":"
                        + d.destinationPort();
                if (pt == 13 && end > header) {
                    loudestCn.merge(direction, b[off + header] & 0x7F, Math::min);
                }
                if (pt != 0 && pt != 8) {
                    continue;
                }
                long ssrc = u32(b, off + 8);
                long ts = u32(b, off + 4);
                int seq = ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
                String key = direction + "/" + ssrc;
                Stream s = streams.get(key + "#" + runs.getOrDefault(key, 0));
                if (s != null && Math.abs((int) (ts - s.firstTimestamp) / 8000.0
                        - (d.timestampNanos() - s.firstNanos) / 1e9) > RERUN_SECONDS) {
                    runs.merge(key, 1, Integer::sum);
                    s = null;
                }
                if (s == null) {
                    s = new Stream(direction, ssrc);
                    s.firstTimestamp = ts;
                    s.firstNanos = d.timestampNanos();
                    streams.put(key + "#" + runs.getOrDefault(key, 0), s);
                }
                short[] pcm = new short[end - header];
                for (int i = 0; i < pcm.length; i++) {
                    int code = b[off + header + i] & 0xFF;
                    pcm[i] = (short) (pt == 0 ? ulaw(code) : alaw(code));
                }
                s.packets.add(new Packet((int) (ts - s.firstTimestamp), seq, pcm));
            }
        }
        return streams;
    }

    private static long u32(byte[] b, int o) {
        return ((b[o] & 0xFFL) << 24) | ((b[o + 1] & 0xFF) << 16) | ((b[o + 2] & 0xFF) << 8) | (b[o + 3] & 0xFF);
    }

    /** G.711 µ-law expansion: invert, bias 0x84 shifted by the segment, remove the bias. */
    static int ulaw(int code) {
        int u = ~code;
        int t = ((u & 0x0F) << 3) + 0x84;
        t <<= (u & 0x70) >> 4;
        return (u & 0x80) != 0 ? 0x84 - t : t - 0x84;
    }

    /** G.711 A-law expansion: toggle even bits, segment 0 linear, others with the leading one. */
    static int alaw(int code) {
        int a = code ^ 0x55;
        int t = (a & 0x0F) << 4;
        int seg = (a & 0x70) >> 4;
        if (seg == 0) {
            t += 8;
        } else {
            t = (t + 0x108) << (seg - 1);
        }
        return (a & 0x80) != 0 ? t : -t;
    }
}
