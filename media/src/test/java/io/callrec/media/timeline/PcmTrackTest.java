package io.callrec.media.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.callrec.media.mix.SampleSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcmTrackTest {

    @TempDir
    Path dir;

    private static short[] readAll(SampleSource s, int expected) throws Exception {
        short[] out = new short[expected + 10];
        int total = 0;
        int n;
        while ((n = s.read(out, total, out.length - total)) > 0) {
            total += n;
        }
        return Arrays.copyOf(out, total);
    }

    private static short[] filled(int n, int value) {
        short[] s = new short[n];
        Arrays.fill(s, (short) value);
        return s;
    }

    @Test
    void writesInAnyOrderInsideTheWindowLandAtTheirPositions() throws Exception {
        try (PcmTrack t = new PcmTrack(dir)) {
            t.write(320, filled(160, 3), 0, 160);
            t.write(0, filled(160, 1), 0, 160);
            t.write(160, filled(160, 2), 0, 160);
            short[] all = readAll(t.finish(0), 480);
            assertThat(all).hasSize(480);
            assertThat(all[0]).isEqualTo((short) 1);
            assertThat(all[200]).isEqualTo((short) 2);
            assertThat(all[479]).isEqualTo((short) 3);
        }
    }

    @Test
    void longSilenceIsWrittenAsZerosAndTooLateSamplesAreDropped() throws Exception {
        int far = 5 * PcmTrack.WINDOW;
        try (PcmTrack t = new PcmTrack(dir)) {
            t.write(10, filled(5, 7), 0, 5);
            t.write(far, filled(5, 9), 0, 5);
            assertThat(t.write(20, filled(5, 8), 0, 5)).isZero();
            assertThat(t.lateSamples()).isEqualTo(5);
            short[] all = readAll(t.finish(0), far + 5);
            assertThat(all).hasSize(far + 5);
            assertThat(all[10]).isEqualTo((short) 7);
            assertThat(all[20]).isZero();
            assertThat(all[far - 1]).isZero();
            assertThat(all[far]).isEqualTo((short) 9);
        }
    }

    @Test
    void readingCanStartPastLeadingSamples() throws Exception {
        try (PcmTrack t = new PcmTrack(dir)) {
            t.write(8000, filled(160, 4), 0, 160);
            short[] all = readAll(t.finish(7990), 170);
            assertThat(all).hasSize(170);
            assertThat(all[9]).isZero();
            assertThat(all[10]).isEqualTo((short) 4);
        }
    }

    @Test
    void temporaryFileIsRemovedOnClose() throws Exception {
        PcmTrack t = new PcmTrack(dir);
        t.write(3 * PcmTrack.WINDOW, filled(1, 1), 0, 1);
        t.finish(0);
        assertThat(Files.list(dir)).isNotEmpty();
        t.close();
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void samplesTheGateRefusesNeverReachTheFile() throws Exception {
        long origin = 1_700_000_000_000_000_000L;
        int far = 3 * PcmTrack.WINDOW;
        SpanGate gate = SpanGate.of(new long[][] {{origin + 100_000_000L, origin + 200_000_000L}}, origin, 8000);
        try (PcmTrack t = new PcmTrack(dir, gate)) {
            long written = 0;
            for (int p = 0; p < far; p += 160) {
                assertThat(t.write(p, filled(160, 5), 0, 160)).isEqualTo(160);
                written += 160;
            }
            short[] all = readAll(t.finish(0), far);
            assertThat(all).hasSize(1600);
            for (int p = 0; p < all.length; p++) {
                assertThat(all[p]).as("sample %d", p).isEqualTo((short) (p >= 800 ? 5 : 0));
            }
            assertThat(t.refusedSamples()).isEqualTo(written - 800);
            assertThat(t.lateSamples()).isZero();
        }
    }

    @Test
    void aClosedGateLeavesNoFileAtAll() throws Exception {
        try (PcmTrack t = new PcmTrack(dir, SpanGate.closed())) {
            for (int p = 0; p < 2 * PcmTrack.WINDOW; p += 160) {
                t.write(p, filled(160, 5), 0, 160);
            }
            assertThat(readAll(t.finish(0), 0)).isEmpty();
            try (var files = Files.list(dir)) {
                assertThat(files).isEmpty();
            }
        }
    }

    /**
     * Seeded random packets (jumps ahead past the window, reordering, overlaps, too-late writes) against
     * a plain array that applies the same rule: a sample earlier than the window start is dropped, a
     * write past the window's end moves the start, later writes overwrite earlier ones.
     */
    @Test
    void seededRandomWritesReadBackAsAPlainArrayWouldHoldThem() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            java.util.Random random = new java.util.Random(seed);
            short[] expected = new short[1_000_000];
            long base = 0;
            long end = 0;
            long late = 0;
            try (PcmTrack t = new PcmTrack(dir)) {
                long cursor = 0;
                for (int packet = 0; packet < 1500; packet++) {
                    int kind = random.nextInt(20);
                    long position = kind == 0 ? cursor + random.nextInt(3 * PcmTrack.WINDOW)
                            : kind == 1 ? Math.max(0, cursor - random.nextInt(2 * PcmTrack.WINDOW))
                            : kind == 2 ? Math.max(0, base - random.nextInt(600)) : cursor;
                    int count = kind == 3 ? 1 + random.nextInt(3 * PcmTrack.WINDOW) : 1 + random.nextInt(480);
                    if (position + count > expected.length) {
                        break;
                    }
                    short[] samples = new short[count + 7];
                    for (int i = 0; i < samples.length; i++) {
                        samples[i] = (short) random.nextInt();
                    }
                    t.write(position, samples, 7, count);
                    int skip = (int) Math.min(count, Math.max(0, base - position));
                    late += skip;
                    long start = position + skip;
                    if (start + count - skip > base + PcmTrack.WINDOW) {
                        base = start + count - skip - PcmTrack.WINDOW;
                    }
                    System.arraycopy(samples, 7 + skip, expected, (int) start, count - skip);
                    if (count > skip) {
                        end = Math.max(end, start + count - skip);
                    }
                    cursor = Math.max(cursor, position + count);
                }
                short[] all = readAll(t.finish(0), (int) end);
                assertThat(t.lateSamples()).as("seed " + seed).isEqualTo(late);
                assertThat(all).as("seed " + seed).isEqualTo(Arrays.copyOf(expected, (int) end));
            }
        }
    }
}
