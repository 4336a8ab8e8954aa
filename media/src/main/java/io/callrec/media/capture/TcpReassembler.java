package io.callrec.media.capture;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * TCP (RFC 9293) header parsing and per-direction reassembly for a {@link TcpStreamListener}.
 * At most {@link #MAX_FLOWS} directions are tracked; the least recently active one is forgotten
 * when a new one appears, which bounds memory at MAX_FLOWS reorder windows.
 */
final class TcpReassembler {

    static final int MAX_FLOWS = 256;
    private static final int FIN = 0x01;
    private static final int SYN = 0x02;
    private static final int RST = 0x04;

    private final CaptureCounters counters;
    private final TcpFlowKey probe = new TcpFlowKey();
    private final TcpChunk chunk = new TcpChunk();
    private final Map<TcpFlowKey, TcpFlow> flows = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TcpFlowKey, TcpFlow> eldest) {
            if (size() <= MAX_FLOWS) {
                return false;
            }
            counters.tcpFlowsEvicted++;
            close(eldest.getValue());
            return true;
        }
    };
    private TcpStreamListener listener;

    TcpReassembler(CaptureCounters counters) {
        this.counters = counters;
    }

    void listener(TcpStreamListener l) {
        listener = l;
    }

    /** One TCP segment in {@code p}; payload reaches the listener in order, if there is one. */
    void segment(IpPacket p) {
        counters.tcpSegments++;
        if (p.length < 20) {
            counters.truncatedPackets++;
            return;
        }
        byte[] b = p.data;
        int headerLength = ((b[p.offset + 12] & 0xF0) >>> 4) * 4;
        if (headerLength < 20 || headerLength > p.length) {
            counters.malformedPackets++;
            return;
        }
        if (listener == null) {
            return;
        }
        probe.set(p, Bytes.uint16(b, p.offset), Bytes.uint16(b, p.offset + 2));
        TcpFlow flow = flows.get(probe);
        if (flow == null) {
            flow = new TcpFlow(probe.copy());
            flows.put(flow.key, flow);
        }
        int flags = b[p.offset + 13];
        int sequence = Bytes.int32(b, p.offset + 4, false);
        if (flow.restartedBy(sequence, (flags & SYN) != 0)) {
            close(flow);
        }
        flow.segment(sequence, (flags & SYN) != 0, b, p.offset + headerLength,
                p.length - headerLength, p.timestampNanos, this);
        if ((flags & (FIN | RST)) != 0 && !flow.closed) {
            close(flow);
        }
    }

    /** End of capture: buffered data is delivered across its holes and every open direction closes. */
    void finish() {
        for (TcpFlow f : flows.values()) {
            if (!f.closed) {
                close(f);
            }
        }
    }

    private void close(TcpFlow f) {
        f.flush(this);
        f.closed = true;
        if (listener != null) {
            f.key.fill(chunk);
            chunk.data = null;
            chunk.offset = 0;
            chunk.length = 0;
            chunk.afterGap = false;
            chunk.timestampNanos = f.lastNanos;
            chunk.streamOffset = f.position();
            listener.closed(chunk);
        }
    }

    void deliver(TcpFlow f, byte[] b, int off, int len, long ts, boolean afterGap, long streamOffset) {
        counters.tcpBytes += len;
        f.key.fill(chunk);
        chunk.data = b;
        chunk.offset = off;
        chunk.length = len;
        chunk.timestampNanos = ts;
        chunk.afterGap = afterGap;
        chunk.streamOffset = streamOffset;
        listener.payload(chunk);
    }

    void gap() {
        counters.tcpGaps++;
    }

    void retransmission() {
        counters.tcpRetransmissions++;
    }
}
