package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.media.testkit.PcapngWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PcapngReaderTest {

    private static final long SECOND = 1_700_000_000L;

    private static ByteOrder order(String name) {
        return name.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    private static byte[] frame(int length, int marker) {
        byte[] f = new byte[length];
        f[length - 1] = (byte) marker;
        return f;
    }

    private static PcapngReader reader(byte[] file) throws IOException {
        return new PcapngReader(new ByteArrayInputStream(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LITTLE_ENDIAN", "BIG_ENDIAN"})
    void interfacesKeepTheirOwnLinkTypeResolutionAndOffset(String byteOrder) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(bytes, order(byteOrder))) {
            w.interfaceDescription(1, -1, 0)                 // µs by default
                    .interfaceDescription(113, 9, 0)         // ns
                    .interfaceDescription(276, 0x80 | 20, 0) // 2^-20 s
                    .interfaceDescription(229, 3, 100);      // ms, clock 100 s behind
            w.unknownBlock(0x0BAD, 13);
            w.enhancedPacket(0, SECOND * 1_000_000L + 250_000, frame(61, 1), 0, 61);
            w.enhancedPacket(1, SECOND * 1_000_000_000L + 123, frame(40, 2), 0, 40);
            w.enhancedPacket(2, (SECOND << 20) | (1 << 19), frame(33, 3), 0, 33);
            w.unknownBlock(5, 24);
            w.enhancedPacket(3, (SECOND - 100) * 1000 + 7, frame(20, 4), 0, 20);
        }
        try (PcapngReader r = reader(bytes.toByteArray())) {
            Frame f = new Frame();
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(1);
            assertThat(f.length()).isEqualTo(61);
            assertThat(f.data()[60]).isEqualTo((byte) 1);
            assertThat(f.timestampNanos()).isEqualTo(SECOND * 1_000_000_000L + 250_000_000L);
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(113);
            assertThat(f.timestampNanos()).isEqualTo(SECOND * 1_000_000_000L + 123);
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(276);
            assertThat(f.timestampNanos()).isEqualTo(SECOND * 1_000_000_000L + 500_000_000L);
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(229);
            assertThat(f.data()[19]).isEqualTo((byte) 4);
            assertThat(f.timestampNanos()).isEqualTo(SECOND * 1_000_000_000L + 7_000_000L);
            assertThat(r.next(f)).isFalse();
            assertThat(r.truncated()).isFalse();
            assertThat(r.skippedRecords()).isZero();
        }
    }

    @Test
    void newSectionResetsInterfacesAndMayChangeByteOrder() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(bytes, ByteOrder.LITTLE_ENDIAN)) {
            w.interfaceDescription(1, 6, 0).interfaceDescription(113, 6, 0);
            w.enhancedPacket(1, SECOND * 1_000_000L, frame(30, 1), 0, 30);
            w.section(ByteOrder.BIG_ENDIAN).interfaceDescription(101, 9, 0);
            w.enhancedPacket(1, SECOND * 1_000_000L, frame(30, 2), 0, 30); // interface 1 is gone
            w.enhancedPacket(0, SECOND * 1_000_000_000L + 5, frame(30, 3), 0, 30);
            w.section(ByteOrder.LITTLE_ENDIAN).interfaceDescription(228, 6, 0);
            w.enhancedPacket(0, SECOND * 1_000_000L + 1, frame(30, 4), 0, 30);
        }
        try (PcapngReader r = reader(bytes.toByteArray())) {
            Frame f = new Frame();
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(113);
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(101);
            assertThat(f.data()[29]).isEqualTo((byte) 3);
            assertThat(f.timestampNanos()).isEqualTo(SECOND * 1_000_000_000L + 5);
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(228);
            assertThat(f.timestampNanos()).isEqualTo(SECOND * 1_000_000_000L + 1000);
            assertThat(r.next(f)).isFalse();
            assertThat(r.truncated()).isFalse();
            assertThat(r.skippedRecords()).isEqualTo(1);
        }
    }

    @Test
    void simplePacketUsesInterfaceZeroAndThePreviousPacketsTimestamp() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(bytes, ByteOrder.BIG_ENDIAN)) {
            w.interfaceDescription(1, 9, 0).interfaceDescription(113, 6, 0);
            w.simplePacket(frame(42, 1), 0, 42, 42);
            w.enhancedPacket(1, SECOND * 1_000_000L, frame(30, 2), 0, 30);
            w.simplePacket(frame(64, 3), 0, 60, 1500); // snapped: only 60 bytes captured
        }
        try (PcapngReader r = reader(bytes.toByteArray())) {
            Frame f = new Frame();
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(1);
            assertThat(f.timestampNanos()).isZero();
            assertThat(r.next(f)).isTrue();
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(1);
            assertThat(f.length()).isEqualTo(60);
            assertThat(f.timestampNanos()).isEqualTo(SECOND * 1_000_000_000L);
            assertThat(r.next(f)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 30, 50})
    void fileCutInsideABlockIsTruncated(int cutBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(bytes, ByteOrder.LITTLE_ENDIAN)) {
            w.interfaceDescription(1, 6, 0);
            w.enhancedPacket(0, 1, frame(60, 1), 0, 60).enhancedPacket(0, 2, frame(60, 2), 0, 60);
        }
        byte[] whole = bytes.toByteArray();
        try (PcapngReader r = reader(Arrays.copyOf(whole, whole.length - cutBytes))) {
            Frame f = new Frame();
            assertThat(r.next(f)).isTrue();
            assertThat(r.next(f)).isFalse();
            assertThat(r.truncated()).isTrue();
        }
    }

    @Test
    void absurdBlockAndCapturedLengthsStopAsTruncated() throws IOException {
        for (int field : new int[] {4, 8 + 12}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (PcapngWriter w = new PcapngWriter(bytes, ByteOrder.BIG_ENDIAN)) {
                w.interfaceDescription(1, 6, 0);
                w.enhancedPacket(0, 1, frame(60, 1), 0, 60);
            }
            byte[] file = bytes.toByteArray();
            int epb = file.length - (12 + 20 + 60 + 8 + 4);
            // Block total length (offset 4) or captured length (body offset 12) raised by 2^31.
            file[epb + field] = (byte) 0x80;
            try (PcapngReader r = reader(file)) {
                assertThat(r.next(new Frame())).isFalse();
                assertThat(r.truncated()).isTrue();
            }
        }
    }

    @Test
    void unknownMajorVersionIsAFormatError() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new PcapngWriter(bytes, ByteOrder.BIG_ENDIAN).close();
        byte[] file = bytes.toByteArray();
        file[13] = 2;
        assertThatThrownBy(() -> reader(file))
                .isInstanceOfSatisfying(CaptureFormatException.class, e -> assertThat(e.truncated()).isFalse());
    }
}
