package io.callrec.media.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The burst's capture is a call the engine converts whole: two legs, every packet, its length. */
class BurstCaptureTest {

    @TempDir
    Path dir;

    @Test
    void aG711BurstCallConvertsToItsWholeLengthWithBothLegsAndNoLoss() throws Exception {
        long start = 1_800_000_000L * 1_000_000_000L;
        byte[] pcap = BurstCapture.write(start, 70, BurstCodec.G711.clip(0, dir), BurstCodec.G711.clip(1, dir), BurstCodec.G711);
        Path capture = Files.write(dir.resolve("call.pcap"), pcap);

        ConversionResult r = new MediaEngine().convert(capture, dir.resolve("call.wav"),
                new ConversionOptions(OutputFormat.WAV, Channels.STEREO));

        assertThat(r.partial()).isFalse();
        assertThat(r.legs()).hasSize(2);
        assertThat(r.totalPackets()).isEqualTo(70 * 100);
        assertThat(r.totalLost()).isZero();
        assertThat(r.durationMillis()).isBetween(69_990L, 70_010L);
        assertThat(r.originEpochNanos()).isEqualTo(start);
    }
}
