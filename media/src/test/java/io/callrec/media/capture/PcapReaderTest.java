package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callrec.media.testkit.PcapWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PcapReaderTest {

    private static final long T0 = 1_700_000_000_123_456_789L;

    private static byte[] capture(boolean nanos, boolean littleEndian, int... frameLengths) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(bytes, 1, nanos, littleEndian)) {
            for (int i = 0; i < frameLengths.length; i++) {
                byte[] f = new byte[frameLengths[i]];
                Arrays.fill(f, (byte) i);
                w.write(T0 + i * 20_000_000L, f, 0, f.length);
            }
        }
        return bytes.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"false,true", "false,false", "true,true", "true,false"})
    void readsEveryVariantOfTheClassicFormat(boolean nanos, boolean littleEndian) throws IOException {
        try (PcapReader r = new PcapReader(new ByteArrayInputStream(capture(nanos, littleEndian, 60, 200)))) {
            Frame f = new Frame();
            assertThat(r.linkType()).isEqualTo(1);
            assertThat(r.next(f)).isTrue();
            assertThat(f.length()).isEqualTo(60);
            assertThat(f.timestampNanos()).isEqualTo(nanos ? T0 : T0 - 789);
            assertThat(r.next(f)).isTrue();
            assertThat(f.length()).isEqualTo(200);
            assertThat(f.data()[199]).isEqualTo((byte) 1);
            assertThat(r.next(f)).isFalse();
            assertThat(r.truncated()).isFalse();
        }
    }

    @Test
    void recordCutShortEndsReadingAsTruncated() throws IOException {
        byte[] whole = capture(false, true, 60, 200);
        byte[] cut = Arrays.copyOf(whole, whole.length - 50);
        try (PcapReader r = new PcapReader(new ByteArrayInputStream(cut))) {
            Frame f = new Frame();
            assertThat(r.next(f)).isTrue();
            assertThat(r.next(f)).isFalse();
            assertThat(r.truncated()).isTrue();
        }
    }

    @Test
    void absurdCapturedLengthStopsAsTruncated() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(bytes, 1, false, true)) {
            w.write(T0, new byte[60], 0, 60);
            w.writeRecord(T0, new byte[16], 0, 16, Frame.MAX_CAPTURED_LENGTH + 1L);
        }
        try (PcapReader r = new PcapReader(new ByteArrayInputStream(bytes.toByteArray()))) {
            Frame f = new Frame();
            assertThat(r.next(f)).isTrue();
            assertThat(r.next(f)).isFalse();
            assertThat(r.truncated()).isTrue();
        }
    }

    @Test
    void headerCutShortIsATruncatedFormatError() {
        byte[] cut = Arrays.copyOf(new byte[] {(byte) 0xD4, (byte) 0xC3, (byte) 0xB2, (byte) 0xA1, 2, 0}, 10);
        assertThatThrownBy(() -> new PcapReader(new ByteArrayInputStream(cut)))
                .isInstanceOfSatisfying(CaptureFormatException.class, e -> assertThat(e.truncated()).isTrue());
    }

    @Test
    void foreignMagicIsAFormatError() {
        assertThatThrownBy(() -> new PcapReader(new ByteArrayInputStream(new byte[40])))
                .isInstanceOfSatisfying(CaptureFormatException.class, e -> assertThat(e.truncated()).isFalse());
    }
}
