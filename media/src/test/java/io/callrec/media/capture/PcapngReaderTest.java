package io.callrec.media.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.PcapngFixture;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PcapngReaderTest {

    private static byte[] sample(ByteOrder order) {
        byte[] frame = new byte[61];
        frame[60] = 42;
        return new PcapngFixture(order)
                .interfaceDescription(1, 6)
                .interfaceDescription(113, 9)
                .unknownBlock()
                .enhancedPacket(0, 1_700_000_000_250_000L, frame, 61)
                .enhancedPacket(1, 1_700_000_000_250_000_123L, frame, 40)
                .simplePacket(frame, 61)
                .bytes();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LITTLE_ENDIAN", "BIG_ENDIAN"})
    void readsEnhancedAndSimplePacketsWithPerInterfaceResolution(String orderName) throws IOException {
        ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        try (PcapngReader r = new PcapngReader(new ByteArrayInputStream(sample(order)))) {
            Frame f = new Frame();
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(1);
            assertThat(f.length()).isEqualTo(61);
            assertThat(f.data()[60]).isEqualTo((byte) 42);
            assertThat(f.timestampNanos()).isEqualTo(1_700_000_000_250_000_000L);
            assertThat(r.next(f)).isTrue();
            assertThat(f.linkType()).isEqualTo(113);
            assertThat(f.length()).isEqualTo(40);
            assertThat(f.timestampNanos()).isEqualTo(1_700_000_000_250_000_123L);
            assertThat(r.next(f)).isTrue();
            assertThat(f.length()).isEqualTo(61);
            assertThat(r.next(f)).isFalse();
            assertThat(r.truncated()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9, 30})
    void fileCutInsideABlockIsTruncated(int cutBytes) throws IOException {
        byte[] whole = sample(ByteOrder.LITTLE_ENDIAN);
        try (PcapngReader r = new PcapngReader(new ByteArrayInputStream(Arrays.copyOf(whole, whole.length - cutBytes)))) {
            Frame f = new Frame();
            assertThat(r.next(f)).isTrue();
            assertThat(r.next(f)).isTrue();
            assertThat(r.next(f)).isFalse();
            assertThat(r.truncated()).isTrue();
        }
    }
}
