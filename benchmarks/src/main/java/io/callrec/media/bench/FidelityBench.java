package io.callrec.media.bench;

import io.callrec.media.engine.Channels;
import io.callrec.media.engine.ConversionOptions;
import io.callrec.media.engine.ConversionResult;
import io.callrec.media.engine.MediaEngine;
import io.callrec.media.engine.OutputFormat;
import io.callrec.media.testkit.ImpairedCall;
import io.callrec.media.testkit.NetworkImpairment;
import java.io.IOException;
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
        System.out.println(FidelityReport.header("case | loss | reorder | seed"));
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
        FidelityReport.print(String.format(Locale.ROOT, "%s | %.1f %% | %.1f %% | %d", c.name(), c.loss() * 100,
                c.reorder() * 100, seed), sent, r, wav);
    }
}
