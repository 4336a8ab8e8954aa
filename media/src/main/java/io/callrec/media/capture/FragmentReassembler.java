package io.callrec.media.capture;

/**
 * Rebuilds fragmented IPv4 (RFC 791 §3.2) and IPv6 (RFC 8200 §4.5) datagrams in a fixed number of
 * slots, so memory stays bounded whatever the capture holds. A slot is keyed by (source,
 * destination, identification) plus the protocol for IPv4, and is dropped when its timer, started
 * by its first fragment in capture time, expires (15 s per RFC 791's suggestion, 60 s per
 * RFC 8200), when it is evicted for a newer datagram, or at the end of the capture.
 *
 * <p>Exact duplicates are ignored. Partial overlaps keep the bytes that arrived first for IPv4;
 * for IPv6 they discard the whole datagram as RFC 5722 §4 requires.
 */
final class FragmentReassembler {

    static final int SLOTS = 64;
    /** Largest fragmentable part: the IP length fields are 16 bits. */
    static final int MAX_PAYLOAD = 65535;
    private static final long V4_TIMEOUT_NANOS = 15_000_000_000L;
    private static final long V6_TIMEOUT_NANOS = 60_000_000_000L;

    private final FragmentSlot[] slots = new FragmentSlot[SLOTS];
    private final CaptureCounters counters;

    FragmentReassembler(CaptureCounters counters) {
        this.counters = counters;
        for (int i = 0; i < SLOTS; i++) {
            slots[i] = new FragmentSlot();
        }
    }

    /**
     * Adds one fragment whose header fields are in {@code p} (addresses, time, v6). {@code protocol}
     * is the IPv4 protocol or, for IPv6, the next header after the fragment header. Returns true and
     * points {@code p} at the rebuilt transport payload when this fragment completed a datagram.
     */
    boolean offer(IpPacket p, long id, int protocol, int fragmentOffset, boolean more, byte[] b, int off, int len) {
        counters.fragments++;
        expire(p.timestampNanos);
        if ((more && (len == 0 || (len & 7) != 0)) || fragmentOffset + len > MAX_PAYLOAD) {
            counters.malformedFragments++;
            return false;
        }
        FragmentSlot s = find(p, id, protocol);
        if (s == null) {
            s = claim(p.timestampNanos);
            s.open(p, id, p.v6 ? -1 : protocol);
        }
        int outcome = s.add(fragmentOffset, more, b, off, len, p.v6 ? protocol : -1);
        if (outcome == FragmentSlot.DUPLICATE) {
            counters.fragmentDuplicates++;
            return false;
        }
        if (outcome == FragmentSlot.OVERLAP) {
            counters.fragmentOverlaps++;
        }
        if (outcome == FragmentSlot.DISCARD || outcome == FragmentSlot.DISCARD_OVERLAP) {
            if (outcome == FragmentSlot.DISCARD_OVERLAP) {
                counters.fragmentOverlaps++;
            }
            counters.reassemblyDropped++;
            s.used = false;
            return false;
        }
        if (!s.complete()) {
            return false;
        }
        s.used = false;
        counters.reassembled++;
        p.data = s.buffer;
        p.offset = 0;
        p.length = s.total;
        p.protocol = s.firstHeader;
        return true;
    }

    /** End of capture: every unfinished datagram is dropped. */
    void finish() {
        for (FragmentSlot s : slots) {
            if (s.used) {
                s.used = false;
                counters.reassemblyDropped++;
            }
        }
    }

    private FragmentSlot find(IpPacket p, long id, int protocol) {
        int keyProtocol = p.v6 ? -1 : protocol;
        for (FragmentSlot s : slots) {
            if (s.used && s.matches(p, id, keyProtocol)) {
                return s;
            }
        }
        return null;
    }

    private void expire(long now) {
        for (FragmentSlot s : slots) {
            if (s.used && now - s.firstNanos > (s.v6 ? V6_TIMEOUT_NANOS : V4_TIMEOUT_NANOS)) {
                s.used = false;
                counters.reassemblyDropped++;
            }
        }
    }

    /** A free slot, or the oldest one (its datagram is dropped) when all are busy. */
    private FragmentSlot claim(long now) {
        FragmentSlot oldest = null;
        for (FragmentSlot s : slots) {
            if (!s.used) {
                return s;
            }
            if (oldest == null || s.firstNanos < oldest.firstNanos) {
                oldest = s;
            }
        }
        counters.reassemblyDropped++;
        return oldest;
    }
}
