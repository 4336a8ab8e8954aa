package io.callrec.media.bench;

import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.LegStatistics;
import io.callrec.media.testkit.ImpairedCall;
import io.callrec.media.testkit.LegAlignment;
import io.callrec.media.testkit.SiSnr;
import io.callrec.media.wav.WavWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One table row per leg of a stereo recording of a two-way call against what was sent: the drift the
 * engine reported and whether it corrected it, the timestamp stalls it found, where the leg's packets
 * landed against where they belong (the largest error and the median over the last second, in ms;
 * {@link LegAlignment}), how many were found sample-exact out of those located (all, or every 50th
 * and the last 50 when the leg was resampled), and the SI-SNR of each leg and of their mix against
 * the source speech as the recorder should hear it ({@link SiSnr}).
 */
final class FidelityReport {

    private FidelityReport() {
    }

    /** The table head, after the columns that {@code caseColumns} names. */
    static String header(String caseColumns) {
        int extra = caseColumns.split("\\|").length;
        return "| " + caseColumns + " | leg | drift reported (ppm) | corrected | stalls | max error (ms) | end error (ms)"
                + " | sample-exact | leg SI-SNR (dB) | mix SI-SNR (dB) |\n|" + "---|".repeat(extra + 9);
    }

    static void print(String caseColumns, List<ImpairedCall.Sent> sent, ConversionResult r, Path wav) throws IOException {
        short[][] channels = readStereo(wav);
        int rate = r.sampleRate();
        double[][] heard = new double[2][];
        double[] legSnr = new double[2];
        for (int leg = 0; leg < 2; leg++) {
            heard[leg] = placed(sent.get(leg), channels[leg], r.originEpochNanos(), rate);
            legSnr[leg] = SiSnr.of(heard[leg], toDouble(channels[leg]), channels[leg].length);
        }
        double[] reference = new double[channels[0].length];
        double[] mix = new double[channels[0].length];
        for (int i = 0; i < mix.length; i++) {
            reference[i] = heard[0][i] + heard[1][i];
            mix[i] = channels[0][i] + channels[1][i];
        }
        double siSnr = SiSnr.of(reference, mix, mix.length);
        for (int leg = 0; leg < 2; leg++) {
            LegStatistics s = r.legs().get(leg);
            LegAlignment.Result al = LegAlignment.measure(sent.get(leg), channels[leg], r.originEpochNanos(), rate, 50,
                    50, rate / 4);
            System.out.println(String.format(Locale.ROOT, "| %s | %s | %.1f | %s | %d | %s | %s | %d / %d | %.1f | %s |",
                    caseColumns, leg == 0 ? "A" : "B", s.driftPpm(), s.driftCorrected() ? "yes" : "no",
                    s.timestampStalls(), millis(al.measured() == 0 ? Double.NaN : al.maxError(), rate),
                    millis(al.endError(), rate), al.exact(), al.measured() + al.unfound(), legSnr[leg],
                    leg == 0 ? String.format(Locale.ROOT, "%.1f", siSnr) : ""));
        }
    }

    /** Samples as milliseconds; "n/a" when nothing could be located (the last second silent, or the leg too far off). */
    private static String millis(double samples, int rate) {
        return Double.isNaN(samples) ? "n/a" : String.format(Locale.ROOT, "%.3f", samples * 1000 / rate);
    }

    /**
     * What the recorder should hear of {@code sent} on the output's clock: its source speech at its true
     * place, or moved to the output's sample grid by the whole-sample lag within one sample of the true
     * place, whichever fits the recording best. The output's samples start at its first packet's
     * capture time, an arbitrary fraction of a sample off the senders' grid, and a leg cannot move by
     * a fraction of a sample without resampling (a leg stretched for drift is resampled and sits at
     * its true place): within that, SI-SNR measures what the audio holds, and the alignment columns
     * where it sits.
     */
    private static double[] placed(ImpairedCall.Sent sent, short[] channel, long originNanos, int rate) {
        double period = 1e9 / rate;
        double at = (sent.firstNanos() - (originNanos - ImpairedCall.EPOCH_NANOS)) / period;
        double fraction = at - Math.round(at);
        double[] best = null;
        double bestDb = Double.NEGATIVE_INFINITY;
        long[] origins = {originNanos, originNanos + Math.round((fraction + 1) * period),
                originNanos + Math.round(fraction * period), originNanos + Math.round((fraction - 1) * period)};
        for (long origin : origins) {
            double[] heard = sent.heard(origin, rate, channel.length);
            double db = SiSnr.of(heard, toDouble(channel), channel.length);
            if (db > bestDb) {
                bestDb = db;
                best = heard;
            }
        }
        return best;
    }

    private static double[] toDouble(short[] s) {
        double[] d = new double[s.length];
        for (int i = 0; i < s.length; i++) {
            d[i] = s[i];
        }
        return d;
    }

    /** The two channels of a 16-bit stereo WAV as {@link WavWriter} writes it. */
    private static short[][] readStereo(Path wav) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(wav)).order(ByteOrder.LITTLE_ENDIAN);
        int frames = (b.capacity() - WavWriter.HEADER_BYTES) / 4;
        short[][] out = new short[2][frames];
        b.position(WavWriter.HEADER_BYTES);
        for (int i = 0; i < frames; i++) {
            out[0][i] = b.getShort();
            out[1][i] = b.getShort();
        }
        return out;
    }
}
