package io.callrec.media.capture;

import java.io.IOException;
import java.io.InputStream;

/**
 * pcapng (draft-ietf-opsawg-pcapng): Section Header, Interface Description, Enhanced Packet and
 * Simple Packet blocks; every other block type is skipped. Byte order is taken from each
 * section's byte-order magic, timestamp resolution from each interface's if_tsresol option.
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
    private boolean littleEndian;
    private boolean truncated;

    public PcapngReader(InputStream stream) throws IOException {
        this.in = new StreamInput(stream);
        int n = in.read(head, 0, 12);
        if (n < 4 || Bytes.int32(head, 0, false) != SHB) {
            throw new CaptureFormatException("not a pcapng file", false);
        }
        if (n < 12 || !readSectionHeader()) {
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
            if (type == EPB) {
                ok = readPacket(frame, body, true);
            } else if (type == SPB) {
                ok = readPacket(frame, body, false);
            } else if (type == IDB) {
                ok = readInterface(body);
            } else {
                ok = in.skip(body);
            }
            if (!ok || !in.skip(4)) {
                return stop();
            }
            if (type == EPB || type == SPB) {
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
        if (total < 28 || total % 4 != 0 || total > MAX_BLOCK) {
            return false;
        }
        interfaces.clear();
        return in.skip(total - 12);
    }

    private boolean readInterface(long body) throws IOException {
        if (body < 8 || in.read(head, 0, 8) < 8) {
            return false;
        }
        int linkType = Bytes.uint16(head, 0, littleEndian);
        long optionsLength = body - 8;
        byte[] options = new byte[(int) optionsLength];
        if (in.read(options, 0, options.length) < options.length) {
            return false;
        }
        interfaces.add(linkType, options, littleEndian);
        return true;
    }

    private boolean readPacket(Frame frame, long body, boolean enhanced) throws IOException {
        int fixed = enhanced ? 20 : 4;
        if (body < fixed || in.read(head, 0, fixed) < fixed) {
            return false;
        }
        int iface = enhanced ? Bytes.int32(head, 0, littleEndian) : 0;
        if (iface < 0 || iface >= interfaces.count()) {
            return false;
        }
        long captured;
        if (enhanced) {
            captured = Bytes.uint32(head, 12, littleEndian);
        } else {
            // RFC draft 4.4: the captured length of an SPB is implied by the block length.
            captured = Math.min(Bytes.uint32(head, 0, littleEndian), body - fixed);
        }
        if (captured > Frame.MAX_CAPTURED_LENGTH || captured > body - fixed) {
            return false;
        }
        int len = (int) captured;
        if (in.read(frame.data, 0, len) < len) {
            return false;
        }
        frame.length = len;
        frame.linkType = interfaces.linkType(iface);
        frame.timestampNanos = enhanced
                ? interfaces.toNanos(iface, (Bytes.uint32(head, 4, littleEndian) << 32) | Bytes.uint32(head, 8, littleEndian))
                : 0L;
        return in.skip(body - fixed - len);
    }

    private boolean stop() {
        truncated = true;
        return false;
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
