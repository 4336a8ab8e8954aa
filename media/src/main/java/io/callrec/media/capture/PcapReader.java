package io.callrec.media.capture;

import java.io.IOException;
import java.io.InputStream;

/**
 * Classic libpcap files: 24-byte file header, then 16-byte record headers. The magic number
 * gives both the byte order and the timestamp unit (microseconds a1b2c3d4, nanoseconds a1b23c4d).
 */
public final class PcapReader implements PacketSource {

    private static final int FILE_HEADER = 24;
    private static final int RECORD_HEADER = 16;

    private final StreamInput in;
    private final byte[] header = new byte[FILE_HEADER];
    private final boolean littleEndian;
    private final boolean nanos;
    private final int linkType;
    private boolean truncated;

    public PcapReader(InputStream stream) throws IOException {
        this.in = new StreamInput(stream);
        int n = in.read(header, 0, FILE_HEADER);
        if (n < 4) {
            throw new CaptureFormatException("not a capture file", false);
        }
        int magic = Bytes.int32(header, 0, false);
        littleEndian = magic != CaptureFormat.PCAP_MICROS && magic != CaptureFormat.PCAP_NANOS;
        int native_ = littleEndian ? Integer.reverseBytes(magic) : magic;
        if (native_ != CaptureFormat.PCAP_MICROS && native_ != CaptureFormat.PCAP_NANOS) {
            throw new CaptureFormatException("not a pcap file", false);
        }
        if (n < FILE_HEADER) {
            throw new CaptureFormatException("pcap file header is truncated", true);
        }
        nanos = native_ == CaptureFormat.PCAP_NANOS;
        int major = Bytes.uint16(header, 4, littleEndian);
        if (major != 2) {
            throw new CaptureFormatException("unsupported pcap version " + major, false);
        }
        // Upper bits of the link-type field carry FCS information; the link type is the low 16 bits.
        linkType = Bytes.int32(header, 20, littleEndian) & 0xFFFF;
    }

    public int linkType() {
        return linkType;
    }

    @Override
    public boolean next(Frame frame) throws IOException {
        if (truncated) {
            return false;
        }
        int n = in.read(header, 0, RECORD_HEADER);
        if (n == 0) {
            return false;
        }
        if (n < RECORD_HEADER) {
            truncated = true;
            return false;
        }
        long seconds = Bytes.uint32(header, 0, littleEndian);
        long fraction = Bytes.uint32(header, 4, littleEndian);
        long capturedLength = Bytes.uint32(header, 8, littleEndian);
        if (capturedLength > Frame.MAX_CAPTURED_LENGTH) {
            truncated = true;
            return false;
        }
        int len = (int) capturedLength;
        if (in.read(frame.data, 0, len) < len) {
            truncated = true;
            return false;
        }
        frame.length = len;
        frame.linkType = linkType;
        frame.timestampNanos = seconds * 1_000_000_000L + (nanos ? fraction : fraction * 1000L);
        return true;
    }

    @Override
    public boolean truncated() {
        return truncated;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
