package io.callrec.media.testkit;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes pcapng (draft-ietf-opsawg-pcapng) for fixtures: sections in either byte order, interfaces
 * with if_tsresol / if_tsoffset and other options, enhanced packets (optionally with a comment
 * option), simple packets and blocks of types a reader does not know. The only pcapng writer of the
 * tests: every block carries options a reader must skip, so each fixture also exercises that.
 */
public final class PcapngWriter implements Closeable {

    private static final int SHB = 0x0A0D0D0A;
    private static final int IDB = 1;
    private static final int SPB = 3;
    private static final int EPB = 6;
    private static final int OPT_COMMENT = 1;
    private static final int IF_NAME = 2;
    private static final int IF_TSRESOL = 9;
    private static final int IF_TSOFFSET = 14;

    private final OutputStream out;
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

    /** Starts the file with a section in {@code order}. */
    public PcapngWriter(OutputStream out, ByteOrder order) throws IOException {
        this.out = new BufferedOutputStream(out, 64 * 1024);
        section(order);
    }

    /** A new Section Header Block (with a comment option); interfaces must be declared again after it. */
    public PcapngWriter section(ByteOrder byteOrder) throws IOException {
        this.order = byteOrder;
        byte[] comment = option(OPT_COMMENT, "fixture section".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer b = block(SHB, 16 + comment.length + 4);
        b.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1L);
        b.put(comment).putInt(0);
        return finish(b);
    }

    /**
     * Interface Description Block. {@code tsresol} is the raw if_tsresol byte (e.g. 9 for ns, 0x80|20
     * for 2^-20 s) or -1 to omit it (µs); {@code tsoffsetSeconds} 0 omits if_tsoffset. An if_name
     * option always precedes them, so readers must skip options they do not use.
     */
    public PcapngWriter interfaceDescription(int linkType, int tsresol, long tsoffsetSeconds) throws IOException {
        byte[] name = option(IF_NAME, "eth-fixture0".getBytes(StandardCharsets.US_ASCII));
        byte[] resol = tsresol < 0 ? new byte[0] : option(IF_TSRESOL, new byte[] {(byte) tsresol});
        byte[] offset = tsoffsetSeconds == 0 ? new byte[0]
                : option(IF_TSOFFSET, ByteBuffer.allocate(8).order(order).putLong(tsoffsetSeconds).array());
        ByteBuffer b = block(IDB, 8 + name.length + resol.length + offset.length + 4);
        b.putShort((short) linkType).putShort((short) 0).putInt(262144);
        b.put(name).put(resol).put(offset).putInt(0);
        return finish(b);
    }

    /** Enhanced Packet Block with a raw 64-bit timestamp in the interface's units and a comment option. */
    public PcapngWriter enhancedPacket(int iface, long timestamp, byte[] frame, int off, int len) throws IOException {
        int padded = (len + 3) & ~3;
        byte[] comment = option(OPT_COMMENT, "pkt".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer b = block(EPB, 20 + padded + comment.length + 4);
        b.putInt(iface).putInt((int) (timestamp >>> 32)).putInt((int) timestamp).putInt(len).putInt(len);
        b.put(frame, off, len).put(new byte[padded - len]).put(comment).putInt(0);
        return finish(b);
    }

    /** Simple Packet Block: interface 0, no timestamp; {@code originalLength} may exceed {@code len}. */
    public PcapngWriter simplePacket(byte[] frame, int off, int len, int originalLength) throws IOException {
        int padded = (len + 3) & ~3;
        ByteBuffer b = block(SPB, 4 + padded);
        b.putInt(originalLength).put(frame, off, len).put(new byte[padded - len]);
        return finish(b);
    }

    /** A block of a type readers do not know (custom, statistics...), which they must skip by length. */
    public PcapngWriter unknownBlock(int type, int bodyLength) throws IOException {
        ByteBuffer b = block(type, (bodyLength + 3) & ~3);
        for (int i = 0; i < ((bodyLength + 3) & ~3); i++) {
            b.put((byte) (0xA0 + i));
        }
        return finish(b);
    }

    /** Bytes written as they are, for corrupt-file fixtures. */
    public PcapngWriter raw(byte[] bytes) throws IOException {
        out.write(bytes);
        return this;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** One option: code, length, value padded to 32 bits (§3.5). */
    private byte[] option(int code, byte[] value) {
        int padded = (value.length + 3) & ~3;
        ByteBuffer b = ByteBuffer.allocate(4 + padded).order(order);
        b.putShort((short) code).putShort((short) value.length).put(value);
        return b.array();
    }

    private ByteBuffer block(int type, int bodyLength) {
        ByteBuffer b = ByteBuffer.allocate(12 + bodyLength).order(order);
        b.putInt(type).putInt(12 + bodyLength);
        return b;
    }

    private PcapngWriter finish(ByteBuffer b) throws IOException {
        b.putInt(b.capacity());
        out.write(b.array());
        return this;
    }
}
