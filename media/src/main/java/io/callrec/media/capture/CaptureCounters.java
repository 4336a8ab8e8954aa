package io.callrec.media.capture;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the capture layer read, delivered, skipped and dropped, for the engine's statistics. One
 * instance per reader, updated as it reads; values only grow.
 */
public final class CaptureCounters {

    long frames;
    long udpDatagrams;
    long tcpSegments;
    long tcpBytes;
    long nonIpFrames;
    long unsupportedLinkFrames;
    long truncatedPackets;
    long malformedPackets;
    long otherProtocolPackets;
    long skippedRecords;
    long fragments;
    long reassembled;
    long reassemblyDropped;
    long fragmentDuplicates;
    long fragmentOverlaps;
    long malformedFragments;
    long tcpGaps;
    long tcpRetransmissions;
    long tcpFlowsEvicted;

    /** Link-layer frames read from the file. */
    public long frames() {
        return frames;
    }

    /** UDP datagrams delivered (including reassembled ones). */
    public long udpDatagrams() {
        return udpDatagrams;
    }

    /** TCP segments seen (with or without payload). */
    public long tcpSegments() {
        return tcpSegments;
    }

    /** TCP payload bytes delivered in order to the listener. */
    public long tcpBytes() {
        return tcpBytes;
    }

    /** Frames of a supported link type carrying something other than IP (ARP, LLDP, PPP LCP...). */
    public long nonIpFrames() {
        return nonIpFrames;
    }

    public long unsupportedLinkFrames() {
        return unsupportedLinkFrames;
    }

    /** Packets cut short by the capture's snap length inside a link, IP or transport header or IP payload. */
    public long truncatedPackets() {
        return truncatedPackets;
    }

    /** Packets whose headers contradict themselves (bad version, header or payload lengths). */
    public long malformedPackets() {
        return malformedPackets;
    }

    /** IP packets of other protocols (ICMP, SCTP, ESP...). */
    public long otherProtocolPackets() {
        return otherProtocolPackets;
    }

    /** File records that could not be attributed (pcapng packets of an undeclared interface). */
    public long skippedRecords() {
        return skippedRecords;
    }

    /** IPv4 and IPv6 fragments received. */
    public long fragments() {
        return fragments;
    }

    /** Datagrams rebuilt from fragments. */
    public long reassembled() {
        return reassembled;
    }

    /** Datagrams whose fragments never completed (timed out, evicted, end of capture, inconsistent). */
    public long reassemblyDropped() {
        return reassemblyDropped;
    }

    public long fragmentDuplicates() {
        return fragmentDuplicates;
    }

    public long fragmentOverlaps() {
        return fragmentOverlaps;
    }

    /** Fragments that break RFC 791 / RFC 8200 rules (non-last length not a multiple of 8, beyond 64 KiB). */
    public long malformedFragments() {
        return malformedFragments;
    }

    /** Missing byte ranges in TCP streams (capture loss); delivery resumed after each. */
    public long tcpGaps() {
        return tcpGaps;
    }

    /** TCP segments whose bytes had all been delivered already. */
    public long tcpRetransmissions() {
        return tcpRetransmissions;
    }

    /** TCP directions forgotten because too many were open at once. */
    public long tcpFlowsEvicted() {
        return tcpFlowsEvicted;
    }

    /** All counters by stable name, in declaration order, for statistics output. */
    public Map<String, Long> asMap() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("frames", frames);
        m.put("udpDatagrams", udpDatagrams);
        m.put("tcpSegments", tcpSegments);
        m.put("tcpBytes", tcpBytes);
        m.put("nonIpFrames", nonIpFrames);
        m.put("unsupportedLinkFrames", unsupportedLinkFrames);
        m.put("truncatedPackets", truncatedPackets);
        m.put("malformedPackets", malformedPackets);
        m.put("otherProtocolPackets", otherProtocolPackets);
        m.put("skippedRecords", skippedRecords);
        m.put("fragments", fragments);
        m.put("reassembled", reassembled);
        m.put("reassemblyDropped", reassemblyDropped);
        m.put("fragmentDuplicates", fragmentDuplicates);
        m.put("fragmentOverlaps", fragmentOverlaps);
        m.put("malformedFragments", malformedFragments);
        m.put("tcpGaps", tcpGaps);
        m.put("tcpRetransmissions", tcpRetransmissions);
        m.put("tcpFlowsEvicted", tcpFlowsEvicted);
        return m;
    }

    @Override
    public String toString() {
        return asMap().toString();
    }
}
