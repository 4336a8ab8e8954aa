package io.callrec.media.testkit;

/** Serialises an RTP packet (RFC 3550 §5.1, no CSRCs, no extension) into a caller buffer. */
public final class RtpPacketBuilder {

    private RtpPacketBuilder() {
    }

    /** Returns the packet length. */
    public static int build(int payloadType, boolean marker, int sequence, long timestamp, long ssrc,
                            byte[] payload, int offset, int length, byte[] out) {
        out[0] = (byte) 0x80;
        out[1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
        FrameBuilder.put16(out, 2, sequence & 0xFFFF);
        FrameBuilder.put32(out, 4, (int) timestamp);
        FrameBuilder.put32(out, 8, (int) ssrc);
        System.arraycopy(payload, offset, out, 12, length);
        return 12 + length;
    }
}
