package io.callrec.media.bench;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.LegStatistics;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import io.callrec.media.wav.WavWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: the fidelity figures of BENCHMARKS.md. For each network case it writes a two-leg G.711
 * call ({@link ImpairedCall}: leg B starts 50 ms after A, the paths take 20 and 35 ms), converts it to
 * stereo WAV and prints, per leg, the drift the engine reported and whether it corrected it, the
 * timestamp stalls it found, where the leg's packets landed against where they belong (the largest
 * error and the median over the last second, in ms) and the share found sample-exact; and the mix's
 * SI-SNR against the two source signals as the recorder should hear them (on the senders' sample
 * grid nearest the output's: a recording cannot place a leg by a fraction of a sample without
 * resampling it).
 *
 * <p>Arguments: {@code [seconds of the drift cases, default 600] [seeds, default 3] [only the cases whose
 * name contains this]}.
 */
public final class FidelityBench {

    private record Case(String name, double seconds, double loss, double reorder, double driftPpmA,
                        double driftPpmB) {
    }

    private FidelityBench() {
    }

    public static void main(String[] args) throws Exception {
        double driftSeconds = args.length > 0 ? Double.parseDouble(args[0]) : 600;
        int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String only = args.length > 2 ? args[2] : "";
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("issue 12: 20 s, exact clocks", 20, 0.035, 0.02, 0, 0));
        for (double loss : new double[] {0, 0.01, 0.05, 0.10}) {
            for (double reorder : new double[] {0, 0.02, 0.05}) {
                cases.add(new Case("60 s, exact clocks", 60, loss, reorder, 0, 0));
            }
        }
        for (double ppm : new double[] {50, 200, 500}) {
            for (double loss : new double[] {0, 0.05}) {
                cases.add(new Case(String.format("%.0f s, B %+.0f ppm", driftSeconds, ppm), driftSeconds, loss,
                        loss == 0 ? 0 : 0.02, 0, ppm));
                cases.add(new Case(String.format("%.0f s, B %+.0f ppm", driftSeconds, -ppm), driftSeconds, loss,
                        loss == 0 ? 0 : 0.02, 0, -ppm));
            }
        }
        System.out.println("| case | loss | reorder | seed | leg | drift reported (ppm) | corrected | stalls"
                + " | max error (ms) | end error (ms) | sample-exact | leg SI-SNR (dB) | mix SI-SNR (dB) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        Path dir = Files.createTempDirectory("callrec-fidelity");
        try {
            for (Case c : cases) {
                for (int seed = 1; seed <= seeds && c.name().contains(only); seed++) {
                    run(c, seed, dir);
                }
            }
        } finally {
            deleteAll(dir);
        }
    }

    private static void deleteAll(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    private static void run(Case c, long seed, Path dir) throws Exception {
        NetworkImpairment a = c.loss() == 0 && c.reorder() == 0 ? NetworkImpairment.CLEAN
                : NetworkImpairment.lossy(c.loss(), c.reorder());
        Path pcap = dir.resolve("call.pcap");
        Path wav = dir.resolve("call.wav");
        List<ImpairedCall.Sent> sent = ImpairedCall.write(pcap, seed, c.seconds(),
                new ImpairedCall.Direction(0, 0, c.driftPpmA(), a, false),
                new ImpairedCall.Direction(0, 50, c.driftPpmB(), a.withDelay(35), false));
        ConversionResult r = new MediaEngine().convert(pcap, wav, new ConversionOptions(OutputFormat.WAV, Channels.STEREO));
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
            System.out.println(String.format(Locale.ROOT,
                    "| %s | %.1f %% | %.1f %% | %d | %s | %.1f | %s | %d | %.3f | %.3f | %d / %d | %.1f | %s |",
                    c.name(), c.loss() * 100, c.reorder() * 100, seed, leg == 0 ? "A" : "B", s.driftPpm(),
                    s.driftCorrected() ? "yes" : "no", s.timestampStalls(), al.maxError() * 1000 / rate,
                    al.endError() * 1000 / rate, al.exact(), al.measured() + al.unfound(),
                    legSnr[leg], leg == 0 ? String.format(Locale.ROOT, "%.1f", siSnr) : ""));
        }
    }

    /**
     * What the recorder should hear of {@code sent} on the output's clock: its source speech at its true
     * place, moved to the output's sample grid by the whole-sample lag within one sample of the true
     * place that fits the recording best. The output's samples start at its first packet's capture
     * time, an arbitrary fraction of a sample off the senders' grid, and a leg cannot move by a
     * fraction of a sample without resampling: within that, SI-SNR measures what the audio holds,
     * and the alignment columns where it sits.
     */
    private static double[] placed(ImpairedCall.Sent sent, short[] channel, long originNanos, int rate) {
        double period = 1e9 / rate;
        double at = (sent.firstNanos() - (originNanos - ImpairedCall.EPOCH_NANOS)) / period;
        double fraction = at - Math.round(at);
        double[] best = null;
        double bestDb = Double.NEGATIVE_INFINITY;
        for (int lag = -1; lag <= 1; lag++) {
            long origin = originNanos + Math.round((fraction - lag) * period);
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
