package io.callrec.media.capture;

/**
 * Scratch result of the IP layer: a whole transport-layer packet (header included) and its
 * addresses. Points into the frame or into a reassembly buffer; refilled for every packet.
 */
final class IpPacket {

    static final int TCP = 6;
    static final int UDP = 17;

    byte[] data;
    int offset;
    int length;
    int protocol;
    boolean v6;
    long sourceHigh;
    long sourceLow;
    long destinationHigh;
    long destinationLow;
    long timestampNanos;
}
