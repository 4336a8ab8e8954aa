package io.callrec.media.rtp;

/** Fixed RTP header per RFC 3550 §5.1, parsed in place; one instance is reused for every packet. */
public final class RtpHeader {

    private int version;
    private boolean padding;
    private boolean extension;
    private int csrcCount;
    private boolean marker;
    private int payloadType;
    private int sequence;
    private long timestamp;
    private long ssrc;
    private int payloadOffset;
    private int payloadLength;

    /**
     * Parses the packet at {@code offset}. False when it cannot be RTP version 2 with a consistent
     * length: CSRC list, header extension (§5.3.1) and padding (§5.1, last octet) must all fit.
     */
    public boolean parse(byte[] b, int offset, int length) {
        if (length < 12) {
            return false;
        }
        int first = b[offset] & 0xFF;
        version = first >>> 6;
        padding = (first & 0x20) != 0;
        extension = (first & 0x10) != 0;
        csrcCount = first & 0x0F;
        int second = b[offset + 1] & 0xFF;
        marker = (second & 0x80) != 0;
        payloadType = second & 0x7F;
        sequence = ((b[offset + 2] & 0xFF) << 8) | (b[offset + 3] & 0xFF);
        timestamp = uint32(b, offset + 4);
        ssrc = uint32(b, offset + 8);
        if (version != 2) {
            return false;
        }
        int header = 12 + 4 * csrcCount;
        if (extension) {
            if (header + 4 > length) {
                return false;
            }
            int words = ((b[offset + header + 2] & 0xFF) << 8) | (b[offset + header + 3] & 0xFF);
            header += 4 + 4 * words;
        }
        int end = length;
        if (padding) {
            int pad = b[offset + length - 1] & 0xFF;
            if (pad == 0) {
                return false;
            }
            end -= pad;
        }
        if (header > end) {
            return false;
        }
        payloadOffset = offset + header;
        payloadLength = end - header;
        return true;
    }

    private static long uint32(byte[] b, int off) {
        return ((long) (b[off] & 0xFF) << 24) | ((b[off + 1] & 0xFF) << 16) | ((b[off + 2] & 0xFF) << 8) | (b[off + 3] & 0xFF);
    }

    public int version() {
        return version;
    }

    public boolean padding() {
        return padding;
    }

    public boolean extension() {
        return extension;
    }

    public int csrcCount() {
        return csrcCount;
    }

    public boolean marker() {
        return marker;
    }

    public int payloadType() {
        return payloadType;
    }

    /** Unsigned 16-bit sequence number. */
    public int sequence() {
        return sequence;
    }

    /** Unsigned 32-bit media timestamp. */
    public long timestamp() {
        return timestamp;
    }

    /** Unsigned 32-bit synchronisation source. */
    public long ssrc() {
        return ssrc;
    }

    public int payloadOffset() {
        return payloadOffset;
    }

    public int payloadLength() {
        return payloadLength;
    }
}
