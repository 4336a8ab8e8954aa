package io.callrec.media.capture;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens a capture file and yields its IPv4/UDP datagrams in file order, counting what it skips. */
public final class UdpPacketReader implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final PacketSource source;
    private final Frame frame = new Frame();
    private long frames;
    private long datagrams;

    private UdpPacketReader(PacketSource source) {
        this.source = source;
    }

    /** @throws CaptureFormatException when the file is not a readable capture */
    public static UdpPacketReader open(Path path) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(path), BUFFER);
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

    /** Advances to the next UDP datagram; false at the end of the capture. */
    public boolean next(UdpDatagram out) throws IOException {
        while (source.next(frame)) {
            frames++;
            int ip = LinkLayer.ipv4Offset(frame);
            if (ip >= 0 && Ipv4UdpDecoder.decode(frame, ip, out)) {
                datagrams++;
                return true;
            }
        }
        return false;
    }

    public boolean truncated() {
        return source.truncated();
    }

    public long frames() {
        return frames;
    }

    public long datagrams() {
        return datagrams;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
