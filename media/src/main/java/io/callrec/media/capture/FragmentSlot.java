package io.callrec.media.capture;

import java.util.Arrays;

/**
 * One datagram under reassembly: a 64 KiB buffer (allocated on first use, then reused) and a bitmap
 * of the 8-byte blocks received, fragment offsets being counted in 8-byte units (RFC 791 §3.1).
 */
final class FragmentSlot {

    static final int ADDED = 0;
    static final int DUPLICATE = 1;
    static final int OVERLAP = 2;
    /** Contradicting lengths: the datagram cannot be rebuilt. */
    static final int DISCARD = 3;
    /** IPv6 overlap (RFC 5722): the datagram is discarded. */
    static final int DISCARD_OVERLAP = 4;

    private static final int BLOCKS = (FragmentReassembler.MAX_PAYLOAD + 7) / 8;

    boolean used;
    boolean v6;
    long sourceHigh;
    long sourceLow;
    long destinationHigh;
    long destinationLow;
    long id;
    int keyProtocol;
    long firstNanos;
    /** Protocol of the rebuilt payload's first header (IPv6: known once offset 0 arrived). */
    int firstHeader;
    /** Length of the whole fragmentable part, known once the last fragment arrived; else -1. */
    int total;
    byte[] buffer;
    private final long[] received = new long[(BLOCKS + 63) / 64];
    private int receivedBlocks;
    private int highestEnd;

    void open(IpPacket p, long datagramId, int protocol) {
        used = true;
        v6 = p.v6;
        sourceHigh = p.sourceHigh;
        sourceLow = p.sourceLow;
        destinationHigh = p.destinationHigh;
        destinationLow = p.destinationLow;
        id = datagramId;
        keyProtocol = protocol;
        firstHeader = protocol;
        firstNanos = p.timestampNanos;
        total = -1;
        highestEnd = 0;
        receivedBlocks = 0;
        Arrays.fill(received, 0L);
        if (buffer == null) {
            buffer = new byte[FragmentReassembler.MAX_PAYLOAD];
        }
    }

    boolean matches(IpPacket p, long datagramId, int protocol) {
        return v6 == p.v6 && id == datagramId && keyProtocol == protocol && sourceLow == p.sourceLow
                && sourceHigh == p.sourceHigh && destinationLow == p.destinationLow && destinationHigh == p.destinationHigh;
    }

    /** {@code v6NextHeader} is the fragment header's next header (IPv6), else -1. */
    int add(int offset, boolean more, byte[] b, int off, int len, int v6NextHeader) {
        int end = offset + len;
        if (!more) {
            if ((total >= 0 && total != end) || highestEnd > end) {
                return DISCARD;
            }
            total = end;
        } else if (total >= 0 && end > total) {
            return DISCARD;
        }
        int first = offset >>> 3;
        int last = (end + 7) >>> 3;
        int already = 0;
        for (int k = first; k < last; k++) {
            if (isSet(k)) {
                already++;
            }
        }
        if (already == last - first && last > first) {
            return DUPLICATE;
        }
        if (already > 0 && v6) {
            return DISCARD_OVERLAP;
        }
        if (offset == 0 && v6NextHeader >= 0) {
            firstHeader = v6NextHeader;
        }
        highestEnd = Math.max(highestEnd, end);
        if (already == 0) {
            System.arraycopy(b, off, buffer, offset, len);
            for (int k = first; k < last; k++) {
                set(k);
            }
            return ADDED;
        }
        // IPv4 overlap: keep what arrived first, fill only the blocks still missing.
        for (int k = first; k < last; k++) {
            if (!isSet(k)) {
                int from = k << 3;
                System.arraycopy(b, off + from - offset, buffer, from, Math.min(8, end - from));
                set(k);
            }
        }
        return OVERLAP;
    }

    boolean complete() {
        return total >= 0 && receivedBlocks == (total + 7) >>> 3 && firstHeader >= 0;
    }

    private boolean isSet(int block) {
        return (received[block >>> 6] & (1L << block)) != 0;
    }

    private void set(int block) {
        received[block >>> 6] |= 1L << block;
        receivedBlocks++;
    }
}
