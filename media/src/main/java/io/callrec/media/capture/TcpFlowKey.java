package io.callrec.media.capture;

/** One TCP direction: source and destination address and port. Mutable for probing; stored keys are copies. */
final class TcpFlowKey {

    boolean v6;
    long sourceHigh;
    long sourceLow;
    long destinationHigh;
    long destinationLow;
    int ports;

    TcpFlowKey set(IpPacket p, int sourcePort, int destinationPort) {
        v6 = p.v6;
        sourceHigh = p.sourceHigh;
        sourceLow = p.sourceLow;
        destinationHigh = p.destinationHigh;
        destinationLow = p.destinationLow;
        ports = (sourcePort << 16) | destinationPort;
        return this;
    }

    TcpFlowKey copy() {
        TcpFlowKey k = new TcpFlowKey();
        k.v6 = v6;
        k.sourceHigh = sourceHigh;
        k.sourceLow = sourceLow;
        k.destinationHigh = destinationHigh;
        k.destinationLow = destinationLow;
        k.ports = ports;
        return k;
    }

    void fill(TcpChunk c) {
        c.v6 = v6;
        c.sourceHigh = sourceHigh;
        c.sourceLow = sourceLow;
        c.destinationHigh = destinationHigh;
        c.destinationLow = destinationLow;
        c.sourcePort = ports >>> 16;
        c.destinationPort = ports & 0xFFFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TcpFlowKey k && k.ports == ports && k.sourceLow == sourceLow && k.destinationLow == destinationLow
                && k.sourceHigh == sourceHigh && k.destinationHigh == destinationHigh;
    }

    @Override
    public int hashCode() {
        long h = sourceHigh * 31 + sourceLow;
        h = h * 31 + destinationHigh;
        h = h * 31 + destinationLow;
        return Long.hashCode(h * 31 + ports);
    }
}
