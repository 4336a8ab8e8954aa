package io.callrec.media.capture;

import java.io.IOException;
import java.io.InputStream;

/**
 * pcapng (draft-ietf-opsawg-pcapng): Section Header, Interface Description, Enhanced Packet and
 * Simple Packet blocks; every other block type is skipped by its length. Byte order comes from each
 * section's byte-order magic, so sections may differ; a new section forgets the previous
 * interfaces. Each interface has its own link type and timestamp unit (if_tsresol, if_tsoffset).
 *
 * <p>A Simple Packet Block belongs to interface 0 and carries no timestamp (§4.4); it is given the
 * timestamp of the packet read before it, or 0 when it is the first one, so that it sorts in file
 * order. Packets of an undeclared interface are skipped and counted.
 */
public final class PcapngReader implements PacketSource {

    private static final int SHB = 0x0A0D0D0A;
    private static final int IDB = 1;
    private static final int SPB = 3;
    private static final int EPB = 6;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    /** Non-packet blocks (name tables, statistics) may be skipped up to this size. */
    private static final long MAX_BLOCK = 16L * 1024 * 1024;

    private final StreamInput in;
    private final byte[] head = new byte[28];
    private final PcapngInterfaces interfaces = new PcapngInterfaces();
    /** IDB options beyond this are skipped unread: real ones are a few hundred bytes. */
    private static final int MAX_OPTIONS = 64 * 1024;

    private boolean littleEndian;
    private boolean truncated;
    private long lastTimestamp;
    private long skipped;
    private boolean unsupportedVersion;

    public PcapngReader(InputStream stream) throws IOException {
        this.in = new StreamInput(stream);
        int n = in.read(head, 0, 12);
        if (n < 4 || Bytes.int32(head, 0, false) != SHB) {
            throw new CaptureFormatException("not a pcapng file", false);
        }
        if (n < 12 || !readSectionHeader()) {
            if (unsupportedVersion) {
                throw new CaptureFormatException("unsupported pcapng version", false);
            }
            throw new CaptureFormatException("pcapng section header is truncated or invalid", true);
        }
    }

    @Override
    public boolean next(Frame frame) throws IOException {
        while (!truncated) {
            int n = in.read(head, 0, 8);
            if (n == 0) {
                return false;
            }
            if (n < 8) {
                return stop();
            }
            int type = Bytes.int32(head, 0, littleEndian);
            if (type == SHB) {
                if (in.read(head, 8, 4) < 4 || !readSectionHeader()) {
                    return stop();
                }
                continue;
            }
            long total = Bytes.uint32(head, 4, littleEndian);
            if (total < 12 || total % 4 != 0 || total > MAX_BLOCK) {
                return stop();
            }
            long body = total - 12;
            boolean ok;
            boolean packet = false;
            if (type == EPB || type == SPB) {
                int r = readPacket(frame, body, type == EPB);
                ok = r >= 0;
                packet = r > 0;
            } else if (type == IDB) {
                ok = readInterface(body);
            } else {
                ok = in.skip(body);
            }
            if (!ok || !in.skip(4)) {
                return stop();
            }
            if (packet) {
                return true;
            }
        }
        return false;
    }

    /** Called with the first 12 bytes of an SHB in {@code head}; skips its remainder. */
    private boolean readSectionHeader() throws IOException {
        int magic = Bytes.int32(head, 8, false);
        if (magic == BYTE_ORDER_MAGIC) {
            littleEndian = false;
        } else if (Integer.reverseBytes(magic) == BYTE_ORDER_MAGIC) {
            littleEndian = true;
        } else {
            return false;
        }
        long total = Bytes.uint32(head, 4, littleEndian);
        if (total < 28 || total % 4 != 0 || total > MAX_BLOCK || in.read(head, 12, 4) < 4) {
            return false;
        }
        // Major version 1 is the only one defined; a reader must not guess at another (§4.1).
        if (Bytes.uint16(head, 12, littleEndian) != 1) {
            unsupportedVersion = true;
            return false;
        }
        interfaces.clear();
        return in.skip(total - 16);
    }

    private boolean readInterface(long body) throws IOException {
        if (body < 8 || in.read(head, 0, 8) < 8) {
            return false;
        }
        int linkType = Bytes.uint16(head, 0, littleEndian);
        long optionsLength = body - 8;
        byte[] options = new byte[(int) Math.min(optionsLength, MAX_OPTIONS)];
        if (in.read(options, 0, options.length) < options.length || !in.skip(optionsLength - options.length)) {
            return false;
        }
        interfaces.add(linkType, options, littleEndian);
        return true;
    }

    /** 1 when {@code frame} holds the packet, 0 when the record was skipped, -1 when the block is broken. */
    private int readPacket(Frame frame, long body, boolean enhanced) throws IOException {
        int fixed = enhanced ? 20 : 4;
        if (body < fixed || in.read(head, 0, fixed) < fixed) {
            return -1;
        }
        int iface = enhanced ? Bytes.int32(head, 0, littleEndian) : 0;
        if (iface < 0 || iface >= interfaces.count()) {
            skipped++;
            return in.skip(body - fixed) ? 0 : -1;
        }
        long captured;
        if (enhanced) {
            captured = Bytes.uint32(head, 12, littleEndian);
        } else {
            // RFC draft 4.4: the captured length of an SPB is implied by the block length.
            captured = Math.min(Bytes.uint32(head, 0, littleEndian), body - fixed);
        }
        if (captured > Frame.MAX_CAPTURED_LENGTH || captured > body - fixed) {
            return -1;
        }
        int len = (int) captured;
        if (in.read(frame.data, 0, len) < len) {
            return -1;
        }
        frame.length = len;
        frame.linkType = interfaces.linkType(iface);
        if (enhanced) {
            lastTimestamp = interfaces.toNanos(iface,
                    (Bytes.uint32(head, 4, littleEndian) << 32) | Bytes.uint32(head, 8, littleEndian));
        }
        frame.timestampNanos = lastTimestamp;
        return in.skip(body - fixed - len) ? 1 : -1;
    }

    private boolean stop() {
        truncated = true;
        return false;
    }

    @Override
    public long skippedRecords() {
        return skipped;
    }

    @Override
    public boolean truncated() {
        return truncated;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
