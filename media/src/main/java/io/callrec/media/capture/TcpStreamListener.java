package io.callrec.media.capture;

/**
 * Receives the in-order payload of each TCP direction (for SIP over TCP, RFC 3261 §18.3). Called
 * synchronously from inside {@link UdpPacketReader#next}; the chunk is reused, so copy what must
 * outlive the call.
 */
public interface TcpStreamListener {

    /**
     * Contiguous bytes following the previous chunk of the same direction, unless
     * {@link TcpChunk#afterGap()} says bytes before it were never captured (or the direction was
     * joined mid-stream): a stream parser must then drop partial state and resynchronise.
     */
    void payload(TcpChunk chunk);

    /**
     * The direction ended: FIN or RST seen, a new SYN reused its ports, it was forgotten to bound
     * memory, or the capture ended. The chunk is empty; its time is that of the direction's last
     * segment and its stream offset the direction's length.
     */
    default void closed(TcpChunk chunk) {
    }
}
