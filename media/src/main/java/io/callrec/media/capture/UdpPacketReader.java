package io.callrec.media.capture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a capture file and yields its UDP datagrams (IPv4 or IPv6, reassembled when fragmented)
 * in file order. TCP payload goes, in order per direction, to an optional
 * {@link TcpStreamListener} while {@link #next} reads. Everything skipped is counted in
 * {@link #counters()}.
 */
public final class UdpPacketReader implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final PacketSource source;
    private final Frame frame = new Frame();
    private final IpPacket packet = new IpPacket();
    private final CaptureCounters counters = new CaptureCounters();
    private final IpDecoder ip = new IpDecoder(counters);
    private final TcpReassembler tcp = new TcpReassembler(counters);
    private boolean finished;

    private UdpPacketReader(PacketSource source) {
        this.source = source;
    }

    /** @throws CaptureFormatException when the file is not a readable capture */
    public static UdpPacketReader open(Path path) throws IOException {
        return open(Files.newInputStream(path));
    }

    /** Reads from a stream, which is closed with the reader (also when this throws). */
    public static UdpPacketReader open(InputStream stream) throws IOException {
        InputStream in = new BufferedInputStream(stream, BUFFER);
        try {
            in.mark(8);
            byte[] magic = new byte[4];
            int n = in.readNBytes(magic, 0, 4);
            in.reset();
            CaptureFormat.Kind kind = n < 4 ? null : CaptureFormat.detect(magic).orElse(null);
            if (kind == null) {
                throw new CaptureFormatException("not a capture file (unknown file signature)", false);
            }
            PacketSource source = kind == CaptureFormat.Kind.PCAP ? new PcapReader(in) : new PcapngReader(in);
            return new UdpPacketReader(source);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Receives TCP payload from now on; null stops TCP reassembly (segments are still counted). */
    public UdpPacketReader tcpListener(TcpStreamListener listener) {
        tcp.listener(listener);
        return this;
    }

    /** Advances to the next UDP datagram; false at the end of the capture. */
    public boolean next(UdpDatagram out) throws IOException {
        while (!finished) {
            if (!source.next(frame)) {
                finish();
                return false;
            }
            counters.frames++;
            int offset = LinkLayer.ipOffset(frame);
            if (offset < 0) {
                countLinkRejection(offset);
                continue;
            }
            if (!ip.decode(frame, offset, packet)) {
                continue;
            }
            if (packet.protocol == IpPacket.TCP) {
                tcp.segment(packet);
            } else if (out.parse(packet, counters)) {
                counters.udpDatagrams++;
                return true;
            }
        }
        return false;
    }

    /** End of data: unfinished fragments are dropped, buffered TCP bytes delivered, TCP directions closed. */
    private void finish() {
        finished = true;
        ip.finish();
        tcp.finish();
    }

    private void countLinkRejection(int reason) {
        if (reason == LinkLayer.UNSUPPORTED) {
            counters.unsupportedLinkFrames++;
        } else if (reason == LinkLayer.TRUNCATED) {
            counters.truncatedPackets++;
        } else {
            counters.nonIpFrames++;
        }
    }

    /** True when the file ended inside a record or stopped at an absurd one: the result is partial. */
    public boolean truncated() {
        return source.truncated();
    }

    public long frames() {
        return counters.frames;
    }

    public long datagrams() {
        return counters.udpDatagrams;
    }

    /** Live counters of this reader. */
    public CaptureCounters counters() {
        counters.skippedRecords = source.skippedRecords();
        return counters;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
