package io.callrec.media.testkit;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Writes classic pcap (either byte order, µs or ns timestamps) for fixtures and benchmarks. */
public final class PcapWriter implements Closeable {

    private final OutputStream out;
    private final ByteBuffer header;
    private final boolean nanos;

    public PcapWriter(OutputStream out, int linkType, boolean nanos, boolean littleEndian) throws IOException {
        this.out = new BufferedOutputStream(out, 64 * 1024);
        this.nanos = nanos;
        this.header = ByteBuffer.allocate(24).order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        header.putInt(nanos ? 0xA1B23C4D : 0xA1B2C3D4).putShort((short) 2).putShort((short) 4)
                .putInt(0).putInt(0).putInt(262144).putInt(linkType);
        this.out.write(header.array(), 0, 24);
    }

    public void write(long timestampNanos, byte[] frame, int offset, int length) throws IOException {
        writeRecord(timestampNanos, frame, offset, length, length);
    }

    /** A record whose header claims {@code claimedLength} bytes, for corrupt-file fixtures. */
    public void writeRecord(long timestampNanos, byte[] frame, int offset, int length, long claimedLength)
            throws IOException {
        header.clear();
        long seconds = timestampNanos / 1_000_000_000L;
        long fraction = timestampNanos % 1_000_000_000L;
        header.putInt((int) seconds).putInt((int) (nanos ? fraction : fraction / 1000))
                .putInt((int) claimedLength).putInt((int) claimedLength);
        out.write(header.array(), 0, 16);
        out.write(frame, offset, length);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
