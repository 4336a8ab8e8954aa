package io.callrec.media.engine;

import static io.callrec.media.testing.CaptureFixture.A;
import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.testing.CaptureFixture;
import io.callrec.media.testing.WavFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Codecs with their own silence frames: after a G.729 Annex B SID (2 bytes) or a G.723.1 SID
 * (4 bytes, frame type 10) the sender pauses and the timestamp jumps without lost sequence numbers;
 * the pause is filled with the decoder's comfort noise (its conceal() at the SID's parameters) and
 * counted as comfort noise. The same jump after a speech frame stays silent (silence suppression).
 */
class CodecSilenceFramesTest {

    private static final int PACKETS = 20;
    private static final long PAUSE_TICKS = 8000;

    @TempDir
    Path dir;

    private final MediaEngine engine = new MediaEngine();

    @Test
    void g729SidFrameFillsTheDtxPauseWithTheDecodersComfortNoise() throws Exception {
        byte[] sid = {(byte) 0x5A, (byte) 0xF6};
        ConversionResult r = convert(18, 20, 160, this::g729Speech, sid, 80);
        long gapStart = 160L * PACKETS + 80;
        short[] s = WavFile.read(dir.resolve("call.wav")).samples();
        assertThat(rms(s, (int) gapStart, (int) (160L * PACKETS + PAUSE_TICKS))).isGreaterThan(1);
        assertThat(r.legs().get(0).comfortNoiseMillis()).isEqualTo((PAUSE_TICKS - 80) / 8);
        assertThat(r.legs().get(0).lost()).isZero();
        assertThat(r.legs().get(0).concealedMillis()).isZero();
        assertThat(r.legs().get(0).codecs()).containsExactly("G729");
    }

    @Test
    void g729PauseAfterSpeechWithoutSidStaysSilent() throws Exception {
        ConversionResult r = convert(18, 20, 160, this::g729Speech, null, 0);
        short[] s = WavFile.read(dir.resolve("call.wav")).samples();
        assertThat(rms(s, 160 * PACKETS, (int) (160L * (PACKETS - 1) + PAUSE_TICKS))).isZero();
        assertThat(r.legs().get(0).comfortNoiseMillis()).isZero();
    }

    @Test
    void g7231SidFrameFillsTheDtxPauseWithTheDecodersComfortNoise() throws Exception {
        byte[] sid = {(byte) 0x6A, (byte) 0x31, (byte) 0x4C, (byte) 0x05};
        ConversionResult r = convert(4, 30, 240, this::g7231Speech, sid, 240);
        long gapStart = 240L * PACKETS + 240;
        short[] s = WavFile.read(dir.resolve("call.wav")).samples();
        assertThat(rms(s, (int) gapStart, (int) (240L * PACKETS + PAUSE_TICKS))).isGreaterThan(1);
        assertThat(r.legs().get(0).comfortNoiseMillis()).isEqualTo((PAUSE_TICKS - 240) / 8);
        assertThat(r.legs().get(0).lost()).isZero();
        assertThat(r.legs().get(0).codecs()).containsExactly("G723");
    }

    @Test
    void g7231PauseAfterSpeechWithoutSidStaysSilent() throws Exception {
        ConversionResult r = convert(4, 30, 240, this::g7231Speech, null, 0);
        short[] s = WavFile.read(dir.resolve("call.wav")).samples();
        assertThat(rms(s, 240 * PACKETS, (int) (240L * (PACKETS - 1) + PAUSE_TICKS))).isZero();
        assertThat(r.legs().get(0).comfortNoiseMillis()).isZero();
    }

    /**
     * {@link #PACKETS} speech packets, then (when {@code sid} is given) one SID packet, then a pause
     * of {@link #PAUSE_TICKS} from the last packet's timestamp and a final speech packet.
     */
    private ConversionResult convert(int pt, int millis, int ticks, java.util.function.IntFunction<byte[]> speech,
                                     byte[] sid, int sidTicks) throws Exception {
        Path capture = dir.resolve("call.pcap");
        int seq = 0;
        try (CaptureFixture f = CaptureFixture.create(capture)) {
            for (; seq < PACKETS; seq++) {
                f.rtp(A, seq * millis * 1000L, pt, seq, (long) ticks * seq, 7, speech.apply(seq));
            }
            long last = (long) ticks * (seq - 1);
            if (sid != null) {
                f.rtp(A, seq * millis * 1000L, pt, seq, (long) ticks * seq, 7, sid);
                last = (long) ticks * seq;
                seq++;
            }
            long ts = last + PAUSE_TICKS;
            f.rtp(A, ts * 125, pt, seq, ts, 7, speech.apply(seq));
        }
        return engine.convert(capture, dir.resolve("call.wav"), ConversionOptions.defaults());
    }

    /** Two 10-byte G.729 frames of arbitrary (valid by construction) parameters. */
    private byte[] g729Speech(int k) {
        byte[] b = new byte[20];
        new Random(k).nextBytes(b);
        return b;
    }

    /** One 24-byte 6.3 kbit/s G.723.1 frame (type bits 00), arbitrary parameters. */
    private byte[] g7231Speech(int k) {
        byte[] b = new byte[24];
        new Random(k).nextBytes(b);
        b[0] &= (byte) 0xFC;
        return b;
    }

    private static double rms(short[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) s[i] * s[i];
        }
        return Math.sqrt(sum / Math.max(1, to - from));
    }
}
