package io.callrec.media.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Minimal pcapng writer for tests: SHB, IDB (with if_tsresol), EPB, SPB and an unknown block. */
public final class PcapngFixture {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteOrder order;

    public PcapngFixture(ByteOrder order) {
        this.order = order;
        ByteBuffer b = block(0x0A0D0D0A, 16);
        b.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1L);
        finish(b);
    }

    /** Interface with a timestamp resolution of 10^-{@code decimals} seconds. */
    public PcapngFixture interfaceDescription(int linkType, int decimals) {
        ByteBuffer b = block(1, 8 + 8 + 4);
        b.putShort((short) linkType).putShort((short) 0).putInt(262144);
        b.putShort((short) 9).putShort((short) 1).put((byte) decimals).put(new byte[3]);
        b.putShort((short) 0).putShort((short) 0);
        finish(b);
        return this;
    }

    public PcapngFixture enhancedPacket(int iface, long timestamp, byte[] frame, int length) {
        int padded = (length + 3) & ~3;
        ByteBuffer b = block(6, 20 + padded);
        b.putInt(iface).putInt((int) (timestamp >>> 32)).putInt((int) timestamp).putInt(length).putInt(length);
        b.put(frame, 0, length).put(new byte[padded - length]);
        finish(b);
        return this;
    }

    public PcapngFixture simplePacket(byte[] frame, int length) {
        int padded = (length + 3) & ~3;
        ByteBuffer b = block(3, 4 + padded);
        b.putInt(length).put(frame, 0, length).put(new byte[padded - length]);
        finish(b);
        return this;
    }

    /** A block type the reader does not know (e.g. a custom block) that must be skipped. */
    public PcapngFixture unknownBlock() {
        ByteBuffer b = block(0x40000BAD, 8);
        b.putLong(0x0102030405060708L);
        finish(b);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    private ByteBuffer block(int type, int bodyLength) {
        ByteBuffer b = ByteBuffer.allocate(12 + bodyLength).order(order);
        b.putInt(type).putInt(12 + bodyLength);
        return b;
    }

    private void finish(ByteBuffer b) {
        b.putInt(b.capacity());
        out.writeBytes(b.array());
    }
}
